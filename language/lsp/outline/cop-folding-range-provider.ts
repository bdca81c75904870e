import type { LangiumDocument, LeafCstNode } from 'langium';
import { CstUtils } from 'langium';
import type { FoldingRangeProvider } from 'langium/lsp';
import type { FoldingRange } from 'vscode-languageserver-types';
import type { PlanFile } from '../../generated/ast.js';
import { appendAll } from '../../model/lists.js';

/**
 * Folding for every block that spans lines (its `}` stays visible), and for runs of
 * comments: consecutive `//` lines fold as one, and so does a multi-line `/* *\/`.
 */
export class CopFoldingRangeProvider implements FoldingRangeProvider {
    getFoldingRanges(document: LangiumDocument): FoldingRange[] {
        const root = document.parseResult.value as PlanFile;
        const ranges: FoldingRange[] = [];
        for (const element of root.elements ?? []) {
            const range = element.$cstNode?.range;
            if (range && range.end.line - 1 > range.start.line) {
                ranges.push({ startLine: range.start.line, endLine: range.end.line - 1, kind: 'region' });
            }
        }
        if (root.$cstNode) appendAll(ranges, commentRuns(CstUtils.flattenCst(root.$cstNode).filter(isComment).toArray()));
        return ranges;
    }
}

function isComment(leaf: LeafCstNode): boolean {
    return leaf.hidden && (leaf.tokenType.name === 'SL_COMMENT' || leaf.tokenType.name === 'ML_COMMENT');
}

function commentRuns(comments: LeafCstNode[]): FoldingRange[] {
    const ranges: FoldingRange[] = [];
    let start: LeafCstNode | undefined;
    let end: LeafCstNode | undefined;
    const close = () => {
        if (start && end && end.range.end.line > start.range.start.line) {
            ranges.push({ startLine: start.range.start.line, endLine: end.range.end.line, kind: 'comment' });
        }
    };
    for (const comment of comments) {
        const continues =
            end && end.tokenType.name === 'SL_COMMENT' && comment.tokenType.name === 'SL_COMMENT' && comment.range.start.line === end.range.end.line + 1;
        if (!continues) {
            close();
            start = comment;
        }
        end = comment;
    }
    close();
    return ranges;
}
