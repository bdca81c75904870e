import type { LangiumDocument } from 'langium';
import type { CopCoreServices } from '../cop-core-module.js';
import type { PlanFile } from '../generated/ast.js';
import type { DiffPlanInput } from './compare-plans.js';

/**
 * One side's plan as `diffWorkspaces` takes it: a built document of `services` (parsed and
 * linked) with its impact evaluated as of the services' date (`services.impact.AsOfDate`),
 * named `file` in the result (default: the last segment of its URI).
 */
export async function diffPlanInput(document: LangiumDocument<PlanFile>, services: CopCoreServices, file?: string): Promise<DiffPlanInput> {
    const impact = await services.impact.Impact.impactOf(document);
    return { file: file ?? document.uri.path.split('/').pop() ?? document.uri.toString(), root: document.parseResult.value, impact: impact.model };
}
