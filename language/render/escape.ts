const htmlEscapes: Record<string, string> = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '`': '&#96;'
};

/**
 * Escapes text for HTML and SVG text content and for quoted attribute values alike: every
 * plan string goes through here, so a title like `<script>` or `" onclick="…` reads as
 * literal text. Undefined and null become the empty string.
 */
export function escapeHtml(text: string | number | null | undefined): string {
    return String(text ?? '').replace(/[&<>"'`]/g, ch => htmlEscapes[ch]);
}

/** `name="value"` with the value escaped; values are always quoted. */
export function attr(name: string, value: string | number | undefined): string {
    return `${name}="${escapeHtml(value)}"`;
}
