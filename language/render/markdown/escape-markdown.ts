/**
 * THE markdown escaper: every plan, catalog or actuals string that goes into markdown (the
 * `cop export --format md` file, the impact report, and every hover and completion
 * documentation the language server sends) goes through here, so a title such as
 * `[click](command:workbench.action.quit)`, `![x](http://…)`, `<img onerror=…>` or
 * `<https://…>` reads as literal text in any CommonMark (or GitHub-flavoured) renderer:
 * - emphasis, code, link, image, strikethrough and table punctuation gets a backslash;
 * - `<`, `>` and `&` become entities, so there is no inline HTML, no `<…>` autolink and no
 *   character reference;
 * - `://` and `www.` get a backslash, so renderers that link bare URLs (GFM's extended
 *   autolinks, VS Code's hovers) do not;
 * - line breaks become spaces (a table cell stays one row, a title stays one line), leading
 *   blanks go (four would open a code block), and a leading `#`, `-`, `+`, `=` or `1.` is
 *   escaped so the text never opens a heading or a list.
 */
export function escapeMarkdown(text: string | number | undefined): string {
    return String(text ?? '')
        .replace(/\r\n|\r|\n/g, ' ')
        .replace(/^\s+/, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_[\]|~!])/g, '\\$1')
        .replace(/:\/\//g, '\\://')
        .replace(/\b(www)\./gi, '$1\\.')
        .replace(/^([#+=-])/, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A name or unit in inline code; a backtick inside, which would end the span, becomes a quote. */
export function codeSpan(name: string | number): string {
    return (
        '`' +
        String(name)
            .replace(/`/g, "'")
            .replace(/\r\n|\r|\n/g, ' ') +
        '`'
    );
}
