import type { AstNode, GrammarAST, LeafCstNode } from 'langium';
import { CstUtils } from 'langium';
import type { PlanFile } from '../generated/ast.js';
import { isActualPoint, isPlan } from '../generated/ast.js';
import { continuesStatement, glued, startsLine } from '../formatting/plan-printer.js';

/**
 * A plan seen as `cop diff` compares it: each top-level block (and each matrix value line,
 * an element of its own) with its lines in the canonical layout of `cop fmt`, read from
 * the printer's own rules (plan-printer.ts) rather than a list per element kind, so every
 * line the grammar gains is compared without a change here.
 */
export interface CanonicalElement {
    /** The element's keyword (`indicator`, `members`, `cycle` …; `value` for a matrix value). */
    readonly type: string;
    /** Its name (a cycle's kind, an actual block's indicator). */
    readonly name: string;
    /** Its title as people read it, without quotes. */
    readonly title?: string;
    /** 1-based line of the element in its file. */
    readonly line: number;
    /** Per line keyword (or an actual point's date), the lines' texts after it, in source order. */
    readonly fields: ReadonlyMap<string, readonly FieldLine[]>;
    readonly node: AstNode;
}

export interface FieldLine {
    /** The text after the keyword in canonical layout (`>= 1000 by 2027-06`). */
    readonly text: string;
    /** The comma-separated items of the line, so `measure A, B` and `measure B` + `measure A` compare equal. */
    readonly items: readonly string[];
}

/** The field holding an element's title (the header's string). */
export const TITLE_FIELD = 'title';

/** The elements of a parsed plan file, in source order. */
export function canonicalElements(root: PlanFile): CanonicalElement[] {
    const elements: CanonicalElement[] = [];
    for (const element of root.elements ?? []) {
        const cst = element.$cstNode;
        if (!cst) continue;
        const leaves = CstUtils.flattenCst(cst)
            .filter(leaf => !leaf.hidden)
            .toArray();
        const open = leaves.findIndex(leaf => leaf.text === '{');
        const header = open < 0 ? leaves : leaves.slice(0, open);
        const body = open < 0 ? [] : leaves.slice(open + 1, leaves[leaves.length - 1]?.text === '}' ? -1 : undefined);
        if (header.length === 0) continue;
        const type = header[0].text;
        const { name, title } = nameAndTitle(header.slice(1));
        const fields = new Map<string, FieldLine[]>();
        if (title !== undefined) fields.set(TITLE_FIELD, [line([title.leaf])]);
        const nested: CanonicalElement[] = [];
        for (const statement of statements(body)) {
            const owner = statement[0].astNode;
            if (owner !== element && owner.$container === element && typeof nameOf(owner) === 'string') {
                nested.push(nestedElement(owner, statement, type, name));
                continue;
            }
            const keyword = statement[0].text;
            const lines = fields.get(keyword) ?? [];
            lines.push(line(statement.slice(1)));
            fields.set(keyword, lines);
        }
        elements.push({ type, name, title: title?.value ?? titleOf(element), line: cst.range.start.line + 1, fields, node: element });
        elements.push(...nested);
    }
    return elements;
}

/** The name of the plan a file declares, if it has a header. */
export function planNameOf(root: PlanFile): string | undefined {
    return root.elements?.find(isPlan)?.name;
}

/**
 * A line inside a block that declares an element of its own (a matrix value): type from
 * its node (`value`), fields its keyword (`term`: short or long), its title and its row.
 */
function nestedElement(node: AstNode, statement: readonly LeafCstNode[], rowType: string, rowName: string): CanonicalElement {
    const fields = new Map<string, FieldLine[]>();
    fields.set('term', [line([statement[0]])]);
    const title = statement.find(leaf => leaf.tokenType.name === 'STRING');
    if (title) fields.set(TITLE_FIELD, [line([title])]);
    fields.set('row', [{ text: `${rowType} ${rowName}`, items: [`${rowType} ${rowName}`] }]);
    const type = node.$type.charAt(0).toLowerCase() + node.$type.slice(1);
    return { type, name: String(nameOf(node)), title: titleOf(node), line: (node.$cstNode?.range.start.line ?? 0) + 1, fields, node };
}

function nameOf(node: AstNode): unknown {
    return 'name' in node ? node.name : undefined;
}

function titleOf(node: AstNode): string | undefined {
    return 'title' in node && typeof node.title === 'string' ? node.title : undefined;
}

/** The name tokens of a header (`Deflected`, `immediate`, `Other.Deflected`) and its title string. */
function nameAndTitle(tokens: readonly LeafCstNode[]): { name: string; title?: { leaf: LeafCstNode; value: string } } {
    const last = tokens[tokens.length - 1];
    const hasTitle = !!last && last.tokenType.name === 'STRING';
    const nameTokens = hasTitle ? tokens.slice(0, -1) : tokens;
    const name = joinTokens(nameTokens);
    return hasTitle ? { name, title: { leaf: last, value: unquote(last.text) } } : { name };
}

function unquote(text: string): string {
    return text.slice(1, -1).replace(/\\(.)/g, '$1');
}

/**
 * The printer's `startsLine`, remembered per grammar element: whether a keyword starts a line
 * depends on the rule it belongs to, and asking the grammar for every token of two large
 * plans costs a third of the comparison. An actual point (a line starting with a date) is
 * told by its position, so it is asked every time.
 */
const lineStarts = new WeakMap<GrammarAST.AbstractElement, boolean>();

function beginsLine(leaf: LeafCstNode): boolean {
    const source = leaf.grammarSource;
    if (!source || isActualPoint(leaf.astNode)) return startsLine(leaf);
    let known = lineStarts.get(source);
    if (known === undefined) {
        known = startsLine(leaf);
        lineStarts.set(source, known);
    }
    return known;
}

/** The body's tokens cut where the printer starts a line. */
function statements(body: readonly LeafCstNode[]): LeafCstNode[][] {
    const result: LeafCstNode[][] = [];
    let current: LeafCstNode[] | undefined;
    for (const leaf of body) {
        if (!current || (beginsLine(leaf) && !continuesStatement(leaf, current[0].text))) {
            current = [leaf];
            result.push(current);
        } else {
            current.push(leaf);
        }
    }
    return result;
}

function line(tokens: readonly LeafCstNode[]): FieldLine {
    const items: string[] = [];
    let item: LeafCstNode[] = [];
    for (const token of tokens) {
        if (token.text === ',') {
            items.push(joinTokens(item));
            item = [];
        } else {
            item.push(token);
        }
    }
    if (item.length > 0 || items.length > 0) items.push(joinTokens(item));
    // The printer glues a comma to what precedes it and spaces what follows: `A, B`.
    return { text: items.length > 1 ? items.join(', ') : joinTokens(tokens), items };
}

/** Tokens as the printer lays them out on one line. */
function joinTokens(tokens: readonly LeafCstNode[]): string {
    let text = '';
    tokens.forEach((token, index) => {
        text += index > 0 && !glued(tokens[index - 1], token) ? ' ' + token.text : token.text;
    });
    return text;
}
