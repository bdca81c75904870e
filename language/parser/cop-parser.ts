import type { LangiumCoreServices, LangiumParser, ParseResult } from 'langium';
import { LangiumCompletionParser } from 'langium';
import { CopCompletionLookahead, CopLookahead } from './generated/lookahead.js';
import { CopLangiumParser } from './cop-langium-parser.js';
import { buildCopParserRules } from './cop-parser-builder.js';
import { MAX_PLAN_BYTES, megabytes } from './plan-size.js';
import type { LookaheadRecorder, LookaheadTable } from './tabled-lookahead.js';
import { TabledLookahead } from './tabled-lookahead.js';

/** Chevrotain's parser error, as Langium's parse result holds it. */
type IRecognitionException = ParseResult['parserErrors'][number];

/**
 * Chevrotain recovers from a syntax error inside a repeated part of a rule by calling the
 * repetition again, one level deeper on the stack. A file with thousands of errors in one
 * block (a pasted binary, `shared S { member` repeated) overflows the stack: Langium's
 * known failure. The parser here catches that overflow and parses again without recovery,
 * which stops at the first error: the user sees that error and a line saying why the rest
 * is not checked, instead of a crashed build.
 */
export function createCopParser(services: LangiumCoreServices): LangiumParser {
    const parser = buildParser(services);
    const parse = parser.parse.bind(parser);
    let strict: LangiumParser | undefined;
    parser.parse = <T extends import('langium').AstNode>(text: string, options?: { rule?: string }): ParseResult<T> => {
        if (text.length > MAX_PLAN_BYTES) {
            // Characters, not bytes, but the same order: enough to keep the server responsive.
            const empty = parse<T>('', options);
            return {
                ...empty,
                parserErrors: [
                    fileError(
                        NOT_PARSED,
                        `This file holds ${megabytes(text.length)} of text, too large for a plan (the limit is ${megabytes(MAX_PLAN_BYTES)}; a 50,000-line plan is about 1.3 MB), so it is not checked. Split it into several plans that refer to each other as \`Plan.Element\`.`
                    )
                ]
            };
        }
        try {
            return parse(text, options);
        } catch (error) {
            if (!isStackOverflow(error)) throw error;
            resetAfterOverflow(parser);
            strict ??= buildParser(withoutRecovery(services));
            let result: ParseResult<T>;
            try {
                result = strict.parse<T>(text, options);
            } catch {
                resetAfterOverflow(strict);
                result = parse('', options);
            }
            const tooMany = fileError(
                TOO_MANY_ERRORS,
                'This file has too many syntax errors to check the rest of it. Fix the first one (often a missing `}` or `"`), and the rest will be checked again.',
                result.parserErrors[0]?.token
            );
            return { ...result, parserErrors: [tooMany, ...result.parserErrors] };
        }
    };
    return parser;
}

/** Our parser, with its rules built by the .cop parser builder (as `createLangiumParser` does with Langium's). */
function buildParser(services: LangiumCoreServices): LangiumParser {
    return buildCopParser(services);
}

/**
 * The parser without the guard against stack overflows, its lookahead from the table built
 * with the project (tabled-lookahead.ts), or from `lookahead`.
 */
export function buildCopParser(services: LangiumCoreServices, lookahead: TabledLookahead = lookaheadFor(services, CopLookahead)): LangiumParser {
    return withRules(new CopLangiumParser(withLookahead(services, lookahead)), services);
}

/**
 * A lookahead strategy for one parser (it keeps that parser's grammar): decisions from
 * `table` where it has them, else computed as Langium's parser computes them; with a
 * `recorder`, every decision is computed and shown to it (scripts/record-lookahead.ts).
 */
export function lookaheadFor(
    services: LangiumCoreServices,
    table: LookaheadTable | undefined,
    recorder?: LookaheadRecorder,
    incomplete = false
): TabledLookahead {
    // As Langium's parser: ambiguity messages only when the grammar is not in production mode.
    const logging = services.LanguageMetaData.mode === 'production' ? () => {} : undefined;
    return new TabledLookahead(table, services.parser.Lexer.definition, { logging, incomplete }, recorder);
}

/**
 * The completion parser without the overflow guard. It reads text that stops at the cursor,
 * and Langium's strategy decides differently at such an end (`incomplete`): its decisions
 * have a table of their own.
 */
export function buildCopCompletionParser(
    services: LangiumCoreServices,
    lookahead: TabledLookahead = lookaheadFor(services, CopCompletionLookahead, undefined, true)
): LangiumCompletionParser {
    return withRules(new LangiumCompletionParser(withLookahead(services, lookahead)), services);
}

/** The same services, with this lookahead strategy in the parser's configuration (read once, by the parser's constructor). */
function withLookahead(services: LangiumCoreServices, lookaheadStrategy: TabledLookahead): LangiumCoreServices {
    const parserServices = Object.create(services.parser, {
        ParserConfig: { value: { ...services.parser.ParserConfig, lookaheadStrategy } }
    });
    return Object.create(services, { parser: { value: parserServices } });
}

/** The parser with the grammar's rules, ready to parse (Chevrotain's analysis done). */
function withRules<T extends LangiumParser | LangiumCompletionParser>(parser: T, services: LangiumCoreServices): T {
    buildCopParserRules(services.Grammar, parser, services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}

/** The name of the parser error of a file too large to parse. */
export const NOT_PARSED = 'PlanTooLarge';

/** The name of the parser error of a file parsed again without recovery, which stops at its first error. */
export const TOO_MANY_ERRORS = 'TooManySyntaxErrors';

/** A syntax error about the file as a whole, at `token` or at its start. */
function fileError(name: string, message: string, token?: IRecognitionException['token']): IRecognitionException {
    return {
        name,
        message,
        token: token ?? {
            image: '',
            startOffset: 0,
            startLine: 1,
            startColumn: 1,
            endOffset: 0,
            endLine: 1,
            endColumn: 1,
            tokenTypeIdx: 0,
            tokenType: { name: 'EOF' } as never
        },
        resyncedTokens: [],
        context: { ruleStack: [], ruleOccurrenceStack: [] }
    };
}

/** The completion parser, which meets the same overflow on text before the cursor (and the same size limit): no items then. */
export function createCopCompletionParser(services: LangiumCoreServices): LangiumCompletionParser {
    const parser = buildCopCompletionParser(services);
    const parse = parser.parse.bind(parser);
    parser.parse = (text: string) => {
        if (text.length > MAX_PLAN_BYTES) return parse('');
        try {
            return parse(text);
        } catch (error) {
            if (!isStackOverflow(error)) throw error;
            resetAfterOverflow(parser);
            return parse('');
        }
    };
    return parser;
}

function isStackOverflow(error: unknown): boolean {
    return error instanceof RangeError && /call stack/i.test(error.message);
}

/** An aborted parse leaves half-built nodes on the parser's own stacks; drop them. */
function resetAfterOverflow(parser: object): void {
    const state = parser as { stack?: unknown[]; elementStack?: unknown[]; unorderedGroups?: Map<unknown, unknown> };
    if (Array.isArray(state.stack)) state.stack.length = 0;
    if (Array.isArray(state.elementStack)) state.elementStack.length = 0;
    state.unorderedGroups?.clear();
}

/** The same services, with Chevrotain's error recovery turned off. */
function withoutRecovery(services: LangiumCoreServices): LangiumCoreServices {
    const parserServices = Object.create(services.parser, {
        ParserConfig: { value: { ...services.parser.ParserConfig, recoveryEnabled: false } }
    });
    return Object.create(services, { parser: { value: parserServices } });
}
