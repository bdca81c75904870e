import type { AstNode, LangiumDocuments } from 'langium';
import { AstUtils, WorkspaceCache } from 'langium';
import type { Indicator, PlanFile, Shared, Value } from '../generated/ast.js';
import { isCycle, isInput, isKpi, isObjective, isOutcome, isOutput, isShared, isStory } from '../generated/ast.js';
import type { PlanUsage } from '../model/plan-usage.js';
import { computePlanUsage } from '../model/plan-usage.js';
import type { CopCoreServices } from '../cop-core-module.js';
import type { CopIndexManager } from './cop-index-manager.js';

/**
 * Answers "is this value delivered?" and "is this indicator used?" across the workspace:
 * first from the plan's own usage (one pass per plan and build), then from the references
 * other plans make to the element.
 */
export class PlanUsageService {
    private readonly usage: WorkspaceCache<string, PlanUsage>;
    private readonly documents: LangiumDocuments;
    private readonly index: CopIndexManager;
    private readonly locator;

    constructor(services: CopCoreServices) {
        this.usage = new WorkspaceCache(services.shared);
        this.documents = services.shared.workspace.LangiumDocuments;
        this.index = services.shared.workspace.IndexManager;
        this.locator = services.workspace.AstNodeLocator;
    }

    usageOf(root: PlanFile): PlanUsage {
        const uri = AstUtils.getDocument(root).uri.toString();
        return this.usage.get(uri, () => computePlanUsage(root));
    }

    isDelivered(value: Value): boolean {
        const usage = this.usageOf(AstUtils.findRootNode(value) as PlanFile);
        if (usage.deliveredValues.has(value)) return true;
        // A shared value of its own plan that another plan delivers.
        if (usage.sharedOf.get(value)?.some(shared => this.isSharedDelivered(shared))) return true;
        return this.referrers(value).some(
            source => (isOutcome(source) && source.delivers.some(ref => ref.ref === value)) || (isShared(source) && this.isSharedDelivered(source))
        );
    }

    isUsed(indicator: Indicator): boolean {
        if (this.usageOf(AstUtils.findRootNode(indicator) as PlanFile).usedIndicators.has(indicator)) return true;
        return this.referrers(indicator).some(
            source =>
                isInput(source) ||
                isOutput(source) ||
                isOutcome(source) ||
                isCycle(source) ||
                isKpi(AstUtils.getContainerOfType(source, isKpi)) ||
                isObjective(source.$container) ||
                isStory(source) ||
                source.$type === 'Actual'
        );
    }

    /** A shared value some outcome delivers, in its own plan or another. */
    isSharedDelivered(shared: Shared): boolean {
        return this.usageOf(AstUtils.findRootNode(shared) as PlanFile).deliveredShared.has(shared) || this.referrers(shared).some(source => isOutcome(source));
    }

    /** The nodes in other plan files that hold a reference to `node`. */
    private referrers(node: AstNode): AstNode[] {
        const result: AstNode[] = [];
        for (const ref of this.index.crossDocumentReferences(node)) {
            const document = this.documents.getDocument(ref.sourceUri);
            const source = document && this.locator.getAstNode(document.parseResult.value, ref.sourcePath);
            if (source) result.push(source);
        }
        return result;
    }
}
