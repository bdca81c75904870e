import { GrammarAST } from 'langium';

const Ast = GrammarAST;

/** A line a block accepts: the word it starts with (a keyword, or a terminal such as `DATE`). */
export interface LineShape {
    readonly word: string;
    /** Whether the word is a whole line by itself (`qualitative`); other lines go on after it. */
    readonly alone: boolean;
}

/** A kind of block: its keyword (`kpi`) and the lines inside its braces. */
export interface BlockShape {
    readonly keyword: string;
    readonly lines: readonly LineShape[];
    /** Keywords inside the lines, after their first word (`by` of a target): they go on a line, never start one. */
    readonly inner: ReadonlySet<string>;
    /** The words of `lines`, and those of them a line goes on after (not `qualitative`): looked up per token. */
    readonly lineWords: ReadonlySet<string>;
    readonly continuing: ReadonlySet<string>;
}

/** The blocks of the language by their keyword, read from the grammar so they never drift from it. */
export type BlockShapes = ReadonlyMap<string, BlockShape>;

/**
 * The blocks a plan is made of: every alternative of the entry rule's `elements`, each with
 * the lines of its `( … )*` part between `{` and `}`.
 */
export function blockShapes(grammar: GrammarAST.Grammar): BlockShapes {
    const shapes = new Map<string, BlockShape>();
    const element = grammar.rules.find(rule => Ast.isParserRule(rule) && rule.name === 'Element');
    if (!element || !Ast.isParserRule(element)) return shapes;
    for (const block of alternativesOf(element.definition)) {
        const rule = Ast.isRuleCall(block) ? block.rule.ref : undefined;
        if (!Ast.isParserRule(rule) || !Ast.isGroup(rule.definition)) continue;
        const parts = rule.definition.elements;
        const open = parts.findIndex(part => Ast.isKeyword(part) && part.value === '{');
        const body = parts.slice(open + 1).find(part => part.cardinality === '*');
        const lines = body ? lineShapes(body) : [];
        const inner = new Set<string>();
        if (body) keywordsIn(body, inner, new Set());
        for (const line of lines) inner.delete(line.word);
        const lineWords = new Set(lines.map(line => line.word));
        const continuing = new Set(lines.filter(line => !line.alone).map(line => line.word));
        for (const keyword of firstWords(parts[0])) shapes.set(keyword, { keyword, lines, inner, lineWords, continuing });
    }
    return shapes;
}

function lineShapes(body: GrammarAST.AbstractElement): LineShape[] {
    const lines: LineShape[] = [];
    for (const line of alternativesOf(body)) {
        const alone = Ast.isKeyword(line) || (Ast.isAssignment(line) && Ast.isKeyword(line.terminal));
        for (const word of firstWords(line)) lines.push({ word, alone });
    }
    return lines;
}

function alternativesOf(element: GrammarAST.AbstractElement): GrammarAST.AbstractElement[] {
    return Ast.isAlternatives(element) ? element.elements : [element];
}

/** The words an element can start with: keywords, or terminal names (`DATE`). */
function firstWords(element: GrammarAST.AbstractElement | undefined): string[] {
    if (!element) return [];
    if (Ast.isKeyword(element)) return [element.value];
    if (Ast.isAssignment(element)) return firstWords(element.terminal);
    if (Ast.isAlternatives(element)) return element.elements.flatMap(firstWords);
    if (Ast.isGroup(element)) return firstWords(element.elements[0]);
    if (Ast.isRuleCall(element)) {
        const rule = element.rule.ref;
        if (Ast.isParserRule(rule)) return firstWords(rule.definition);
        if (Ast.isTerminalRule(rule)) return [rule.name];
    }
    return [];
}

/**
 * Every keyword an element holds, through the rules it calls, but not the rules of names,
 * units and amounts (data type rules): a name may be any keyword.
 */
function keywordsIn(element: GrammarAST.AbstractElement, into: Set<string>, visited: Set<GrammarAST.AbstractRule>): void {
    if (Ast.isKeyword(element)) into.add(element.value);
    else if (Ast.isAssignment(element)) keywordsIn(element.terminal, into, visited);
    else if (Ast.isAlternatives(element) || Ast.isGroup(element)) element.elements.forEach(part => keywordsIn(part, into, visited));
    else if (Ast.isRuleCall(element)) {
        const rule = element.rule.ref;
        if (Ast.isParserRule(rule) && !rule.dataType && !visited.has(rule)) {
            visited.add(rule);
            keywordsIn(rule.definition, into, visited);
        }
    }
}
