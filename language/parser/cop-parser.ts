import type { LangiumCoreServices, LangiumParser, ParseResult } from 'langium';
import { createCompletionParser, createLangiumParser } from 'langium';

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
    const parser = createLangiumParser(services);
    const parse = parser.parse.bind(parser);
    let strict: LangiumParser | undefined;
    parser.parse = <T extends import('langium').AstNode>(text: string, options?: { rule?: string }): ParseResult<T> => {
        try {
            return parse(text, options);
        } catch (error) {
            if (!isStackOverflow(error)) throw error;
            resetAfterOverflow(parser);
            strict ??= createLangiumParser(withoutRecovery(services));
            let result: ParseResult<T>;
            try {
                result = strict.parse<T>(text, options);
            } catch {
                resetAfterOverflow(strict);
                result = parse('', options);
            }
            const first = result.parserErrors[0]?.token;
            const tooMany: IRecognitionException = {
                name: 'TooManySyntaxErrors',
                message: 'This file has too many syntax errors to check the rest of it. Fix the first one (often a missing `}` or `"`), and the rest will be checked again.',
                token: first ?? { image: '', startOffset: 0, startLine: 1, startColumn: 1, endOffset: 0, endLine: 1, endColumn: 1, tokenTypeIdx: 0, tokenType: { name: 'EOF' } as never },
                resyncedTokens: [],
                context: { ruleStack: [], ruleOccurrenceStack: [] }
            };
            return { ...result, parserErrors: [tooMany, ...result.parserErrors] };
        }
    };
    return parser;
}

/** The completion parser, which meets the same overflow on text before the cursor: no items then. */
export function createCopCompletionParser(services: LangiumCoreServices): ReturnType<typeof createCompletionParser> {
    const parser = createCompletionParser(services);
    const parse = parser.parse.bind(parser);
    parser.parse = (text: string) => {
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
