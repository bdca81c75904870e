/** The legend of the server's semantic tokens, as its initialize result gives it. */
export interface TokenLegend {
    tokenTypes: string[];
    tokenModifiers: string[];
}

/**
 * The semantic tokens of `text` as LSP encodes them (five numbers each, relative to the one
 * before), read back as `TEXT=type+modifier…` with each token's 1-based line.
 */
export function decodeSemanticTokens(data: readonly number[], text: string, legend: TokenLegend): Array<{ line: number; token: string }> {
    const lines = text.split('\n');
    const tokens: Array<{ line: number; token: string }> = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < data.length; i += 5) {
        const [dLine, dChar, length, type, modifiers] = data.slice(i, i + 5);
        line += dLine;
        character = dLine === 0 ? character + dChar : dChar;
        const mods = legend.tokenModifiers.filter((_, bit) => modifiers & (1 << bit));
        tokens.push({
            line: line + 1,
            token: `${lines[line].slice(character, character + length)}=${legend.tokenTypes[type]}${mods.length ? `+${mods.join('+')}` : ''}`
        });
    }
    return tokens;
}
