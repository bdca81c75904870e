import type { IToken, TokenType } from 'chevrotain';
import { EOF } from 'chevrotain';
import type { LangiumCoreServices } from 'langium';
import { buildCopCompletionParser, buildCopParser, lookaheadFor } from './cop-parser.js';
import type { LookaheadRecorder, LookaheadTable } from './tabled-lookahead.js';
import { grammarFingerprint, tokenIndex } from './tabled-lookahead.js';

/** Thrown by the probe parser when a decision function looks past the next token. */
class LooksFurther extends Error {}

/**
 * The lookahead table of the .cop grammar (tabled-lookahead.ts), for the parser or the
 * completion parser: builds it with
 * Langium's own strategy and asks each of its decision functions what it chooses when the
 * next token is each token of the lexer, or the end of the text. A function that asks for a
 * second token, or reads anything else of the parser, is left out of the table: the parser
 * keeps computing it.
 */
export function recordLookahead(
    services: LangiumCoreServices,
    parser: 'parser' | 'completion' = 'parser'
): LookaheadTable & { readonly live: readonly string[] } {
    const vocabulary: TokenType[] = [...Object.values(services.parser.Lexer.definition), EOF];
    const alternations: Record<string, string[][]> = {};
    const optionals: Record<string, string[]> = {};
    const live: string[] = [];
    let fingerprint: string | undefined;
    const recorder: LookaheadRecorder = {
        grammar: rules => {
            fingerprint = grammarFingerprint(rules);
        },
        alternation: (key, decide) => {
            const answers = probe(decide, vocabulary);
            if (!answers) return void live.push(key);
            const alternatives: string[][] = [];
            answers.forEach((answer, i) => {
                if (typeof answer === 'number') (alternatives[answer] ??= []).push(vocabulary[i].name);
            });
            // Alternatives no token chooses stay empty lists, not holes in the JSON.
            alternations[key] = Array.from(alternatives, names => names ?? []);
        },
        optional: (key, decide) => {
            const answers = probe(decide, vocabulary);
            if (!answers) return void live.push(key);
            optionals[key] = vocabulary.filter((_, i) => answers[i] === true).map(token => token.name);
        }
    };
    if (parser === 'parser') buildCopParser(services, lookaheadFor(services, undefined, recorder));
    else buildCopCompletionParser(services, lookaheadFor(services, undefined, recorder, true));
    if (fingerprint === undefined) throw new Error('The parser was built without its grammar being analysed.');
    return { fingerprint, alternations, optionals, live };
}

/** The decision's answer for each token type as the next token, or undefined when it looks further. */
function probe(decide: () => unknown, vocabulary: readonly TokenType[]): unknown[] | undefined {
    const answers: unknown[] = [];
    for (const tokenType of vocabulary) {
        const next: IToken = { image: '', startOffset: 0, tokenType, tokenTypeIdx: tokenIndex(tokenType) };
        // Nothing but the next token: any other member read is undefined and fails the call.
        const ahead = (howMuch: number) => {
            if (howMuch !== 1) throw new LooksFurther();
            return next;
        };
        const parser = { LA_FAST: ahead, LA: ahead };
        try {
            answers.push(decide.call(parser));
        } catch {
            return undefined;
        }
    }
    return answers;
}
