import builtinJson from './builtin-catalog.json' with { type: 'json' };
import type { NamedCatalog } from './catalog-index.js';
import type { Catalog } from './catalog-schema.js';

/**
 * The built-in catalog: every indicator, measure, matrix value and cycle example of the
 * source documents. It is our own file, checked against the catalog schema by a test
 * (test/catalog/builtin-catalog.test.ts: it parses, and parsing changes nothing), so it is
 * not parsed again on every start (5 ms of each `cop` run).
 */
export const builtinCatalog: NamedCatalog = { origin: 'built-in catalog', catalog: builtinJson as Catalog };
