import type { LangiumDocument } from 'langium';
import type { CopCoreServices } from '../cop-core-module.js';
import type { PlanFile } from '../generated/ast.js';
import type { PlanViewModel } from '../view-model/plan-view-model.js';
import { buildDecisionsView } from '../decisions/decisions-view.js';
import { isStory } from '../generated/ast.js';
import { buildImpactView } from './impact-view.js';
import { buildMeasureView } from '../measure/measure-view.js';

/**
 * The plan's view model with its impact layer and its decisions (Part 6), evaluated as of the services' date. Separate
 * from `buildViewModel` because the impact needs the actuals files, read asynchronously.
 */
export async function withImpact(model: PlanViewModel, document: LangiumDocument, services: CopCoreServices): Promise<PlanViewModel> {
    const { model: impact, lineages } = await services.impact.Impact.impactOf(document);
    const root = (document as LangiumDocument<PlanFile>).parseResult.value;
    // Part 6 (decisions, reviews, North Star, ROI, scorecard, OKR) reads the same evaluation.
    const decisions = buildDecisionsView(await services.impact.Decisions.decisionsOf(document), impact, root.elements.filter(isStory));
    return { ...model, impact: buildImpactView(root, impact), decisions, measure: buildMeasureView(root, lineages.values()) };
}
