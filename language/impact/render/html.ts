/** Escapes text for HTML and SVG element content and attribute values: plan strings are never markup. */
export function escapeHtml(text: string | null | undefined): string {
    return (text ?? '').replace(/[&<>"']/g, ch => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

/** Operators as people read them. */
export function operatorText(op: string): string {
    return ({ '>=': '≥', '<=': '≤', '=': '=', '>': '>', '<': '<' } as Record<string, string>)[op] ?? op;
}

export const statusLabels: Record<string, string> = {
    'met': 'met',
    'on-track': 'on track',
    'at-risk': 'at risk',
    'off-track': 'off track',
    'missed': 'missed',
    'no-data': 'no data'
};
