import type { Position, Range, TextEdit } from 'vscode-languageserver-types';

/** The position of the `occurrence`-th `needle` in `text`, `delta` characters into it. */
export function positionOf(text: string, needle: string, occurrence = 0, delta = 0): Position {
    let index = -1;
    for (let i = 0; i <= occurrence; i++) {
        index = text.indexOf(needle, index + 1);
        if (index < 0) throw new Error(`"${needle}" #${occurrence} not in text`);
    }
    return positionAt(text, index + delta);
}

export function positionAt(text: string, offset: number): Position {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
}

export function offsetAt(text: string, position: Position): number {
    const lines = text.split('\n');
    let offset = 0;
    for (let i = 0; i < position.line; i++) offset += lines[i].length + 1;
    return offset + position.character;
}

export function textAt(text: string, range: Range): string {
    return text.slice(offsetAt(text, range.start), offsetAt(text, range.end));
}

/** Applies LSP text edits the way an editor does (they never overlap; later ones first). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
    const sorted = [...edits].sort((a, b) => offsetAt(text, b.range.start) - offsetAt(text, a.range.start));
    let result = text;
    for (const edit of sorted) {
        result = result.slice(0, offsetAt(result, edit.range.start)) + edit.newText + result.slice(offsetAt(result, edit.range.end));
    }
    return result;
}
