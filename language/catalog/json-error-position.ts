/**
 * The offset of the first syntax error in a JSON text, or undefined when it is valid.
 * Node 20's `JSON.parse` messages do not always give a position ("Unexpected token '}'"),
 * and people fixing a catalog need the line and column.
 */
export function jsonErrorOffset(text: string): number | undefined {
    let i = 0;
    const fail = (): never => {
        throw i;
    };
    const space = () => {
        while (i < text.length && /[ \t\n\r]/.test(text[i])) i++;
    };
    const literal = (word: string) => {
        if (text.startsWith(word, i)) i += word.length;
        else fail();
    };
    const string = () => {
        i++;
        while (i < text.length && text[i] !== '"') {
            if (text[i] === '\\') {
                i++;
                if (text[i] === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
                    i += 4;
                } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
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
            i++;
            space();
            if (text[i] === '}') {
                i++;
                return;
            }
            for (;;) {
                space();
                if (text[i] !== '"') fail();
                string();
                space();
                if (text[i] !== ':') fail();
                i++;
                value();
                space();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === '}') {
                    i++;
                    return;
                }
                fail();
            }
        } else if (c === '[') {
            i++;
            space();
            if (text[i] === ']') {
                i++;
                return;
            }
            for (;;) {
                value();
                space();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === ']') {
                    i++;
                    return;
                }
                fail();
            }
        } else if (c === '"') string();
        else if (c === 't') literal('true');
        else if (c === 'f') literal('false');
        else if (c === 'n') literal('null');
        else number();
    };
    try {
        value();
        space();
        return i < text.length ? i : undefined;
    } catch (offset) {
        return Math.min(offset as number, text.length);
    }
}

export type JsonRead = { readonly ok: true; readonly json: unknown } | { readonly ok: false; readonly problem: string };

/**
 * Reads the JSON of a catalog or config file: a byte-order mark is skipped (editors on
 * Windows write one, and JSON.parse rejects it), and a syntax error is a sentence with its
 * line and column. `emptyHint` says what an empty file should hold.
 */
export function readJson(raw: string, emptyHint: string): JsonRead {
    const text = raw.replace(/^\uFEFF/, '');
    try {
        return { ok: true, json: JSON.parse(text) };
    } catch (error) {
        return { ok: false, problem: syntaxProblem(text, error, emptyHint) };
    }
}

function syntaxProblem(text: string, error: unknown, emptyHint: string): string {
    if (text.trim() === '') return `the file is empty; ${emptyHint}`;
    const offset = jsonErrorOffset(text);
    if (offset === undefined) return `it is not valid JSON (${error instanceof Error ? error.message : String(error)})`;
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    const found = offset < text.length ? `unexpected \`${text[offset]}\`` : 'the text ends too early';
    return `it is not valid JSON at line ${line}, column ${column} (${found}; look for a missing or extra comma, quote or bracket just before; JSON has no comments)`;
}
