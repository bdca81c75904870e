import type { CatalogHitKind } from '../../language/catalog/catalog-search.js';

/** The tools' names, as contributed in package.json (`contributes.languageModelTools`). */
export const LM_TOOL_NAMES = { check: 'cop_check', evaluate: 'cop_evaluate', catalogSearch: 'cop_catalog_search' } as const;

/** The inputs of the tools, read from what the assistant sent (its JSON is not trusted). */
export interface PlanToolInput {
    readonly path?: string;
}

export interface CatalogToolInput {
    readonly query: string;
    readonly kinds?: CatalogHitKind[];
    readonly limit?: number;
}

const hitKinds: readonly CatalogHitKind[] = ['indicator', 'measure', 'value', 'cycle-example'];

/** `{ path? }`, or why not. */
export function planToolInput(input: unknown): PlanToolInput | string {
    if (typeof input !== 'object' || input === null) return 'The input must be an object, e.g. { "path": "plans/support.cop" }.';
    if (!('path' in input) || input.path === undefined) return {};
    if (typeof input.path !== 'string' || !input.path.endsWith('.cop')) return '`path` must name a .cop plan file, e.g. "plans/support.cop".';
    return { path: input.path };
}

/** `{ query, kinds?, limit? }`, or why not. */
export function catalogToolInput(input: unknown): CatalogToolInput | string {
    if (typeof input !== 'object' || input === null || !('query' in input) || typeof input.query !== 'string' || input.query.trim() === '') {
        return 'The input needs `query`: the words to look for, e.g. { "query": "time to answer" }.';
    }
    const asked: unknown = 'kinds' in input ? input.kinds : undefined;
    const kinds = Array.isArray(asked) ? hitKinds.filter(kind => asked.includes(kind)) : undefined;
    const limit = 'limit' in input && typeof input.limit === 'number' && Number.isInteger(input.limit) && input.limit > 0 ? input.limit : undefined;
    return { query: input.query.slice(0, 1000), kinds, limit };
}
