import type { CompletionAcceptor, CompletionContext, NextFeature } from 'langium/lsp';
import { AstUtils, GrammarAST } from 'langium';
import { CompletionItemKind } from 'vscode-languageserver';
import type { CatalogService } from '../../catalog/catalog-service.js';
import type { CycleKind, CycleRound } from '../../catalog/catalog-schema.js';
import { cycleGuidance } from '../../guidance/cycles.js';
import type { PlanFile } from '../../generated/ast.js';
import { isCycle } from '../../generated/ast.js';
import type { CompletionContribution } from './completion-contribution.js';
import { grammarPlace, quote, stringSlot } from './completion-position.js';

const roundOf: Record<string, CycleRound> = { aspirations: 'aspiration', conditions: 'condition', data: 'data' };

/**
 * Cycles: after `cycle`, the seven kinds with what each means (kinds the plan has not used
 * yet first); inside a cycle, that cycle's example aspirations, conditions and data.
 */
export class CycleCompletion implements CompletionContribution {
    constructor(private readonly catalogs: CatalogService) {}

    async complete(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): Promise<boolean> {
        const { rule, property } = grammarPlace(next);
        if (rule === 'CycleKind' && GrammarAST.isKeyword(next.feature)) {
            const kind = next.feature.value as CycleKind;
            const root = context.document.parseResult.value as PlanFile;
            // Another cycle of this kind, not the one being written, makes a duplicate-cycle error.
            const used = (root.elements ?? []).some(
                element =>
                    isCycle(element) &&
                    element.kind === kind &&
                    !(element.$cstNode && element.$cstNode.offset <= context.offset && context.offset <= element.$cstNode.end)
            );
            acceptor(context, {
                label: kind,
                kind: CompletionItemKind.EnumMember,
                detail: used ? `${kind} value (already in this plan)` : `${kind} value`,
                documentation: `${cycleGuidance[kind].title}: ${cycleGuidance[kind].meaning}`,
                sortText: (used ? '2' : '0') + kind
            });
            return true;
        }
        if (rule !== 'Cycle' || !property || !(property in roundOf)) return false;
        const cycle = context.node && AstUtils.getContainerOfType(context.node, isCycle);
        if (!cycle?.kind) return false;
        const index = await this.catalogs.indexFor(context.document);
        const slot = stringSlot(context);
        index.examplesFor(cycle.kind as CycleKind, roundOf[property]).forEach((example, position) => {
            acceptor(context, {
                label: example,
                kind: CompletionItemKind.Text,
                detail: `${cycle.kind} cycle · example ${roundOf[property]}`,
                filterText: quote(example),
                sortText: String(position).padStart(4, '0'),
                textEdit: { range: slot.range, newText: quote(example) }
            });
        });
        return true;
    }
}
