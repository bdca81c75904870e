import type { CstNode, LangiumParser, Mutable, ParseResult } from 'langium';
import { CompositeCstNodeImpl, LeafCstNodeImpl, RootCstNodeImpl } from 'langium';
import type { Element, PlanFile } from '../generated/ast.js';
import { MAX_PLAN_BYTES } from './plan-size.js';
import { NOT_PARSED, TOO_MANY_ERRORS } from './cop-parser.js';

/**
 * A plan's top-level blocks are independent in the grammar: each begins with its keyword and
 * ends with its `}`, and nothing in one block changes how another is read. So after an edit
 * only the blocks the edit touches need parsing again; the others keep their elements, with
 * their positions moved by what the edit added or removed. On a 10,000-line plan that is a
 * few hundred lines parsed instead of ten thousand, and a tree of the same size not built
 * again (which cost as much in garbage collection as the parse itself).
 *
 * The result must be the tree a full parse gives, or nothing: `reparse` answers undefined,
 * and the caller parses the whole text, whenever it cannot be sure, namely when
 * - the old tree had a syntax error outside the blocks parsed again (a block after an error
 *   may have been read from another place than a full parse of the new text would start);
 * - the blocks parsed again have a syntax error (recovery may read on into the next block);
 * - the text parsed again would not end where a block starts on a line of its own (a line
 *   comment or an unfinished word could run on into the next block).
 * test/parser/incremental-parse.test.ts compares it with the full parse after random edits.
 */
export function reparse(parser: LangiumParser, old: ParseResult<PlanFile>, text: string): ParseResult<PlanFile> | undefined {
    const oldRoot = old.value;
    const oldCst = oldRoot.$cstNode as RootCstNodeImpl | undefined;
    if (!oldCst || !(oldCst instanceof RootCstNodeImpl) || text.length > MAX_PLAN_BYTES) return undefined;
    const oldText = oldCst.fullText;
    if (oldText === text || (old.lexerReport?.diagnostics.length ?? 0) > 0) return undefined;
    if (old.parserErrors.some(error => error.name === NOT_PARSED || error.name === TOO_MANY_ERRORS)) return undefined;

    const prefix = commonPrefix(oldText, text);
    const suffix = commonSuffix(oldText, text, Math.min(oldText.length, text.length) - prefix);
    const children = oldCst.content;
    const isBlock = (child: CstNode) => !child.hidden && child.astNode !== oldRoot && oldRoot.elements[child.astNode.$containerIndex ?? -1] === child.astNode;

    // Kept before: the children up to the last block that ends before the edit.
    let before = lastIndex(children, child => child.end <= prefix);
    while (before >= 0 && !(isBlock(children[before]) && oldText.charCodeAt(children[before].end - 1) === CLOSE)) before--;
    const keptBefore = before + 1;
    const start = before >= 0 ? children[before].end : 0;
    // Kept after: the children from the first block after the edit that starts a line.
    const unchangedFrom = oldText.length - suffix;
    let keptAfter = Math.max(keptBefore, lastIndex(children, child => child.offset <= unchangedFrom) + 1);
    while (keptAfter < children.length && !(isBlock(children[keptAfter]) && oldText.charCodeAt(children[keptAfter].offset - 1) === NEWLINE)) keptAfter++;
    const oldEnd = keptAfter < children.length ? children[keptAfter].offset : oldText.length;
    if (!errorsWithin(old, start, oldEnd)) return undefined;

    const delta = text.length - oldText.length;
    // A copy, not a view into the whole text: the names and titles read from it would keep
    // every version of the text alive for as long as their blocks stay unchanged.
    const slice = `\n${text.substring(start, oldEnd + delta)}`.substring(1);
    const fresh = parser.parse<PlanFile>(slice);
    if (fresh.lexerErrors.length > 0 || fresh.parserErrors.length > 0 || (fresh.lexerReport?.diagnostics.length ?? 0) > 0) return undefined;
    const freshCst = fresh.value.$cstNode as CompositeCstNodeImpl;

    const at = positionOf(oldCst, keptBefore, start);
    for (const child of freshCst.content) moveNodes(child, start, at.line, at.character);
    const lineDelta = countLines(slice) - countLines(oldText, start, oldEnd);
    if (delta !== 0 || lineDelta !== 0) {
        for (let i = keptAfter; i < children.length; i++) moveNodes(children[i], delta, lineDelta, 0);
    }

    const cst = new RootCstNodeImpl(text);
    cst.grammarSource = oldCst.grammarSource;
    // `concat`, not spreads: a spread steps an iterator through each of the plan's blocks.
    cst.content = children.slice(0, keptBefore).concat(freshCst.content, children.slice(keptAfter));
    for (const child of cst.content) (child as Mutable<CstNode>).container = cst;

    const elementsBefore = keptBefore > 0 ? children[keptBefore - 1].astNode.$containerIndex! + 1 : 0;
    const elementsAfter = keptAfter < children.length ? oldRoot.elements.length - children[keptAfter].astNode.$containerIndex! : 0;
    const elements = oldRoot.elements.slice(0, elementsBefore).concat(fresh.value.elements, oldRoot.elements.slice(oldRoot.elements.length - elementsAfter));
    const root: PlanFile = { $type: oldRoot.$type, elements, $cstNode: cst };
    cst.astNode = root;
    elements.forEach((element, index) => {
        // The container properties are read-only to everyone but the parser, which this is.
        const writable = element as { -readonly [K in keyof Element]: Element[K] };
        writable.$container = root;
        writable.$containerProperty = 'elements';
        writable.$containerIndex = index;
    });
    partialParses.set(root, {
        previous: new WeakRef(oldRoot),
        freshFrom: elementsBefore,
        freshCount: fresh.value.elements.length,
        replacedCount: oldRoot.elements.length - elementsBefore - elementsAfter
    });
    return { value: root, lexerErrors: [], lexerReport: fresh.lexerReport, parserErrors: [] };
}

