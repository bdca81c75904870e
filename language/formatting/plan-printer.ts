import type { AstNode, LangiumDocument, LeafCstNode } from 'langium';
import { AstUtils, CstUtils, GrammarAST, GrammarUtils } from 'langium';
import { isActualPoint, isAssumption, isNegation, isPlanFile } from '../generated/ast.js';

/**
 * The canonical layout of a plan, printed from the token stream of its syntax tree (comments
 * included): 4-space indent, one statement a line, `{` on the header line, one blank line
 * between top-level blocks, lists as `a, b, c`, comments where they were (a trailing comment
 * keeps the spaces its author aligned it with). Only whitespace
 * changes, never a token, so the meaning of the plan cannot change.
 *
 * A token-stream printer rather than Langium's AbstractFormatter: the latter's handling of
 * comments between tokens is fragile, and the .cop layout only depends on brace depth and
 * on which keywords start a line.
 */

export const INDENT = '    ';

/** Why a plan cannot be formatted: the first syntax error, with its 1-based line. */
export interface FormatRefusal {
    readonly line: number;
    readonly column: number;
    readonly message: string;
}

export type FormatResult = { ok: true; text: string } | { ok: false; refusal: FormatRefusal };

/** Formats a parsed plan document; refuses a document with syntax errors (its text stays as is). */
export function formatPlanDocument(document: LangiumDocument): FormatResult {
    const { lexerErrors, parserErrors, value } = document.parseResult;
    if (lexerErrors.length > 0) {
        const error = lexerErrors[0];
        return { ok: false, refusal: { line: error.line ?? 1, column: error.column ?? 1, message: error.message } };
    }
    if (parserErrors.length > 0) {
        const token = parserErrors[0].token;
        const line = Number.isFinite(token.startLine) ? token.startLine! : document.textDocument.lineCount;
        const column = Number.isFinite(token.startColumn) ? token.startColumn! : 1;
        return { ok: false, refusal: { line, column, message: parserErrors[0].message } };
    }
    const root = value.$cstNode;
    if (!root) return { ok: true, text: '' };
    const leaves = CstUtils.flattenCst(root).toArray();
    // Keep Windows line endings in a file written with them (git's autocrlf, Windows editors).
    const eol = document.textDocument.getText().includes('\r\n') ? '\r\n' : '\n';
    return { ok: true, text: printLeaves(leaves, eol) };
}

export function isComment(leaf: LeafCstNode): boolean {
    return leaf.hidden && (leaf.tokenType.name === 'SL_COMMENT' || leaf.tokenType.name === 'ML_COMMENT');
}

/** The parser rule a keyword belongs to, to tell structural keywords from keywords used as names. */
function keywordRule(leaf: LeafCstNode): GrammarAST.ParserRule | undefined {
    const source = leaf.grammarSource;
    if (!source || !GrammarAST.isKeyword(source)) return undefined;
    return AstUtils.getContainerOfType(source, GrammarAST.isParserRule);
}

function inDataTypeRule(leaf: LeafCstNode, name?: string): boolean {
    const source = leaf.grammarSource;
    if (!source) return false;
    const rule = AstUtils.getContainerOfType(source, GrammarAST.isParserRule);
    return !!rule && GrammarUtils.isDataTypeRule(rule) && (name === undefined || rule.name === name);
}

/** Does this token begin a statement (a block header or a line inside a block)? */
export function startsLine(leaf: LeafCstNode): boolean {
    const rule = keywordRule(leaf);
    // The words inside an experiment's arm (`412 of 2000`, `mean 4.2 sd 1.1 n 300`) go on its line.
    if (rule && !GrammarUtils.isDataTypeRule(rule) && rule.name !== 'Arm' && /^[a-z]+$/.test(leaf.text) && leaf.text !== 'by' && !insideLine(leaf, rule)) {
        // A line parsed by a rule of its own (`action "…" owner "…" due …` of a review) starts
        // at that rule's first keyword; the keywords after it (`owner`, `due`, `tags`) go on it.
        const node = leaf.astNode;
        return !node.$container || isPlanFile(node.$container) || node.$cstNode?.offset === leaf.offset;
    }
    const node = leaf.astNode;
    return isActualPoint(node) && node.$cstNode?.offset === leaf.offset;
}

/** Rules that are parts of one line (`compute count reply where kind = "x"`, `model decay 0.3 half-life 14 days`). */
const lineParts = new Set(['Compute', 'Condition', 'ModelWeight']);

/** A keyword after the first word of its line (`of`, `value` of `conversion E value COL`, `days`). */
function insideLine(leaf: LeafCstNode, rule: GrammarAST.ParserRule): boolean {
    if (lineParts.has(rule.name)) return true;
    const group = leaf.grammarSource?.$container;
    return GrammarAST.isGroup(group) && group.elements[0] !== leaf.grammarSource;
}

/** Does this token begin a top-level block? */
function startsBlock(leaf: LeafCstNode): boolean {
    const node = leaf.astNode;
    return !!node.$container && isPlanFile(node.$container) && node.$cstNode?.offset === leaf.offset;
}

/** `value 38 range 25..55`: an assumption's range stays on its value's line, as in the contract. */
export function continuesStatement(leaf: LeafCstNode, statement: string | undefined): boolean {
    return leaf.text === 'range' && statement === 'value' && isAssumption(leaf.astNode);
}

function isUnary(leaf: LeafCstNode): boolean {
    return leaf.text === '-' && (isNegation(leaf.astNode) || inDataTypeRule(leaf, 'Amount'));
}

