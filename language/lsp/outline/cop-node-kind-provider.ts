import type { AstNode, AstNodeDescription } from 'langium';
import type { NodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver-types';
import { isRow } from '../../generated/ast.js';

/**
 * The icon kind of each element in the outline, workspace symbols and completion lists:
 * chosen so the matrix (rows, values, shared values), the chain (inputs, outputs,
 * outcomes) and the evidence (indicators, kpis) look different at a glance.
 */
const symbolKinds: Record<string, SymbolKind> = {
    Plan: SymbolKind.Package,
    Value: SymbolKind.EnumMember,
    Shared: SymbolKind.Interface,
    Input: SymbolKind.Event,
    Output: SymbolKind.Method,
    Outcome: SymbolKind.Function,
    Indicator: SymbolKind.Variable,
    Cycle: SymbolKind.Enum,
    Assumption: SymbolKind.Constant,
    Kpi: SymbolKind.Number,
    Actual: SymbolKind.Array,
    Story: SymbolKind.String,
    Objective: SymbolKind.Object,
    KeyResult: SymbolKind.Key,
    Experiment: SymbolKind.Operator,
    Decision: SymbolKind.Boolean,
    Review: SymbolKind.File
};

const completionKinds: Partial<Record<SymbolKind, CompletionItemKind>> = {
    [SymbolKind.Package]: CompletionItemKind.Module,
    [SymbolKind.Class]: CompletionItemKind.Class,
    [SymbolKind.Struct]: CompletionItemKind.Struct,
    [SymbolKind.EnumMember]: CompletionItemKind.EnumMember,
    [SymbolKind.Interface]: CompletionItemKind.Interface,
    [SymbolKind.Event]: CompletionItemKind.Event,
    [SymbolKind.Method]: CompletionItemKind.Method,
    [SymbolKind.Function]: CompletionItemKind.Function,
    [SymbolKind.Variable]: CompletionItemKind.Variable,
    [SymbolKind.Enum]: CompletionItemKind.Enum,
    [SymbolKind.Constant]: CompletionItemKind.Constant,
    [SymbolKind.Number]: CompletionItemKind.Value,
    [SymbolKind.Operator]: CompletionItemKind.Operator
};

export class CopNodeKindProvider implements NodeKindProvider {
    getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        const astNode = 'type' in node && !('$type' in node) ? node.node : (node as AstNode);
        if (astNode && isRow(astNode)) return astNode.side === 'members' ? SymbolKind.Class : SymbolKind.Struct;
        const type = '$type' in node ? node.$type : node.type;
        return symbolKinds[type] ?? SymbolKind.Field;
    }

    getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return completionKinds[this.getSymbolKind(node)] ?? CompletionItemKind.Reference;
    }
}