/**
 * A plan parsed again in part: the tree it was made from, and where its elements parsed again
 * are: `freshCount` elements from index `freshFrom`, in place of `replacedCount` old ones.
 */
export interface PartialParse {
    /** Weakly: each tree would otherwise keep every tree before it alive. */
    readonly previous: WeakRef<PlanFile>;
    readonly freshFrom: number;
    readonly freshCount: number;
    readonly replacedCount: number;
}

const partialParses = new WeakMap<PlanFile, PartialParse>();

/** How `root` was made from an earlier tree, if it was parsed in part (the linker keeps what did not change). */
export function partialParseOf(root: PlanFile): PartialParse | undefined {
    return partialParses.get(root);
}

const CLOSE = '}'.charCodeAt(0);
const NEWLINE = '\n'.charCodeAt(0);
const RETURN = '\r'.charCodeAt(0);

/** The last index of `items` whose item passes `test`, or -1; `test` holds for a first run of the items and then not. */
function lastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
    let low = 0;
    let high = items.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (test(items[middle])) low = middle + 1;
        else high = middle;
    }
    return low - 1;
}

/** Whether every syntax error of the old parse lies in [start, end): those are parsed again. */
function errorsWithin(old: ParseResult, start: number, end: number): boolean {
    const inside = (offset: number) => Number.isFinite(offset) && offset >= start && offset < end;
    return old.lexerErrors.every(error => inside(error.offset)) && old.parserErrors.every(error => inside(error.token.startOffset));
}

/** Line and character of `offset`, the end of child `count - 1` of the root (or the start of the text). */
function positionOf(root: RootCstNodeImpl, count: number, offset: number): { line: number; character: number } {
    if (count === 0 || offset === 0) return { line: 0, character: 0 };
    return root.content[count - 1].range.end;
}

/** The length of the common start of two texts; compared in chunks, which is far faster than by character. */
function commonPrefix(a: string, b: string): number {
    const length = Math.min(a.length, b.length);
    let i = 0;
    for (let chunk = 4096; chunk >= 1; chunk >>= 4) {
        while (i + chunk <= length && a.substring(i, i + chunk) === b.substring(i, i + chunk)) i += chunk;
    }
    return i;
}

/** The length of the common end of two texts, at most `limit`. */
function commonSuffix(a: string, b: string, limit: number): number {
    let n = 0;
    for (let chunk = 4096; chunk >= 1; chunk >>= 4) {
        while (n + chunk <= limit && a.substring(a.length - n - chunk, a.length - n) === b.substring(b.length - n - chunk, b.length - n)) n += chunk;
    }
    return n;
}

/** The line breaks in text[from, to), counted as the lexer counts them: `\r\n`, `\n` and a lone `\r` each one. */
function countLines(text: string, from = 0, to = text.length): number {
    let lines = 0;
    for (let i = from; i < to; i++) {
        const code = text.charCodeAt(i);
        if (code === NEWLINE) lines++;
        else if (code === RETURN && (i + 1 >= to || text.charCodeAt(i + 1) !== NEWLINE)) lines++;
    }
    return lines;
}

/** The position fields of Langium's syntax nodes (docs/langium-upgrade.md, entries 14 to 19). */
interface LeafPosition {
    _offset: number;
    _startLine: number;
    _startColumn: number;
    _endLine: number;
    _endColumn: number;
}
interface CompositeRangeCache {
    _rangeCache: unknown;
}

/**
 * Moves every node below `node` by `offset` characters and `lines` lines; a node on the first
 * line also by `character` columns (the text parsed again starts mid-line, after a `}`).
 */
function moveNodes(node: CstNode, offset: number, lines: number, character: number): void {
    const stack: CstNode[] = [node];
    while (stack.length > 0) {
        const current = stack.pop()!;
        if (current instanceof LeafCstNodeImpl) {
            const leaf = current as unknown as LeafPosition;
            if (character !== 0) {
                if (leaf._startLine === 0) leaf._startColumn += character;
                if (leaf._endLine === 0) leaf._endColumn += character;
            }
            leaf._offset += offset;
            leaf._startLine += lines;
            leaf._endLine += lines;
        } else if (current instanceof CompositeCstNodeImpl) {
            (current as unknown as CompositeRangeCache)._rangeCache = undefined;
            for (let i = 0; i < current.content.length; i++) stack.push(current.content[i]);
        }
    }
}