export function glued(previous: LeafCstNode, current: LeafCstNode): boolean {
    if (current.text === ',' || current.text === ')' || current.text === '.' || current.text === '..') return true;
    if (previous.text === '(' || previous.text === '.' || previous.text === '..') return true;
    if (isUnary(previous)) return true;
    // `USD/request`: the operators of a unit are part of the word.
    if ((current.text === '/' || current.text === '*') && inDataTypeRule(current, 'Unit')) return true;
    if ((previous.text === '/' || previous.text === '*') && inDataTypeRule(previous, 'Unit')) return true;
    return false;
}

interface LayoutItem {
    readonly leaf: LeafCstNode;
    /** In the source, the token starts on the line where the previous one ends. */
    readonly sameLineAsPrevious: boolean;
    /** In the source, a blank line separates the token from the previous one. */
    readonly blankBefore: boolean;
    /** Spaces before a trailing comment, as the author aligned it (at least one). */
    readonly spacesBefore: number;
}

/**
 * The tokens with what the printer needs to know of the source layout. A `{` that comments
 * separate from its header is moved before them, so `{` always ends the header line.
 */
function layoutItems(leaves: readonly LeafCstNode[]): LayoutItem[] {
    const items: LayoutItem[] = leaves.map((leaf, index) => {
        const previous = leaves[index - 1];
        return {
            leaf,
            sameLineAsPrevious: !!previous && previous.range.end.line === leaf.range.start.line,
            blankBefore: !!previous && leaf.range.start.line - previous.range.end.line > 1,
            spacesBefore: previous && previous.range.end.line === leaf.range.start.line ? Math.max(1, leaf.offset - previous.end) : 1
        };
    });
    for (let index = 1; index < items.length; index++) {
        if (items[index].leaf.text !== '{' || isComment(items[index].leaf)) continue;
        let first = index;
        while (first > 0 && isComment(items[first - 1].leaf)) first--;
        if (first === index) continue;
        const [brace] = items.splice(index, 1);
        items.splice(first, 0, { leaf: brace.leaf, sameLineAsPrevious: true, blankBefore: false, spacesBefore: 1 });
        items[first + 1] = { ...items[first + 1], spacesBefore: 1 };
    }
    return items;
}

function printLeaves(leaves: readonly LeafCstNode[], eol: string): string {
    const lines: string[] = [];
    let line = '';
    let depth = 0;
    let previousToken: LeafCstNode | undefined; // previous non-comment token
    let forceBreak = false; // after a `//` comment, the next token needs a line of its own
    let afterBlockEnd = false; // last thing printed closed a top-level block
    let lastWasOpen = false;
    let statement: string | undefined; // the keyword that began the current line

    const endLine = () => {
        lines.push(line.trimEnd());
        line = '';
    };
    const blankLine = () => {
        if (lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
    };
    const startLine = (indent: number) => {
        if (line.trim().length > 0) endLine();
        line = INDENT.repeat(Math.max(indent, 0));
    };

    for (const { leaf, sameLineAsPrevious, blankBefore, spacesBefore } of layoutItems(leaves)) {
        if (isComment(leaf)) {
            const trailing = sameLineAsPrevious && line.trim().length > 0;
            if (trailing) {
                line += ' '.repeat(spacesBefore) + leaf.text;
            } else {
                if (line.trim().length > 0) endLine();
                if (depth === 0 && afterBlockEnd) blankLine();
                else if (blankBefore && !lastWasOpen && lines.length > 0) blankLine();
                line = INDENT.repeat(depth) + leaf.text;
                lastWasOpen = false;
                afterBlockEnd = false;
            }
            forceBreak = leaf.tokenType.name === 'SL_COMMENT' || !trailing;
            continue;
        }

        const text = leaf.text;
        if (text === '}') {
            depth--;
            if (lastWasOpen && line.trimEnd().endsWith('{')) {
                line = line.trimEnd() + '}';
            } else {
                startLine(depth);
                line += text;
            }
        } else if (depth === 0 && startsBlock(leaf)) {
            if (line.trim().length > 0) endLine();
            if (afterBlockEnd) blankLine();
            else if (blankBefore && lines.length > 0) blankLine();
            line = text;
        } else if (lastWasOpen || (startsLine(leaf) && !continuesStatement(leaf, statement))) {
            statement = leaf.text;
            if (line.trim().length > 0) endLine();
            if (!lastWasOpen && blankBefore && lines.length > 0) blankLine();
            line = INDENT.repeat(depth) + text;
        } else if (forceBreak) {
            if (line.trim().length > 0) endLine();
            // A statement broken by a comment continues one level deeper.
            line = INDENT.repeat(depth + 1) + text;
        } else if (previousToken && line.trim().length > 0) {
            line += (glued(previousToken, leaf) ? '' : ' ') + text;
        } else {
            line = INDENT.repeat(depth) + text;
        }
        if (text === '{') depth++;
        lastWasOpen = text === '{';
        afterBlockEnd = text === '}' && depth === 0;
        forceBreak = false;
        previousToken = leaf;
    }
    if (line.trim().length > 0) endLine();
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    // Line breaks inside a `/* */` comment follow the file's too.
    return lines.length > 0 ? lines.map(line => line.replace(/\r?\n/g, eol)).join(eol) + eol : '';
}

/**
 * A part of a plan (a kpi's formula) on one line, its tokens spaced as `cop fmt` spaces
 * them (`Visitors * (Rate - 1)`), comments left out: the canonical text exports and views
 * quote. Undefined for a node without text (a formula not written).
 */
export function printInline(node: AstNode | undefined): string | undefined {
    const cst = node?.$cstNode;
    if (!cst) return undefined;
    let text = '';
    let previous: LeafCstNode | undefined;
    for (const leaf of CstUtils.flattenCst(cst)) {
        if (leaf.hidden) continue;
        text += previous && !glued(previous, leaf) ? ' ' + leaf.text : leaf.text;
        previous = leaf;
    }
    return text;
}
