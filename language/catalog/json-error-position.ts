/**
 * The offset of the first syntax error in a JSON text, or undefined when it is valid.
 * Node 20's `JSON.parse` messages do not always give a position ("Unexpected token '}'"),
 * and people fixing a catalog need the line and column.
 */
export function jsonErrorOffset(text: string): number | undefined {
    let i = 0;
    const fail = (): never => { throw i; };
    const space = () => { while (i < text.length && /[ \t\n\r]/.test(text[i])) i++; };
    const literal = (word: string) => { if (text.startsWith(word, i)) i += word.length; else fail(); };
    const string = () => {
        i++;
        while (i < text.length && text[i] !== '"') {
            if (text[i] === '\\') {
                i++;
                if (text[i] === 'u') { if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail(); i += 4; }
                else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
            } else if (text.charCodeAt(i) < 0x20) fail();
            i++;
        }
        if (i >= text.length) fail();
        i++;
    };
    const number = () => {
        const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
        if (!match) fail();
        i += match![0].length;
    };
    const value = (): void => {
        space();
        const c = text[i];
        if (c === '{') {
            i++; space();
            if (text[i] === '}') { i++; return; }
            for (;;) {
                space(); if (text[i] !== '"') fail(); string();
                space(); if (text[i] !== ':') fail(); i++;
                value(); space();
                if (text[i] === ',') { i++; continue; }
                if (text[i] === '}') { i++; return; }
                fail();
            }
        } else if (c === '[') {
            i++; space();
            if (text[i] === ']') { i++; return; }
            for (;;) {
                value(); space();
                if (text[i] === ',') { i++; continue; }
                if (text[i] === ']') { i++; return; }
                fail();
            }
        } else if (c === '"') string();
        else if (c === 't') literal('true');
        else if (c === 'f') literal('false');
        else if (c === 'n') literal('null');
        else number();
    };
    try {
        value(); space();
        return i < text.length ? i : undefined;
    } catch (offset) {
        return Math.min(offset as number, text.length);
    }
}
