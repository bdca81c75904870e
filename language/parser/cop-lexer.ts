import type { LangiumCoreServices, LexerResult, TokenizeOptions } from 'langium';
import { DefaultLexer } from 'langium';
import type { BlockShapes } from './block-shapes.js';
import { blockShapes } from './block-shapes.js';
import { recoverUnknownWords } from './unknown-words.js';

/** Chevrotain's token, as Langium's lexer returns it (chevrotain is not our dependency). */
type IToken = LexerResult['tokens'][number];

/**
 * The most operators and brackets one formula may hold. Formulas are the only part of the
 * language that nests, and Langium parses and walks them recursively: `((((…` or `- - - …` a
 * few thousand deep overflows the stack (the parser, then every tree walk). Real formulas hold
 * a handful; 200 leaves room for long sums and stays far below the stack's depth (about
 * 1,000 nested minus signs overflow it).
 */
export const MAX_FORMULA_OPERATORS = 200;

const expressionTokens = new Set(['(', ')', '+', '-', '*', '/']);
/** Tokens that end a formula: the other lines of a kpi block, and the block's end. */
const formulaEnds = new Set(['}', 'unit', 'target', 'translates', 'formula', 'deadweight', 'displacement', 'attribution', 'evidence']);

/**
 * Langium's lexer, plus mistyped keywords reported once each (unknown-words.ts), plus a guard against formulas nested too deeply to parse: such a formula
 * is left out of the token stream, keyword included (so the parser never recurses into it and
 * the kpi reads as having no formula), and reported as a syntax error in plain words; the rest
 * of the plan is checked as usual.
 */
export class CopLexer extends DefaultLexer {
    private readonly shapes: BlockShapes;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.shapes = blockShapes(services.Grammar);
    }

    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const lexed = super.tokenize(text, options);
        const recovered = recoverUnknownWords(lexed.tokens, this.shapes, this.definition);
        const result =
            recovered.errors.length === 0
                ? lexed
                : { ...lexed, tokens: recovered.tokens, errors: [...lexed.errors, ...recovered.errors].sort((a, b) => a.offset - b.offset) };
        const tooLong = findOversizedFormulas(result.tokens);
        if (tooLong.length === 0) return result;
        const dropped = new Set<IToken>();
        // Lexing errors, not only report diagnostics: a file with them is not printed back by
        // `cop fmt` (plan-printer.ts), which would otherwise write it without the formula.
        const errors = [...result.errors];
        for (const formula of tooLong) {
            for (let i = formula.first; i <= formula.last; i++) dropped.add(result.tokens[i]);
            const start = result.tokens[formula.first];
            errors.push({
                offset: start.startOffset,
                line: start.startLine ?? 1,
                column: start.startColumn ?? 1,
                length: start.image.length,
                message: `This formula holds ${formula.operators} operators and brackets; a formula may hold at most ${MAX_FORMULA_OPERATORS}. Split it into smaller kpis that refer to each other.`
            });
        }
        return {
            ...result,
            tokens: result.tokens.filter(token => !dropped.has(token)),
            errors: errors.sort((a, b) => a.offset - b.offset)
        };
    }
}

interface OversizedFormula {
    /** Index of the formula's `formula` keyword and of its last token. */
    first: number;
    last: number;
    operators: number;
}

/** One linear pass over the tokens: the formulas with more operators than the limit. */
export function findOversizedFormulas(tokens: readonly IToken[]): OversizedFormula[] {
    const result: OversizedFormula[] = [];
    let i = 0;
    while (i < tokens.length) {
        if (tokens[i].tokenType.name !== 'formula') {
            i++;
            continue;
        }
        const first = i;
        let operators = 0;
        let j = i + 1;
        for (; j < tokens.length && !formulaEnds.has(tokens[j].tokenType.name); j++) {
            if (expressionTokens.has(tokens[j].tokenType.name)) operators++;
        }
        if (operators > MAX_FORMULA_OPERATORS) {
            result.push({ first, last: j - 1, operators });
        }
        i = j;
    }
    return result;
}
