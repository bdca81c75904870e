import type { ILookaheadStrategy, ILookaheadValidationError, IProduction, IToken, OptionalProductionType, Rule, TokenType } from 'chevrotain';
import {
    Alternation,
    Alternative,
    EOF,
    NonTerminal,
    Option,
    Repetition,
    RepetitionMandatory,
    RepetitionMandatoryWithSeparator,
    RepetitionWithSeparator,
    Terminal
} from 'chevrotain';
import { LLStarLookaheadStrategy } from 'chevrotain-allstar';

/**
 * The parser's lookahead, decided when the project is built instead of on every start.
 *
 * Before it parses anything, Chevrotain asks its lookahead strategy for a function per
 * decision of the grammar (which alternative, whether an optional part or one more repetition
 * follows). Langium's strategy (chevrotain-allstar) computes the tokens that can start each
 * alternative, from the whole grammar, for every decision: about 25 ms of every `cop` run and
 * server start. Almost every decision of the .cop grammar is then settled by the next token
 * alone, so the answer is a table from token to choice, the same on every run.
 *
 * `npm run langium:generate` builds the parser once with the live strategy and asks each of
 * its decision functions, for every token, what it chooses (scripts/record-lookahead.ts):
 * a function that looks at no token but the next is replaced by the table it answered
 * (language/parser/generated/lookahead.ts, git-ignored); one that looks further keeps the live strategy. The
 * table carries a fingerprint of the grammar it was recorded for: a parser whose grammar
 * differs (cop.langium edited, the table not generated again) uses the live strategy for
 * every decision, as before, only slower. test/parser/tabled-lookahead.test.ts checks that
 * the table is in use and answers as the live strategy does.
 */
export interface LookaheadTable {
    /** `grammarFingerprint` of the grammar the table was recorded for. */
    readonly fingerprint: string;
    /** Per alternation (`rule/Alternation/occurrence`): for each alternative, the tokens that choose it. */
    readonly alternations: Readonly<Record<string, readonly (readonly string[])[]>>;
    /** Per option or repetition (`rule/Option/occurrence`, …): the tokens that enter it. */
    readonly optionals: Readonly<Record<string, readonly string[]>>;
}

/** The options of Langium's strategy: ambiguity messages, and whether the input may end early (completion). */
export interface LookaheadOptions {
    readonly logging?: (message: string) => void;
    readonly incomplete?: boolean;
}

/** Where the live decision functions go when a table is being recorded. */
export interface LookaheadRecorder {
    /** The grammar as Chevrotain recorded it, before any decision. */
    grammar(rules: readonly Rule[]): void;
    alternation(key: string, decide: AlternationLookahead): void;
    optional(key: string, decide: OptionalLookahead): void;
}

type AlternationOptions = Parameters<ILookaheadStrategy['buildLookaheadForAlternation']>[0];
type OptionalOptions = Parameters<ILookaheadStrategy['buildLookaheadForOptional']>[0];
export type AlternationLookahead = ReturnType<ILookaheadStrategy['buildLookaheadForAlternation']>;
export type OptionalLookahead = ReturnType<ILookaheadStrategy['buildLookaheadForOptional']>;

/** What a decision function reads of the parser: the tokens ahead (Chevrotain calls it with the parser as `this`). */
interface TokensAhead {
    LA_FAST(howMuch: number): IToken;
}

export class TabledLookahead implements ILookaheadStrategy {
    private live: LLStarLookaheadStrategy | undefined;
    private rules: Rule[] = [];
    private inUse: LookaheadTable | undefined;
    /** Token types by name, the lexer's and EOF. */
    private readonly tokens: ReadonlyMap<string, TokenType>;

    constructor(
        private readonly table: LookaheadTable | undefined,
        tokens: Readonly<Record<string, TokenType>>,
        private readonly options: LookaheadOptions,
        private readonly recorder?: LookaheadRecorder
    ) {
        this.tokens = new Map([...Object.entries(tokens), [EOF.name, EOF]]);
    }

    /** Whether the parser takes its decisions from the table (false: the table is missing or was recorded for another grammar). */
    get tableInUse(): boolean {
        return this.inUse !== undefined;
    }

    validate(options: { rules: Rule[]; tokenTypes: TokenType[]; grammarName: string }): ILookaheadValidationError[] {
        return this.liveStrategy().validate(options);
    }

    initialize(options: { rules: Rule[] }): void {
        this.rules = options.rules;
        this.recorder?.grammar(options.rules);
        this.inUse = this.table && !this.recorder && this.table.fingerprint === grammarFingerprint(options.rules) ? this.table : undefined;
    }

    buildLookaheadForAlternation(options: AlternationOptions): AlternationLookahead {
        const key = decisionKey(options.rule, 'Alternation', options.prodOccurrence);
        const alternatives = this.inUse?.alternations[key];
        if (alternatives && !options.hasPredicates && !options.dynamicTokensEnabled) return this.alternationFromTable(alternatives);
        const decide = this.liveStrategy().buildLookaheadForAlternation(options);
        this.recorder?.alternation(key, decide);
        return decide;
    }

