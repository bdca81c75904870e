import type { LangiumDocument } from 'langium';
import { CstUtils } from 'langium';
import type { CancellationToken, SelectionRange, SelectionRangeParams } from 'vscode-languageserver';
import type { Position, Range } from 'vscode-languageserver-types';

/**
 * Expand selection (`textDocument/selectionRange`), which Langium does not provide. It is
 * shaped as Langium's providers are (a service of the language, given the parsed document)
 * and registered through the DI module as `lsp.SelectionRangeProvider`.
 */
export interface SelectionRangeProvider {
    getSelectionRanges(document: LangiumDocument, params: SelectionRangeParams, cancelToken?: CancellationToken): SelectionRange[];
}

/**
 * From the word under the cursor outwards: the word, its line (without the indentation),
 * each enclosing node of the syntax tree (a `from` list, a block, …) and the whole plan.
 * Every step strictly contains the one before, as the protocol requires.
 */
export class CopSelectionRangeProvider implements SelectionRangeProvider {
    getSelectionRanges(document: LangiumDocument, params: SelectionRangeParams): SelectionRange[] {
        return params.positions.map(position => this.rangesAt(document, position));
    }

    private rangesAt(document: LangiumDocument, position: Position): SelectionRange {
        const text = document.textDocument;
        const offset = text.offsetAt(position);
        const root = document.parseResult.value.$cstNode;
        const candidates: Range[] = [];
        const leaf = root && (CstUtils.findLeafNodeAtOffset(root, offset) ?? CstUtils.findLeafNodeAtOffset(root, Math.max(0, offset - 1)));
        if (leaf) {
            candidates.push(leaf.range);
            for (let node = leaf.container; node; node = node.container) candidates.push(node.range);
        }
        const lineText = text
            .getText({ start: { line: position.line, character: 0 }, end: { line: position.line + 1, character: 0 } })
            .replace(/\r?\n$|\r$/, '');
        const indent = /^\s*/.exec(lineText)![0].length;
        const trimmed = lineText.trimEnd().length;
        if (trimmed > indent) candidates.push({ start: { line: position.line, character: indent }, end: { line: position.line, character: trimmed } });
        candidates.push({ start: { line: 0, character: 0 }, end: text.positionAt(text.getText().length) });

        const cursor: Range = { start: text.positionAt(offset), end: text.positionAt(offset) };
        const chain = candidates
            .filter(range => contains(range, cursor))
            .map(range => ({ range, length: text.offsetAt(range.end) - text.offsetAt(range.start) }))
            .sort((a, b) => a.length - b.length);
        return nest(chain.map(c => c.range));
    }
}

/** Innermost first: keeps each range that strictly contains the one kept before, nested as parents. */
function nest(ranges: Range[]): SelectionRange {
    const kept: Range[] = [];
    for (const range of ranges) {
        const last = kept[kept.length - 1];
        if (!last || (contains(range, last) && !equal(range, last))) kept.push(range);
    }
    let selection: SelectionRange | undefined;
    for (let i = kept.length - 1; i >= 0; i--) selection = { range: kept[i], parent: selection };
    return selection!;
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const contains = (outer: Range, inner: Range) => before(outer.start, inner.start) && before(inner.end, outer.end);
const equal = (a: Range, b: Range) =>
    a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
