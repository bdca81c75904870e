import type { LexerResult } from 'langium';
import type { BlockShape, BlockShapes } from './block-shapes.js';
import { nearestWord } from '../model/nearest-word.js';

/** Chevrotain's token and lexing error, as Langium's lexer returns them (chevrotain is not our dependency). */
type IToken = LexerResult['tokens'][number];
type LexingError = LexerResult['errors'][number];
type TokenTypes = Record<string, IToken['tokenType']>;

/** Tokens that leave a line unfinished: what follows them on the next line belongs to it. */
const continuations = new Set([',', '.', '..', '+', '-', '*', '/', '(', '>=', '<=', '=', '>', '<', 'by']);

/** How many words may stand between a block's keyword and its `{` (`actual Plan.Name {`, `kpi K "Title" {`). */
const MAX_HEADER_TOKENS = 5;

/**
 * A mistyped keyword (`indicatr X {` at the top level, `mesure Foo` in a block) makes
 * Chevrotain's recovery skip to the next token that could start something, which may be a
 * line of the same block (`organization` inside a `shared` block starts a row): one typo gave
 * a dozen errors on lines that are right, and no hint. This pass runs on the tokens before the
 * parser, where a plan's shape is simple (blocks at the top, lines in them, braces only
 * around blocks), and reports each unknown word once, in plain words:
 * - a word close to a keyword valid there is read as that keyword (`did you mean …?`), so the
 *   block is parsed as meant and the rest of the plan is checked as if it were spelled right;
 * - a word close to none is left out with its block (at the top) or its line (in a block).
 * Either way the file has a syntax error, so `cop fmt` refuses it and nothing is rewritten.
 */
export function recoverUnknownWords(tokens: IToken[], shapes: BlockShapes, types: TokenTypes): { tokens: IToken[]; errors: LexingError[] } {
    const errors: LexingError[] = [];
    // A copy of the tokens is made only from the first unknown word on: most plans have none.
    let result: IToken[] | undefined;
    const keep = (token: IToken, i: number): void => {
        result ??= tokens.slice(0, i);
        result.push(token);
    };
    let depth = 0;
    let block: BlockShape | undefined;
    let atBlockStart = true;
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        const name = token.tokenType.name;
        if (depth === 0 && atBlockStart && !shapes.has(name) && isWord(name) && opensBlock(tokens, i)) {
            const suggestion = nearestWord(token.image, [...shapes.keys()]);
            if (suggestion) {
                errors.push(errorAt(token, `\`${token.image}\` is not a kind of block: did you mean \`${suggestion}\`?${caseHint(token.image, suggestion)}`));
                keep(retyped(token, types[suggestion], suggestion), i);
                block = shapes.get(suggestion);
                atBlockStart = false;
                continue;
            }
            const close = matchingBrace(tokens, i);
            if (close !== undefined) {
                errors.push(
                    errorAt(
                        token,
                        `\`${token.image}\` is not a kind of block, so this block is not checked. A plan is made of ${listOf([...shapes.keys()])} blocks.`
                    )
                );
                result ??= tokens.slice(0, i);
                i = close;
                continue;
            }
        }
        if (depth === 1 && block && !block.lineWords.has(name) && isWord(name) && !shapes.has(name)) {
            const previous = result ? result[result.length - 1] : tokens[i - 1];
            if (startsLine(token, previous, block)) {
                const words = block.lines.map(line => line.word).filter(word => types[word] && /^[a-z]/.test(word));
                const suggestion = nearestWord(token.image, words);
                if (suggestion) {
                    errors.push(
                        errorAt(
                            token,
                            `\`${token.image}\` is not a line of \`${block.keyword}\` blocks: did you mean \`${suggestion}\`?${caseHint(token.image, suggestion)}`
                        )
                    );
                    keep(retyped(token, types[suggestion], suggestion), i);
                    continue;
                }
                const end = endOfLine(tokens, i, block);
                if (end !== undefined) {
                    errors.push(
                        errorAt(
                            token,
                            `\`${token.image}\` is not a line of \`${block.keyword}\` blocks, so this line is not checked. \`${block.keyword}\` blocks take ${describeLines(block)}.`
                        )
                    );
                    result ??= tokens.slice(0, i);
                    i = end;
                    continue;
                }
            }
        }
        if (depth === 0 && atBlockStart && shapes.has(name)) {
            block = shapes.get(name);
            atBlockStart = false;
        }
        if (name === '{') {
            depth++;
        } else if (name === '}' && depth > 0 && --depth === 0) {
            atBlockStart = true;
            block = undefined;
        }
        result?.push(token);
    }
    return { tokens: result ?? tokens, errors };
}

