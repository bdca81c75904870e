import { createRequire } from 'node:module';

type DuckDbApi = typeof import('@duckdb/node-api');

let loaded: DuckDbApi | undefined;

/**
 * DuckDB's Node API, loaded on first use (by `cop measure` and `cop check --data` only, so no
 * other command loads native code). The CLI bundle runs through a V8 code cache
 * (cli/code-cache.ts) where dynamic `import()` is not available: it is required instead,
 * from beside the bundle, where npm installed it as the package's dependency.
 */
export function loadDuckDb(): DuckDbApi {
    if (!loaded) {
        const from = typeof __filename === 'string' ? __filename : `${process.cwd()}/cop.js`;
        loaded = createRequire(from)('@duckdb/node-api') as DuckDbApi;
    }
    return loaded;
}
