// Words the impact views print; text is escaped by the one escaper, language/render/escape.ts.

/** Operators as people read them. */
export function operatorText(op: string): string {
    return ({ '>=': '≥', '<=': '≤', '=': '=', '>': '>', '<': '<' } as Record<string, string>)[op] ?? op;
}

export const statusLabels: Record<string, string> = {
    met: 'met',
    'on-track': 'on track',
    'at-risk': 'at risk',
    'off-track': 'off track',
    missed: 'missed',
    'no-data': 'no data'
};