/** A name or a keyword (by its token type's name): what a mistyped keyword lexes as. */
function isWord(name: string): boolean {
    return name === 'ID' || /^[a-z]+$/.test(name);
}

/** Whether the word at `i` is followed by a block's header: a few names or titles, then `{`. */
function opensBlock(tokens: readonly IToken[], i: number): boolean {
    for (let j = i + 1; j < tokens.length && j <= i + MAX_HEADER_TOKENS; j++) {
        const name = tokens[j].tokenType.name;
        if (name === '{') return j > i + 1 || tokens[j].startLine === tokens[i].startLine;
        if (name === '}') return false;
    }
    return false;
}

/** The index of the `}` that closes the block whose header starts at `i`. */
function matchingBrace(tokens: readonly IToken[], i: number): number | undefined {
    let depth = 0;
    for (let j = i; j < tokens.length; j++) {
        const name = tokens[j].tokenType.name;
        if (name === '{') depth++;
        else if (name === '}' && --depth === 0) return j;
    }
    return undefined;
}

/** Whether `token` starts a line of `block`: first on its line (or after `{`), with nothing unfinished before it. */
function startsLine(token: IToken, previous: IToken | undefined, block: BlockShape): boolean {
    if (!previous || block.inner.has(token.tokenType.name)) return false;
    const before = previous.tokenType.name;
    if (before === '{') return true;
    if ((token.startLine ?? 0) <= (previous.endLine ?? previous.startLine ?? 0)) return false;
    if (continuations.has(before)) return false;
    // A line's keyword goes on after a line break (`measure` ⏎ `Name`), unless it is a line of its own.
    return !block.continuing.has(before);
}

/**
 * The last token of the unknown line at `i`: the one before the next line of the block, or
 * before its `}`. No end when a `{` comes first: that is a block, most likely after a missing
 * `}`, which the parser reports better.
 */
function endOfLine(tokens: readonly IToken[], i: number, block: BlockShape): number | undefined {
    for (let j = i + 1; j < tokens.length; j++) {
        const name = tokens[j].tokenType.name;
        if (name === '{') return undefined;
        if (name === '}') return j - 1;
        if (block.lineWords.has(name) && startsLine(tokens[j], tokens[j - 1], block)) return j - 1;
    }
    return undefined;
}

/**
 * The token read as `keyword`: its type, and its image (what the parser assigns, as the
 * `side` of a row or the `term` of a value); its offsets stay those of what was written.
 */
function retyped(token: IToken, type: IToken['tokenType'], keyword: string): IToken {
    return { ...token, image: keyword, tokenType: type, tokenTypeIdx: type.tokenTypeIdx! };
}

function errorAt(token: IToken, message: string): LexingError {
    return { offset: token.startOffset, line: token.startLine, column: token.startColumn, length: token.image.length, message };
}

function caseHint(written: string, keyword: string): string {
    return written.toLowerCase() === keyword ? ' Keywords are written in lower case.' : '';
}

function describeLines(block: BlockShape): string {
    const words = [...new Set(block.lines.map(line => (line.word === 'DATE' ? 'dated values (`2026-03 42`)' : line.word)))];
    return words.length === 0 ? 'no lines' : words.join(', ');
}

function listOf(words: readonly string[]): string {
    return words.map(word => `\`${word}\``).join(', ');
}
