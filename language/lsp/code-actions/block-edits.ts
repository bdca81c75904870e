import type { AstNode, LangiumDocument, LeafCstNode, Reference } from 'langium';
import { CstUtils } from 'langium';
import type { TextEdit } from 'vscode-languageserver-types';
import { INDENT } from '../../formatting/plan-printer.js';

/**
 * Text edits that add or remove one line or list item of a block, written in the
 * canonical layout so a fix never leaves the plan for `cop fmt` to clean up.
 */

function lineIndent(document: LangiumDocument, line: number): string {
    const text = document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    return /^[ \t]*/.exec(text)?.[0] ?? '';
}

function tokens(node: AstNode): LeafCstNode[] {
    return node.$cstNode ? CstUtils.flattenCst(node.$cstNode).toArray() : [];
}

/** Adds `lines` as the last lines of `block`, before its closing `}`. */
export function insertLinesInBlock(document: LangiumDocument, block: AstNode, lines: readonly string[]): TextEdit | undefined {
    const all = tokens(block);
    const brace = all[all.length - 1];
    if (!brace || brace.text !== '}' || !block.$cstNode) return undefined;
    const headerIndent = lineIndent(document, block.$cstNode.range.start.line);
    const inner = headerIndent + INDENT;
    const before = all[all.length - 2];
    if (before && before.range.end.line < brace.range.start.line) {
        // `}` has a line of its own: the new line goes just above it.
        return {
            range: { start: { line: brace.range.start.line, character: 0 }, end: { line: brace.range.start.line, character: 0 } },
            newText: lines.map(line => `${inner}${line}\n`).join('')
        };
    }
    // `{ ... }` on one line: open the block up.
    const start = before ? before.range.end : brace.range.start;
    return { range: { start, end: brace.range.start }, newText: `\n${lines.map(line => `${inner}${line}\n`).join('')}${headerIndent}` };
}

/** Adds `, item` after the last reference of a list. */
export function appendToList(last: Reference, item: string): TextEdit | undefined {
    const node = last.$refNode;
    if (!node) return undefined;
    return { range: { start: node.range.end, end: node.range.end }, newText: `, ${item}` };
}

/**
 * Removes one reference from a line `keyword a, b, c` of `block`: the item and its comma,
 * or the whole line when it is the line's only item.
 */
export function removeListItem(_document: LangiumDocument, block: AstNode, reference: Reference): TextEdit | undefined {
    const refNode = reference.$refNode;
    if (!refNode) return undefined;
    const all = tokens(block).filter(leaf => !leaf.hidden);
    const first = all.findIndex(leaf => leaf.offset >= refNode.offset);
    let last = first;
    while (last + 1 < all.length && all[last + 1].end <= refNode.end) last++;
    const before = all[first - 1];
    const after = all[last + 1];
    if (after?.text === ',') {
        // `a, b` → `b`: drop the item, its comma and the space up to the next item.
        const next = all[last + 2];
        return { range: { start: all[first].range.start, end: next ? next.range.start : after.range.end }, newText: '' };
    }
    if (before?.text === ',') {
        return { range: { start: before.range.start, end: all[last].range.end }, newText: '' };
    }
    // The only item: remove the keyword too, and its line if nothing else is on it.
    const keyword = before;
    if (!keyword) return undefined;
    const previous = all[first - 2];
    const alone = (!previous || previous.range.end.line < keyword.range.start.line) && (!after || after.range.start.line > all[last].range.end.line);
    if (alone) {
        const line = keyword.range.start.line;
        return { range: { start: { line, character: 0 }, end: { line: all[last].range.end.line + 1, character: 0 } }, newText: '' };
    }
    return { range: { start: previous ? previous.range.end : keyword.range.start, end: all[last].range.end }, newText: '' };
}
