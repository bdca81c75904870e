/**
 * Chevrotain's parser messages name token types ("Expecting token of type 'ID'"). Community
 * managers should read what to write instead.
 */
const tokenWords: Record<string, string> = {
    ID: 'a name',
    STRING: 'a quoted text',
    NUMBER: 'a number',
    DATE: 'a date (YYYY-MM or YYYY-MM-DD)',
    EOF: 'the end of the file'
};

function word(token: string): string {
    return tokenWords[token] ?? `\`${token.replace(/^'|'$/g, '')}\``;
}

const outsideBlocks = 'a plan is made of blocks such as `plan`, `members` or `indicator`, and every line belongs inside one.';

export function plainParserMessage(message: string): string {
    const expecting = /^Expecting token of type '([^']+)' but found `([\s\S]*)`\.?$/.exec(message);
    if (expecting?.[1] === 'EOF') {
        return `${found(expecting[2])} cannot start a block here: ${outsideBlocks}`;
    }
    if (expecting) {
        return `Expected ${word(expecting[1])} here, but found ${found(expecting[2])}.`;
    }
    const oneOf =
        /^Expecting: (?:one of these possible Token sequences|expecting at least one iteration which starts with one of these possible Token sequences)::?\s*([\s\S]*?)\s*but found: '([\s\S]*)'$/.exec(
            message
        );
    if (oneOf) {
        const options = [...oneOf[1].matchAll(/\[([^\]]+)\]/g)].map(match => match[1].split(',')[0].trim());
        let unique = [...new Set(options.map(word))];
        // Every keyword is also a valid name, so a list holding "a name" is just "a name".
        if (unique.includes('a name')) unique = unique.filter(option => !option.startsWith('`'));
        unique = unique.slice(0, 8);
        return `Expected ${either(unique)} here, but found ${found(oneOf[2])}.`;
    }
    const redundant = /^Redundant input, expecting EOF but found: ([\s\S]*)$/.exec(message);
    if (redundant) {
        return `Unexpected ${found(redundant[1])}: ${outsideBlocks}`;
    }
    const lexing = /^unexpected character: ->(.)<- at offset: \d+, skipped (\d+) characters\.$/s.exec(message);
    if (lexing) {
        return lexingMessage(lexing[1]);
    }
    return message;
}

/** `a`, `a or b`, `a, b or c`. */
function either(options: readonly string[]): string {
    return options.length < 2 ? options.join('') : `${options.slice(0, -1).join(', ')} or ${options[options.length - 1]}`;
}

function found(text: string): string {
    if (text === '' || text === '<EOF>') return 'the end of the file';
    const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
    return `\`${shown}\``;
}

function lexingMessage(character: string): string {
    if (character === '"') return 'This text has no closing `"`. Close the quote on the same line.';
    if (character === '%') return 'A `%` must follow its number without a space: write `80%`, not `80 %`.';
    const code = character.codePointAt(0) ?? 0;
    const shown =
        code < 32 || code === 0xfffd || (code >= 0xd800 && code <= 0xdfff) ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `\`${character}\``;
    return `The character ${shown} cannot appear here. Put free text in quotes ("…").`;
}
