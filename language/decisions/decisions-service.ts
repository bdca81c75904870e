import type { AstNode, LangiumDocument } from 'langium';
import { AstUtils, WorkspaceCache } from 'langium';
import type { CopCoreServices } from '../cop-core-module.js';
import type { PlanFile } from '../generated/ast.js';
import type { ImpactService } from '../impact/impact-service.js';
import type { DecisionsModel } from './decisions-model.js';
import { evaluateDecisions } from './decisions-model.js';

/**
 * Part 6 of a plan document evaluated (decisions, reviews, North Star, ROI, scorecard), on
 * top of its impact model and as of the same date. Cached per document and date until the
 * workspace changes; used by the checks, hover, the export and the views.
 */
export class DecisionsService {
    private readonly cache: WorkspaceCache<string, Promise<DecisionsModel>>;
    private readonly impact: ImpactService;

    constructor(services: CopCoreServices) {
        this.cache = new WorkspaceCache(services.shared);
        this.impact = services.impact.Impact;
    }

    async decisionsOf(document: LangiumDocument): Promise<DecisionsModel> {
        const { model } = await this.impact.impactOf(document);
        return this.cache.get(`${document.uri.toString()}@${model.asOf}`, async () =>
            evaluateDecisions((document as LangiumDocument<PlanFile>).parseResult.value, model)
        );
    }

    decisionsOfNode(node: AstNode): Promise<DecisionsModel> {
        return this.decisionsOf(AstUtils.getDocument(node));
    }
}
