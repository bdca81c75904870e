import type { FileSystemProvider, LangiumDocument, LangiumDocuments } from 'langium';
import { URI, UriUtils } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CopServices } from '../cop-module.js';
import type { PlanFile } from '../generated/ast.js';
import { planOf } from '../model/plan-queries.js';
import builtinJson from './builtin-catalog.json' with { type: 'json' };
import type { NamedCatalog } from './catalog-index.js';
import { CatalogIndex } from './catalog-index.js';
import type { CatalogParseResult } from './catalog-parse.js';
import { parseCatalog } from './catalog-parse.js';
import { catalogSchema } from './catalog-schema.js';

/** A plan catalog as loaded: its entries, or why it cannot be used. */
export type CatalogLoad =
    | { readonly ok: true; readonly uri: string; readonly named: NamedCatalog }
    | { readonly ok: false; readonly uri: string; readonly problems: string[] };

/** The built-in catalog, parsed with the same schema as plan catalogs. */
export const builtinCatalog: NamedCatalog = { origin: 'built-in catalog', catalog: catalogSchema.parse(builtinJson) };

/**
 * The catalogs a plan draws on: the built-in one and those its header names with
 * `catalog "path"` (relative to the plan). Files are read through Langium's
 * `FileSystemProvider` (Node's in the CLI and server, a virtual one in tests and browsers)
 * and cached per URI. When a catalog file changes on disk (the language server's watched
 * files), its cache entry is dropped and the plans that name it are re-validated.
 */
export class CatalogService {
    private readonly fileSystem: FileSystemProvider;
    private readonly documents: LangiumDocuments;
    private readonly loads = new Map<string, Promise<CatalogLoad>>();
    private readonly indexes = new Map<string, Promise<CatalogIndex>>();
    readonly builtinIndex = new CatalogIndex([builtinCatalog]);

    constructor(services: CopServices) {
        const shared = services.shared;
        this.fileSystem = shared.workspace.FileSystemProvider;
        this.documents = shared.workspace.LangiumDocuments;
        this.watchCatalogFiles(shared);
    }

    /** The URIs of the catalogs a plan names, in header order (as written, resolved). */
    catalogUris(document: LangiumDocument): Array<{ path: string; uri: URI; index: number }> {
        const plan = planOf(document.parseResult.value as PlanFile);
        if (!plan) return [];
        const folder = UriUtils.dirname(document.uri);
        return plan.catalogs.map((path, index) => ({ path, index, uri: UriUtils.resolvePath(folder, path) }));
    }

    /** Loads (once, then from cache) the catalog file at `uri`. Never throws. */
    load(uri: URI, path: string = uri.path): Promise<CatalogLoad> {
        const key = uri.toString();
        let load = this.loads.get(key);
        if (!load) {
            load = this.readAndParse(uri, path);
            this.loads.set(key, load);
        }
        return load;
    }

    /** The built-in catalog merged with the plan's own catalogs that load without problems. */
    indexFor(document: LangiumDocument): Promise<CatalogIndex> {
        const catalogs = this.catalogUris(document);
        if (catalogs.length === 0) return Promise.resolve(this.builtinIndex);
        const key = catalogs.map(catalog => catalog.uri.toString()).join('\n');
        let index = this.indexes.get(key);
        if (!index) {
            index = Promise.all(catalogs.map(catalog => this.load(catalog.uri, catalog.path))).then(loads =>
                new CatalogIndex([builtinCatalog, ...loads.flatMap(load => load.ok ? [load.named] : [])]));
            this.indexes.set(key, index);
        }
        return index;
    }

    /** Forgets a cached catalog file; returns the plans that name it. */
    invalidate(uri: string): LangiumDocument[] {
        this.loads.delete(uri);
        this.indexes.clear();
        return this.documents.all
            .filter(document => this.catalogUris(document).some(catalog => catalog.uri.toString() === uri))
            .toArray();
    }

    private async readAndParse(uri: URI, path: string): Promise<CatalogLoad> {
        const key = uri.toString();
        let text: string;
        try {
            text = await this.fileSystem.readFile(uri);
        } catch {
            return { ok: false, uri: key, problems: ['no file can be read at that path (paths are relative to the folder of this plan)'] };
        }
        const parsed: CatalogParseResult = parseCatalog(text);
        return parsed.ok
            ? { ok: true, uri: key, named: { origin: path, catalog: parsed.catalog } }
            : { ok: false, uri: key, problems: parsed.problems };
    }

    private watchCatalogFiles(shared: LangiumSharedServices): void {
        // Only the language server has an update handler fed by the client's file watcher.
        const handler = shared.lsp.DocumentUpdateHandler;
        if (!handler?.onWatchedFilesChange || !shared.lsp.Connection) return;
        handler.onWatchedFilesChange(params => {
            const plans = new Map<string, URI>();
            for (const change of params.changes) {
                for (const document of this.invalidate(URI.parse(change.uri).toString())) {
                    plans.set(document.uri.toString(), document.uri);
                }
            }
            if (plans.size === 0) return;
            const builder = shared.workspace.DocumentBuilder;
            void shared.workspace.WorkspaceLock.write(token => builder.update([...plans.values()], [], token));
        });
    }
}
