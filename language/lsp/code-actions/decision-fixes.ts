import { AstUtils, CstUtils, GrammarUtils } from 'langium';
import type { TextEdit } from 'vscode-languageserver-types';
import type { Indicator, Kpi } from '../../generated/ast.js';
import { isDecision, isIndicator, isKpi } from '../../generated/ast.js';
import { appendToList, insertLinesInBlock } from './block-edits.js';
import type { QuickFix } from './quick-fix.js';

/** Quick fixes for metrics and decisions. */

/**
 * `vanity-metric`: tie the metric to a decision (add it to the first decision's `uses`), or
 * drop its target (the whole `target` line when it has one of its own).
 */
export const tieOrDropTarget: QuickFix = ({ node, document, root }) => {
    const metric = AstUtils.getContainerOfType(node, (n): n is Indicator | Kpi => isIndicator(n) || isKpi(n));
    if (!metric?.name) return [];
    const fixes = [];
    const decision = root.elements.find(isDecision);
    if (decision) {
        const last = decision.uses[decision.uses.length - 1];
        const edit = last ? appendToList(last, metric.name) : insertLinesInBlock(document, decision, [`uses ${metric.name}`]);
        if (edit) fixes.push({ title: `Tie \`${metric.name}\` to decision \`${decision.name}\` (add it to its \`uses\`)`, edits: [edit] });
    }
    const drop = dropTarget(metric);
    if (drop) fixes.push({ title: `Drop the target of \`${metric.name}\``, edits: [drop] });
    return fixes;
};

function dropTarget(metric: Indicator | Kpi): TextEdit | undefined {
    const keyword = metric.$cstNode && GrammarUtils.findNodeForKeyword(metric.$cstNode, 'target');
    const end = metric.target?.$cstNode;
    if (!keyword || !end) return undefined;
    const leaves = CstUtils.flattenCst(metric.$cstNode!)
        .filter(leaf => !leaf.hidden)
        .toArray();
    const first = leaves.findIndex(leaf => leaf.offset === keyword.offset);
    const last = leaves.findIndex(leaf => leaf.end === end.end);
    const before = leaves[first - 1];
    const after = leaves[last + 1];
    const alone = (!before || before.range.end.line < keyword.range.start.line) && (!after || after.range.start.line > end.range.end.line);
    if (alone) {
        // Its own line: remove the line, with what may trail it (a comment) up to the line break.
        const line = keyword.range.start.line;
        return { range: { start: { line, character: 0 }, end: { line: end.range.end.line + 1, character: 0 } }, newText: '' };
    }
    return { range: { start: before ? before.range.end : keyword.range.start, end: end.range.end }, newText: '' };
}
