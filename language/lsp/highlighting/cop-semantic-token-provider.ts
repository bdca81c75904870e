import type { AstNode, CstNode } from 'langium';
import { AstUtils, CstUtils } from 'langium';
import type { SemanticTokenAcceptor } from 'langium/lsp';
import { AbstractSemanticTokenProvider } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver-protocol';
import { isCycle, isIndicator, isKpi, isStory } from '../../generated/ast.js';

/**
 * Semantic highlighting: each kind of element keeps one standard token type wherever its
 * name appears (declaration or reference), so any theme tells values, shared values,
 * indicators and chain elements apart. Declarations carry the `declaration` modifier; the
 * `Plan.` qualifier of a reference reads as a namespace.
 */
const tokenTypes: Record<string, string> = {
    Plan: SemanticTokenTypes.namespace,
    Row: SemanticTokenTypes.class,
    Value: SemanticTokenTypes.enumMember,
    Shared: SemanticTokenTypes.struct,
    Input: SemanticTokenTypes.function,
    Output: SemanticTokenTypes.function,
    Outcome: SemanticTokenTypes.function,
    Indicator: SemanticTokenTypes.variable,
    Assumption: SemanticTokenTypes.parameter,
    Kpi: SemanticTokenTypes.property,
    Story: SemanticTokenTypes.type,
    Objective: SemanticTokenTypes.type,
    Experiment: SemanticTokenTypes.event,
    Decision: SemanticTokenTypes.type,
    Review: SemanticTokenTypes.type
};

export class CopSemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const type = tokenTypes[node.$type];
        if (type && 'name' in node && node.name) {
            acceptor({ node, property: 'name', type, modifier: SemanticTokenModifiers.declaration });
        }
        if (isCycle(node) && node.kind) acceptor({ node, property: 'kind', type: SemanticTokenTypes.enum });
        if ((isIndicator(node) || isKpi(node)) && node.perspective) acceptor({ node, property: 'perspective', type: SemanticTokenTypes.enumMember });
        if (isStory(node)) node.cycles.forEach((_, index) => acceptor({ node, property: 'cycles', index, type: SemanticTokenTypes.enum }));
        AstUtils.streamReferences(node).forEach(({ reference }) => {
            const target = 'ref' in reference ? reference.ref : undefined;
            const refNode = reference.$refNode;
            const targetType = target && tokenTypes[target.$type];
            if (!refNode || !targetType) return;
            const leaves = CstUtils.flattenCst(refNode)
                .filter(leaf => !leaf.hidden)
                .toArray();
            const dot = leaves.findIndex(leaf => leaf.text === '.');
            if (dot > 0) {
                leaves.slice(0, dot).forEach(leaf => acceptor({ cst: leaf, type: SemanticTokenTypes.namespace }));
                leaves.slice(dot + 1).forEach(leaf => acceptor({ cst: leaf, type: targetType }));
            } else {
                acceptor({ cst: refNode as CstNode, type: targetType });
            }
        });
    }
}
