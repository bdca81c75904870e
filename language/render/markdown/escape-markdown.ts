/**
 * Escapes a plan string for Markdown text and table cells (never at a line start): emphasis,
 * code, link and table punctuation gets a backslash, and `<`, `>`, `&` become entities so no renderer (GitHub, wikis) reads inline
 * HTML out of a title. Line breaks become spaces so a cell stays one row.
 */
export function escapeMarkdown(text: string | undefined): string {
    return String(text ?? '')
        .replace(/\r?\n|\r/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_[\]|~])/g, '\\$1');
}

/** A name in inline code; backticks inside are impossible (names are identifiers) but guarded. */
export function codeSpan(name: string): string {
    return '`' + name.replace(/`/g, "'") + '`';
}
