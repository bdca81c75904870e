import type { TokenBuilderOptions } from 'langium';
import { DefaultTokenBuilder, GrammarAST, RegExpUtils } from 'langium';
import { forEachContent, reachableRules } from './grammar-walk.js';

/** Chevrotain's token type, as Langium's token builder makes it (chevrotain is not our dependency). */
type TokenType = ReturnType<DefaultTokenBuilder['buildTerminalToken']>;

/**
 * Langium's token builder, with the test "could this keyword be the start of a longer name
 * or number?" built once per terminal instead of once per keyword and terminal. A keyword
 * such as `value` is also a valid start of a name (`values`), so the lexer must try the
 * longer terminal too (Chevrotain's LONGER_ALT). Langium rebuilds the terminal's
 * partial-match expression for every keyword: 6 ms of every start of `cop` and the server.
 * Same tokens, same order.
 */
export class CopTokenBuilder extends DefaultTokenBuilder {
    private readonly partialPatterns = new Map<TokenType, RegExp | undefined>();

    /**
     * Langium's `buildTokens` step for step (keywords longest first, then the terminals in
     * the grammar's order), over the grammar by plain recursion (grammar-walk.ts) instead of
     * Langium's streams.
     */
    override buildTokens(grammar: GrammarAST.Grammar, options?: TokenBuilderOptions): TokenType[] {
        const rules = [...reachableRules(grammar)];
        const terminalTokens = rules
            .filter(GrammarAST.isTerminalRule)
            .filter(rule => !rule.fragment)
            .map(rule => this.buildTerminalToken(rule));
        // Each keyword once, where it first occurs (Langium's `distinct`); the sort is stable.
        const keywords = new Map<string, GrammarAST.Keyword>();
        for (const rule of rules) {
            if (!GrammarAST.isAbstractParserRule(rule)) continue;
            forEachContent(rule, node => {
                if (GrammarAST.isKeyword(node) && !keywords.has(node.value)) keywords.set(node.value, node);
            });
        }
        const tokens = [...keywords.values()]
            .sort((a, b) => b.value.length - a.value.length)
            .map(keyword => this.buildKeywordToken(keyword, terminalTokens, Boolean(options?.caseInsensitive)));
        tokens.push(...terminalTokens);
        return tokens;
    }

    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        return terminalTokens.filter(token => {
            const partial = this.partialPattern(token);
            if (!partial) return false;
            const match = keyword.value.match(partial);
            return !!match && match[0].length > 0;
        });
    }

    /** What `RegExpUtils.partialMatches` builds from the terminal's pattern, once. */
    private partialPattern(token: TokenType): RegExp | undefined {
        if (!this.partialPatterns.has(token)) {
            const pattern = token.PATTERN as { source?: string } | undefined;
            this.partialPatterns.set(token, pattern?.source ? RegExpUtils.partialRegExp(`^${pattern.source}$`) : undefined);
        }
        return this.partialPatterns.get(token);
    }
}
