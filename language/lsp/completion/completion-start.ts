import type { LangiumDocument } from 'langium';
import type { PlanFile } from '../../generated/ast.js';

/**
 * Where completion may start parsing instead of the top of the file. Langium re-parses
 * everything before the cursor on each completion request; a plan is a sequence of
 * independent top-level blocks, so parsing from the start of the block under the cursor
 * leaves the parser in the same state at the cursor. Only block starts before the first
 * syntax error are trusted (after an error the parser's recovery may have drawn blocks
 * differently from a fresh parse); with none, parsing starts at 0 as stock Langium does.
 */
export function completionParseStart(document: LangiumDocument, offset: number): number {
    const { parseResult } = document;
    let firstError = offset;
    for (const error of parseResult.lexerErrors) firstError = Math.min(firstError, error.offset);
    for (const error of parseResult.parserErrors) {
        const at = error.token.startOffset;
        if (Number.isFinite(at)) firstError = Math.min(firstError, at);
        else return 0; // an error at an inserted token: no position to trust
    }
    const elements = (parseResult.value as PlanFile).elements ?? [];
    // The last block that starts at or before both the cursor and the first error.
    let low = 0;
    let high = elements.length - 1;
    let start = 0;
    while (low <= high) {
        const middle = (low + high) >> 1;
        const at = elements[middle].$cstNode?.offset;
        if (at === undefined) return 0;
        if (at <= firstError) {
            start = at;
            low = middle + 1;
        } else {
            high = middle - 1;
        }
    }
    return start;
}
