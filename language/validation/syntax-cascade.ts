import type { AstNode, LangiumDocument } from 'langium';
import { DocumentValidator } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';

/**
 * The diagnostics that only follow from a parser error, to leave out. After an error,
 * Chevrotain's recovery resumes somewhere in the block, often mid-line, and reports what it
 * then finds there: errors on lines that are right. Lines it skipped are missing from the
 * block, and a name it took for part of a line (keywords are names) is an unknown reference:
 * the block's checks then report what is not wrong. So in a top-level block with a parser
 * error, only its first syntax error is listed, with every lexing error (each a problem of
 * its own: an unclosed quote, `80 %`); the block's other diagnostics come back once it
 * parses. The blocks after it are parsed afresh, and everything of theirs is kept.
 *
 * A mistyped keyword is not a parser error (unknown-words.ts reads it as the keyword meant,
 * or leaves its block or line out): its block's diagnostics are kept.
 */
/**
 * Kept in a block with a parser error: `missing-plan` is about the file (placed at its first
 * block), and the contract has `formula-invalid` say that a formula does not parse (marked
 * `aboutSyntaxError` by impact-checks.ts).
 */
const kept = new Set(['missing-plan']);

export function syntaxCascade(document: LangiumDocument, diagnostics: readonly Diagnostic[]): Set<Diagnostic> {
    const cascade = new Set<Diagnostic>();
    // Most keystrokes leave no parser error: then no block's syntax node is looked at.
    if (document.parseResult.parserErrors.length === 0) return cascade;
    const root = document.parseResult.value as AstNode & { elements?: AstNode[] };
    const blocks = (root.elements ?? []).map(element => element.$cstNode).filter(cst => cst !== undefined);
    if (blocks.length === 0) return cascade;
    const placed = diagnostics
        .map(diagnostic => ({ diagnostic, code: codeOf(diagnostic), offset: document.textDocument.offsetAt(diagnostic.range.start) }))
        .sort((a, b) => a.offset - b.offset);
    const withSyntaxError = new Set<number>();
    const broken = new Set<number>();
    for (const { diagnostic, code, offset } of placed) {
        if (code !== DocumentValidator.LexingError && code !== DocumentValidator.ParsingError) continue;
        const block = blockAt(blocks, offset);
        if (block === undefined) continue;
        if (code === DocumentValidator.ParsingError) {
            if (withSyntaxError.has(block)) cascade.add(diagnostic);
            broken.add(block);
        }
        withSyntaxError.add(block);
    }
    for (const { diagnostic, code, offset } of placed) {
        if (code === DocumentValidator.LexingError || code === DocumentValidator.ParsingError) continue;
        if (kept.has(String(diagnostic.code)) || (diagnostic.data as { aboutSyntaxError?: boolean } | undefined)?.aboutSyntaxError) continue;
        const block = blockAt(blocks, offset);
        if (block !== undefined && broken.has(block)) cascade.add(diagnostic);
    }
    return cascade;
}

function codeOf(diagnostic: Diagnostic): string | undefined {
    return (diagnostic.data as { code?: string } | undefined)?.code;
}

/**
 * The index of the block `offset` belongs to: the last one starting at or before it. A block
 * cut short by an error ends, in the syntax tree, at its last good token; what recovery
 * skipped after it, up to the next block, is still that block's text.
 */
function blockAt(blocks: ReadonlyArray<{ offset: number }>, offset: number): number | undefined {
    let low = 0;
    let high = blocks.length - 1;
    let found: number | undefined;
    while (low <= high) {
        const middle = (low + high) >> 1;
        if (blocks[middle].offset <= offset) {
            found = middle;
            low = middle + 1;
        } else {
            high = middle - 1;
        }
    }
    return found;
}
