import type { AstNode, LangiumDocument, URI } from 'langium';
import { WorkspaceCache } from 'langium';
import type { CopCoreServices } from '../cop-core-module.js';
import type { PlanFile } from '../generated/ast.js';
import { planOf } from '../model/plan-queries.js';
import { builtinCatalog } from './builtin-catalog.js';
import type { NamedCatalog } from './catalog-index.js';
import { CatalogIndex } from './catalog-index.js';
import type { PlanResource, PlanResources } from '../workspace/plan-resources.js';
import type { CatalogSettings, SettingsCatalog } from './catalog-settings.js';
import type { PlanConfig } from '../config/plan-config.js';
import { configCatalogUris } from '../config/plan-config.js';

/** A plan catalog as loaded: its entries, or why it cannot be used. */
export type CatalogLoad =
    | { readonly ok: true; readonly uri: string; readonly named: NamedCatalog }
    | { readonly ok: false; readonly uri: string; readonly problems: string[]; readonly readError?: string };

/**
 * The catalogs a plan draws on: the built-in one, those of the settings (`cop.catalogs`,
 * `--catalog`; see CatalogSettings) and those its header names with `catalog "path"`
 * (relative to the plan). Files are read through the workspace's
 * `PlanResources` (Langium's `FileSystemProvider`: Node's in the CLI and server, a virtual
 * one in tests and browsers), which also drops a file when it changes on disk and rebuilds
 * the plans that read it. A catalog is parsed once per text read.
 */
export class CatalogService {
    private readonly resources: PlanResources;
    private readonly settings: CatalogSettings;
    private readonly config: PlanConfig;
    private readonly loads = new WeakMap<Promise<PlanResource>, Promise<CatalogLoad>>();
    private readonly indexes = new Map<string, { reads: Array<Promise<PlanResource>>; index: Promise<CatalogIndex> }>();
    readonly builtinIndex = new CatalogIndex([builtinCatalog]);
    /** The value of each index once it has one (a promise does not tell). */
    private readonly builtIndexes = new WeakMap<Promise<CatalogIndex>, CatalogIndex>();
    private readonly documentIndexes: WorkspaceCache<string, { document: LangiumDocument; root: AstNode; index: Promise<CatalogIndex> }>;

    constructor(services: CopCoreServices) {
        this.resources = services.workspace.PlanResources;
        this.settings = services.catalog.Settings;
        this.config = services.config.PlanConfig;
        this.documentIndexes = new WorkspaceCache(services.shared);
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

    /**
     * The catalogs for every plan that apply to this one: those of its `cop.config.json`
     * (relative to that file; none from a config that cannot be used), then those of the
     * settings (`cop.catalogs`, `--catalog`), which add to them. Each file once; a file the
     * plan also names itself is left to its `catalog` line.
     */
    async settingsCatalogsFor(document: LangiumDocument): Promise<SettingsCatalog[]> {
        const taken = new Set(this.catalogUris(document).map(catalog => catalog.uri.toString()));
        const lookup = await this.config.find(document.uri);
        const fromConfig: SettingsCatalog[] =
            lookup.found && lookup.ok
                ? configCatalogUris(lookup.uri, lookup.config.catalogs).map(catalog => ({
                      ...catalog,
                      config: this.config.shownPath(document.uri, lookup.uri)
                  }))
                : [];
        return [...fromConfig, ...(await this.settings.catalogsFor(document))].filter(catalog => {
            if (!catalog.uri) return true;
            const key = catalog.uri.toString();
            if (taken.has(key)) return false;
            taken.add(key);
            return true;
        });
    }

    /** A catalog file of the settings, read for the plan at `planUri`, parsed. Never throws. */
    loadForSettings(planUri: URI, catalog: { path: string; uri: URI }): Promise<CatalogLoad> {
        return this.parse(this.resources.readUri(planUri, catalog.uri), catalog.path);
    }

    /**
     * The built-in catalog merged with the settings' and the plan's own catalogs that load
     * without problems. Asked for every indicator of a plan on every keystroke (the title
     * check, hover): worked out once per document until the workspace changes, since a
     * change to the plan, a catalog, the config or the settings is an update of the workspace.
     */
    indexFor(document: LangiumDocument): Promise<CatalogIndex> {
        const known = this.documentIndexes.get(document.uri.toString());
        // A document made anew under the same name without an update (tests) is asked afresh.
        if (known?.document === document && known.root === document.parseResult.value) return known.index;
        const index = this.computeIndex(document);
        this.documentIndexes.set(document.uri.toString(), { document, root: document.parseResult.value, index });
        index.then(
            value => this.builtIndexes.set(index, value),
            () => undefined
        );
        return index;
    }

    /** `use` of the document's index: at once when it is known already (the title check of every indicator), else once it is. */
    withIndexFor<T>(document: LangiumDocument, use: (index: CatalogIndex) => T): T | Promise<T> {
        const index = this.indexFor(document);
        const known = this.builtIndexes.get(index);
        return known ? use(known) : index.then(use);
    }

    private async computeIndex(document: LangiumDocument): Promise<CatalogIndex> {
        const fromSettings = (await this.settingsCatalogsFor(document)).flatMap(catalog => (catalog.uri ? [catalog] : []));
        const catalogs = [
            ...fromSettings.map(catalog => ({ path: catalog.path, uri: catalog.uri, read: this.resources.readUri(document.uri, catalog.uri) })),
            ...this.catalogUris(document).map(catalog => ({ path: catalog.path, uri: catalog.uri, read: this.resources.read(document.uri, catalog.path) }))
        ];
        if (catalogs.length === 0) return this.builtinIndex;
        const reads = catalogs.map(catalog => catalog.read);
        const key = catalogs.map(catalog => catalog.uri.toString()).join('\n');
        const cached = this.indexes.get(key);
        // The same reads (no file changed since) give the same index.
        if (cached && cached.reads.every((read, i) => read === reads[i])) return cached.index;
        const index = Promise.all(reads.map((read, i) => this.parse(read, catalogs[i].path))).then(
            loads => new CatalogIndex([builtinCatalog, ...loads.flatMap(load => (load.ok ? [load.named] : []))])
        );
        this.indexes.set(key, { reads, index });
        return index;
    }

    private parse(read: Promise<PlanResource>, path: string): Promise<CatalogLoad> {
        let load = this.loads.get(read);
        if (!load) {
            load = read.then(async resource => {
                const uri = resource.uri.toString();
                if (resource.text === undefined) {
                    // Where relative paths start differs for plan and settings catalogs: the caller says it.
                    return { ok: false, uri, problems: [`no file can be read at that path (${resource.error})`], readError: resource.error };
                }
                // Loaded with the first catalog file: the schema (zod) takes 3 ms to build, and
                // most runs read no catalog file.
                const { parseCatalog } = await import('./catalog-parse.js');
                const parsed = parseCatalog(resource.text);
                return parsed.ok ? { ok: true, uri, named: { origin: path, catalog: parsed.catalog } } : { ok: false, uri, problems: parsed.problems };
            });
            this.loads.set(read, load);
        }
        return load;
    }
}
