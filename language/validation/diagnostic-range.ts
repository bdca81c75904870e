import type { AstNode, CstNode, DiagnosticInfo, GrammarAST } from 'langium';
import { AstUtils, getDiagnosticRange, GrammarAST as Grammar, isCompositeCstNode } from 'langium';
import type { Range } from 'vscode-languageserver-types';

/**
 * The range of a diagnostic, as Langium's `getDiagnosticRange` finds it, made cheaper for the
 * common case of a diagnostic on a property (`{ node, property: 'name' }`): Langium collects
 * every part of the element's text assigned to the property, asking the grammar for each
 * part's assignment by walking up its containers, then takes one. Here the walk stops at the
 * part wanted, and each grammar element's assignment is looked up once. A large plan reports
 * hundreds of diagnostics on names (statuses, unadjusted kpis) on every keystroke.
 */
export function diagnosticRange<N extends AstNode>(info: DiagnosticInfo<N, string>): Range {
    if (info.range) return info.range;
    const cst = info.node.$cstNode;
    if (typeof info.property !== 'string' || !cst) return getDiagnosticRange(info);
    const found = nodeForProperty(cst, info.property, info.index);
    return (found ?? cst).range;
}

/**
 * Langium's `GrammarUtils.findNodeForProperty`: among the parts of the element's own text
 * (not its children's) assigned to `property`, in text order, the one at `index` (the first
 * without one or below 0, the last past the end).
 */
function nodeForProperty(cst: CstNode, property: string, index: number | undefined): CstNode | undefined {
    const wanted = index === undefined || index < 0 ? 0 : index;
    const search = { wanted, seen: 0, last: undefined as CstNode | undefined };
    findInOwnText(cst, property, cst.astNode, search);
    return search.last;
}

/** Records the matches in `search` (the last seen), and stops once the wanted one is found. */
function findInOwnText(cst: CstNode, property: string, element: AstNode, search: { wanted: number; seen: number; last: CstNode | undefined }): boolean {
    if (!isCompositeCstNode(cst) || cst.astNode !== element) return false;
    for (const part of cst.content) {
        if (featureOf(part.grammarSource) === property) {
            search.last = part;
            if (search.seen++ === search.wanted) return true;
        } else if (findInOwnText(part, property, element, search)) {
            return true;
        }
    }
    return false;
}

/** The property each grammar element assigns to, if any (`null`: none); the grammar never changes. */
const features = new WeakMap<GrammarAST.AbstractElement, string | null>();

function featureOf(source: GrammarAST.AbstractElement | undefined): string | null {
    if (!source) return null;
    let feature = features.get(source);
    if (feature === undefined) {
        feature = AstUtils.getContainerOfType(source, Grammar.isAssignment)?.feature ?? null;
        features.set(source, feature);
    }
    return feature;
}