    buildLookaheadForOptional(options: OptionalOptions): OptionalLookahead {
        const key = decisionKey(options.rule, options.prodType, options.prodOccurrence);
        const entering = this.inUse?.optionals[key];
        if (entering && !options.dynamicTokensEnabled) return this.optionalFromTable(entering);
        const decide = this.liveStrategy().buildLookaheadForOptional(options);
        this.recorder?.optional(key, decide);
        return decide;
    }

    /** Langium's strategy, made (and its grammar network built) only when a decision needs it. */
    private liveStrategy(): LLStarLookaheadStrategy {
        if (!this.live) {
            this.live = new LLStarLookaheadStrategy({ logging: this.options.logging, incomplete: this.options.incomplete });
            this.live.initialize({ rules: this.rules });
        }
        return this.live;
    }

    private alternationFromTable(alternatives: readonly (readonly string[])[]): AlternationLookahead {
        // Indexed by the token's type number, which differs between lexers: made from the names.
        const choice: (number | undefined)[] = [];
        alternatives.forEach((names, alternative) => {
            for (const name of names) choice[tokenIndex(this.token(name))] = alternative;
        });
        return function (this: TokensAhead) {
            return choice[this.LA_FAST(1).tokenTypeIdx];
        };
    }

    private optionalFromTable(entering: readonly string[]): OptionalLookahead {
        // One token enters most options and repetitions: compared, as chevrotain-allstar does.
        if (entering.length === 1) {
            const only = tokenIndex(this.token(entering[0]));
            return function (this: TokensAhead) {
                return this.LA_FAST(1).tokenTypeIdx === only;
            };
        }
        const enters: boolean[] = [];
        for (const name of entering) enters[tokenIndex(this.token(name))] = true;
        return function (this: TokensAhead) {
            return enters[this.LA_FAST(1).tokenTypeIdx] === true;
        };
    }

    private token(name: string): TokenType {
        const token = this.tokens.get(name);
        // Cannot happen with a table of this grammar (the fingerprint names every token).
        if (!token) throw new Error(`The parser's lookahead table names a token the lexer does not have: ${name}.`);
        return token;
    }
}

/** The number Chevrotain gives each token type when a lexer is made (what the parser compares). */
export function tokenIndex(token: TokenType): number {
    if (token.tokenTypeIdx === undefined) throw new Error(`The token ${token.name} has no number: it was not made by Chevrotain's createToken.`);
    return token.tokenTypeIdx;
}

/** `rule/kind/occurrence`, the rule without the mark Langium appends to its rule names. */
export function decisionKey(rule: Rule, kind: 'Alternation' | OptionalProductionType, occurrence: number): string {
    return `${rule.name.replace(/\u200B$/, '')}/${kind}/${occurrence}`;
}

/**
 * A hash of the grammar as Chevrotain recorded it (rules, their parts, the tokens and rules
 * they name, the occurrence numbers): what every lookahead decision is computed from. Walked
 * by hand, not through `serializeGrammar` and JSON, which cost 2.5 ms of every start.
 */
export function grammarFingerprint(rules: readonly Rule[]): string {
    const hash = new Hash53();
    for (const rule of rules) {
        hash.add(rule.name);
        addProductions(hash, rule.definition);
    }
    return hash.digest();
}

function addProductions(hash: Hash53, productions: readonly IProduction[]): void {
    hash.add('[');
    for (const production of productions) {
        if (production instanceof Terminal) hash.add(`T${production.terminalType.name}#${production.idx}`);
        else if (production instanceof NonTerminal) hash.add(`N${production.nonTerminalName}#${production.idx}`);
        else if (production instanceof Alternative) addProductions(hash, production.definition);
        else if (production instanceof Alternation) addPart(hash, 'A', production.idx, production.definition);
        else if (production instanceof Option) addPart(hash, 'O', production.idx, production.definition);
        else if (production instanceof Repetition) addPart(hash, 'R', production.idx, production.definition);
        else if (production instanceof RepetitionMandatory) addPart(hash, 'M', production.idx, production.definition);
        else if (production instanceof RepetitionWithSeparator) addPart(hash, `S${production.separator.name}`, production.idx, production.definition);
        else if (production instanceof RepetitionMandatoryWithSeparator) addPart(hash, `W${production.separator.name}`, production.idx, production.definition);
        // A kind of part this walk does not know (a newer Chevrotain): the fingerprint matches no table.
        else hash.add(`?${Math.random()}`);
    }
    hash.add(']');
}

function addPart(hash: Hash53, kind: string, occurrence: number, definition: readonly IProduction[]): void {
    hash.add(`${kind}#${occurrence}`);
    addProductions(hash, definition);
}

/** cyrb53, a fast 53-bit string hash (no crypto: the core also runs in a browser), fed piece by piece. */
class Hash53 {
    private h1 = 0xdeadbeef;
    private h2 = 0x41c6ce57;

    add(text: string): void {
        let { h1, h2 } = this;
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            h1 = Math.imul(h1 ^ c, 2654435761);
            h2 = Math.imul(h2 ^ c, 1597334677);
        }
        this.h1 = h1;
        this.h2 = h2;
    }

    digest(): string {
        let { h1, h2 } = this;
        h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
        h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
        return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
    }
}
