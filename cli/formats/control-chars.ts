/**
 * A plan's text (titles, names, quoted in messages) and a file's name may hold any character,
 * among them ESC (terminal escape sequences that recolour or retitle the terminal), CR and LF
 * (a forged diagnostic line, or a `::error` workflow command on a line of its own) and C1
 * controls such as U+009B (CSI). Output for a terminal or a log shows them as escapes instead:
 * `\n`, `\r`, `\t`, `\x1b` for C0 and DEL, `\u009b` for C1, `\u2028`/`\u2029` for the
 * Unicode line separators.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is what this file is for.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: as above.
const CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/g;

function escapeOne(ch: string): string {
    if (ch === '\n') return '\\n';
    if (ch === '\r') return '\\r';
    if (ch === '\t') return '\\t';
    const code = ch.charCodeAt(0);
    return code < 0x80 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** The text with every control character written as an escape: safe on one line of a terminal. */
export function escapeControls(text: string): string {
    return text.replace(CONTROL, escapeOne);
}

/** The same, but CR and LF are kept (for formats that escape line breaks their own way, or messages of several lines). */
export function escapeControlsButLineBreaks(text: string): string {
    return text.replace(CONTROL_BUT_LINE_BREAKS, escapeOne);
}
