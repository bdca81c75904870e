// The impact layer's pages use the one escaper of every page.
export { escapeHtml } from '../../render/escape.js';

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
