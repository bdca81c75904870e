import { parseHelper } from 'langium/test';
import type { PlanFile } from '../../language/generated/ast.js';
import type { PlanViewModel } from '../../language/view-model/plan-view-model.js';
import { buildViewModel } from '../../language/view-model/build-view-model.js';
import { withImpact } from '../../language/impact/impact-view-model.js';
import { createTestServices } from './services.js';

let counter = 0;

/** Validates a plan (with other plans of its workspace) and builds its view model. */
export async function viewModelOf(text: string, others: string[] = []): Promise<PlanViewModel> {
    const { Cop } = createTestServices();
    const parse = parseHelper<PlanFile>(Cop);
    const otherDocs = await Promise.all(others.map(other => parse(other, { documentUri: `file:///ws/other${++counter}.cop` })));
    const document = await parse(text, { documentUri: `file:///ws/plan${++counter}.cop` });
    await Cop.shared.workspace.DocumentBuilder.build([document, ...otherDocs], { validation: true });
    return withImpact(buildViewModel(document, Cop), document, Cop);
}
