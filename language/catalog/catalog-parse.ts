import type { z } from 'zod';
import type { Catalog } from './catalog-schema.js';
import { catalogSchema } from './catalog-schema.js';
import { readJson } from './json-error-position.js';

export type CatalogParseResult = { readonly ok: true; readonly catalog: Catalog } | { readonly ok: false; readonly problems: string[] };

const listNames: Record<string, string> = {
    indicators: 'indicator',
    measures: 'measure',
    values: 'value',
    cycles: 'cycle example'
};

/**
 * Parses the text of a catalog file. Problems are sentences a community manager can act
 * on: which entry (its position and id) and which field is wrong, and how.
 */
export function parseCatalog(raw: string): CatalogParseResult {
    const read = readJson(raw, 'a catalog is a JSON object with `"version": 1`');
    if (!read.ok) return { ok: false, problems: [read.problem] };
    const json = read.json;
    const result = catalogSchema.safeParse(json);
    if (result.success) return { ok: true, catalog: result.data };
    return { ok: false, problems: result.error.issues.map(issue => issueProblem(json, issue)) };
}

/** "indicators entry 3 (id "page-views"), field `kind`: …" from a zod issue's path. */
export function issueProblem(json: unknown, issue: z.core.$ZodIssue): string {
    const path = issue.path;
    const parts: string[] = [];
    let index = 0;
    if (typeof path[0] === 'string' && typeof path[1] === 'number') {
        const list = path[0];
        const position = path[1];
        const entry = (json as Record<string, unknown[]>)[list]?.[position] as { id?: unknown; title?: unknown; text?: unknown } | undefined;
        const label =
            typeof entry?.id === 'string'
                ? ` (id "${entry.id}")`
                : typeof entry?.title === 'string'
                  ? ` ("${entry.title}")`
                  : typeof entry?.text === 'string'
                    ? ` ("${entry.text}")`
                    : '';
        parts.push(`${listNames[list] ?? list} ${position + 1}${label}`);
        index = 2;
    }
    const field = path.slice(index).map(String).join('.');
    if (field) parts.push(`field \`${field}\``);
    const where = parts.length > 0 ? parts.join(', ') : 'the top level';
    return `${where}: ${plainIssueMessage(issue)}`;
}

function plainIssueMessage(issue: z.core.$ZodIssue): string {
    switch (issue.code) {
        case 'invalid_value':
            return `expected one of ${issue.values.map(value => JSON.stringify(value)).join(', ')}`;
        case 'invalid_type':
            return issue.message.includes('received undefined') ? `is missing (expected ${issue.expected})` : `expected ${issue.expected}`;
        case 'unrecognized_keys':
            return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map(key => `\`${key}\``).join(', ')}`;
        default:
            return issue.message;
    }
}
