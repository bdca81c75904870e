// The part of scripts/langium-generate.mjs that decides what is printed (tested on its own
// in test/langium/grammar-warnings.test.ts).

// biome-ignore lint/suspicious/noControlCharactersInRegex: langium-cli colours its lines on a terminal.
const colours = /\u001b\[[0-9;]*m/g;

/**
 * The generator's output lines without the intended repeats: a line is left out when, its
 * colours removed, it ends with how one of them is printed (`:LINE:COLUMN - message`).
 * @param {readonly string[]} lines
 * @param {readonly string[]} intended
 * @returns {{ kept: string[]; left: number }}
 */
export function filterGeneratorOutput(lines, intended) {
    const keys = new Set(intended);
    const kept = [];
    let left = 0;
    for (const line of lines) {
        const plain = line.replace(colours, '');
        const at = plain.search(/:\d+:\d+ - /);
        if (at >= 0 && keys.has(plain.slice(at))) left++;
        else kept.push(line);
    }
    return { kept, left };
}
