import type { LangiumDocument, URI } from 'langium';
import type { CopServices } from '../cop-module.js';
import type { PlanFile } from '../generated/ast.js';
import { planOf } from '../model/plan-queries.js';
import builtinJson from './builtin-catalog.json' with { type: 'json' };
import type { NamedCatalog } from './catalog-index.js';
import { CatalogIndex } from './catalog-index.js';
import { parseCatalog } from './catalog-parse.js';
import { catalogSchema } from './catalog-schema.js';
import type { PlanResource, PlanResources } from '../workspace/plan-resources.js';

/** A plan catalog as loaded: its entries, or why it cannot be used. */
export type CatalogLoad =
    | { readonly ok: true; readonly uri: string; readonly named: NamedCatalog }
    | { readonly ok: false; readonly uri: string; readonly problems: string[] };

/** The built-in catalog, parsed with the same schema as plan catalogs. */
export const builtinCatalog: NamedCatalog = { origin: 'built-in catalog', catalog: catalogSchema.parse(builtinJson) };

/**
 * The catalogs a plan draws on: the built-in one and those its header names with
 * `catalog "path"` (relative to the plan). Files are read through the workspace's
 * `PlanResources` (Langium's `FileSystemProvider`: Node's in the CLI and server, a virtual
 * one in tests and browsers), which also drops a file when it changes on disk and rebuilds
 * the plans that read it. A catalog is parsed once per text read.
 */
export class CatalogService {
    private readonly resources: PlanResources;
    private readonly loads = new WeakMap<Promise<PlanResource>, Promise<CatalogLoad>>();
    private readonly indexes = new Map<string, { reads: Array<Promise<PlanResource>>; index: Promise<CatalogIndex> }>();
    readonly builtinIndex = new CatalogIndex([builtinCatalog]);

    constructor(services: CopServices) {
        this.resources = services.workspace.PlanResources;
    }

    /** The catalogs a plan names, in header order: the path as written, resolved. */
    catalogUris(document: LangiumDocument): Array<{ path: string; uri: URI; index: number }> {
        const plan = planOf(document.parseResult.value as PlanFile);
        if (!plan) return [];
        return plan.catalogs.map((path, index) => ({ path, index, uri: this.resources.resolve(document.uri, path) }));
    }

    /** The catalog file `path` named by the plan at `planUri`, parsed. Never throws. */
    loadNamedBy(planUri: URI, path: string): Promise<CatalogLoad> {
        return this.parse(this.resources.read(planUri, path), path);
    }

    /** The built-in catalog merged with the plan's own catalogs that load without problems. */
    indexFor(document: LangiumDocument): Promise<CatalogIndex> {
        const catalogs = this.catalogUris(document);
        if (catalogs.length === 0) return Promise.resolve(this.builtinIndex);
        const reads = catalogs.map(catalog => this.resources.read(document.uri, catalog.path));
        const key = catalogs.map(catalog => catalog.uri.toString()).join('\n');
        const cached = this.indexes.get(key);
        // The same reads (no file changed since) give the same index.
        if (cached && cached.reads.every((read, i) => read === reads[i])) return cached.index;
        const index = Promise.all(reads.map((read, i) => this.parse(read, catalogs[i].path))).then(loads =>
            new CatalogIndex([builtinCatalog, ...loads.flatMap(load => load.ok ? [load.named] : [])]));
        this.indexes.set(key, { reads, index });
        return index;
    }

    private parse(read: Promise<PlanResource>, path: string): Promise<CatalogLoad> {
        let load = this.loads.get(read);
        if (!load) {
            load = read.then(resource => {
                const uri = resource.uri.toString();
                if (resource.text === undefined) {
                    return { ok: false, uri, problems: [`no file can be read at that path (${resource.error}; paths are relative to the folder of this plan)`] };
                }
                const parsed = parseCatalog(resource.text);
                return parsed.ok
                    ? { ok: true, uri, named: { origin: path, catalog: parsed.catalog } }
                    : { ok: false, uri, problems: parsed.problems };
            });
            this.loads.set(read, load);
        }
        return load;
    }
}
