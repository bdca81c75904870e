import type { Diagnostic } from 'vscode-languageserver-types';
import type { LangiumDocument } from 'langium';
import { URI, UriUtils } from 'langium';
import type { CopCoreServices } from '../cop-core-module.js';
import type { PlanResource, PlanResources } from '../workspace/plan-resources.js';
import type { CopConfig, RuleLevel } from './config-schema.js';

/** The file name looked for in a plan's folder and every folder above it. */
export const CONFIG_FILE_NAME = 'cop.config.json';

/** The config that applies to a plan: none, one that can be used, or one that cannot (and why). */
export type ConfigLookup =
    | { readonly found: false }
    | { readonly found: true; readonly ok: true; readonly uri: URI; readonly config: CopConfig }
    | { readonly found: true; readonly ok: false; readonly uri: URI; readonly problems: string[] };

const NONE: ConfigLookup = { found: false };

const severities: Record<Exclude<RuleLevel, 'off'>, 1 | 2 | 3 | 4> = { error: 1, warning: 2, information: 3, hint: 4 };

/**
 * Where a plan's `cop.config.json` may be, nearest first: the plan's folder, then each folder
 * above it up to the root of the file system (like `.editorconfig` without `root`, or
 * ESLint's and Prettier's config files; a git or workspace root does not stop the search,
 * so the editor and `cop` run from anywhere find the same file). `cop init` asks this too.
 */
export function configCandidates(planUri: URI): URI[] {
    if (planUri.scheme === 'untitled' || !planUri.path.startsWith('/')) return [];
    const candidates: URI[] = [];
    let folder = UriUtils.dirname(planUri);
    for (let depth = 0; depth < 256; depth++) {
        candidates.push(UriUtils.joinPath(folder, CONFIG_FILE_NAME));
        const parent = UriUtils.dirname(folder);
        if (parent.path === folder.path) break;
        folder = parent;
    }
    return candidates;
}

/**
 * The `cop.config.json` of each plan: found through the workspace's `PlanResources`
 * (Langium's FileSystemProvider, so it works in a browser worker too, and a file the editor
 * reports as created, changed or deleted rebuilds the plans that looked for it), parsed
 * once per text read. Its catalogs are added to every plan below it (CatalogService) and its
 * rules change the severity of diagnostics (CopDocumentValidator); a config that cannot be
 * used is `config-invalid` on each plan (ConfigChecks) and none of it applies.
 */
export class PlanConfig {
    private readonly resources: PlanResources;
    private readonly parsed = new WeakMap<Promise<PlanResource>, Promise<ConfigLookup>>();
    /** Per plan folder: the reads the last search made, and its result while they stay the same. */
    private readonly searches = new Map<string, { reads: Array<Promise<PlanResource>>; lookup: Promise<ConfigLookup> }>();
    private readonly candidates = new Map<string, URI[]>();

    constructor(services: CopCoreServices) {
        this.resources = services.workspace.PlanResources;
    }

    /** The config that applies to the plan at `planUri`. Never throws. */
    find(planUri: URI): Promise<ConfigLookup> {
        // Asked once per indicator too (through the catalogs), so the folders are worked out once.
        const key = planUri.toString().replace(/[^/]*$/, '');
        let candidates = this.candidates.get(key);
        if (!candidates) this.candidates.set(key, (candidates = configCandidates(planUri)));
        if (candidates.length === 0) return Promise.resolve(NONE);
        const cached = this.searches.get(key);
        // Every file read then is still the same read (nothing changed on disk since): same result.
        // Reading again also records this plan as a reader, so a change rebuilds it.
        if (cached && cached.reads.every((read, i) => this.resources.readUri(planUri, candidates[i]) === read)) return cached.lookup;
        const reads: Array<Promise<PlanResource>> = [];
        const lookup = (async () => {
            for (const candidate of candidates) {
                const read = this.resources.readUri(planUri, candidate);
                reads.push(read);
                const resource = await read;
                if (resource.text === undefined && resource.missing) continue;
                return this.parse(read);
            }
            return NONE;
        })();
        this.searches.set(key, { reads, lookup });
        return lookup;
    }

    /** The path of the config file as a plan's messages show it: relative to the plan's folder. */
    shownPath(planUri: URI, configUri: URI): string {
        return UriUtils.relative(UriUtils.dirname(planUri), configUri) || CONFIG_FILE_NAME;
    }

    /**
     * The diagnostics with the config's rules applied: a code set to `off` is dropped, another
     * level replaces the severity. Nothing changes when the config cannot be used, so a bad
     * config never makes a plan look cleaner than it is.
     */
    async applyRules(document: LangiumDocument, diagnostics: Diagnostic[]): Promise<Diagnostic[]> {
        const lookup = await this.find(document.uri);
        if (!lookup.found || !lookup.ok) return diagnostics;
        const rules = lookup.config.rules;
        if (Object.keys(rules).length === 0) return diagnostics;
        const result: Diagnostic[] = [];
        for (const diagnostic of diagnostics) {
            const level = typeof diagnostic.code === 'string' ? rules[diagnostic.code] : undefined;
            if (level === 'off') continue;
            result.push(level ? { ...diagnostic, severity: severities[level] } : diagnostic);
        }
        return result;
    }

    private parse(read: Promise<PlanResource>): Promise<ConfigLookup> {
        let lookup = this.parsed.get(read);
        if (!lookup) {
            lookup = read.then(async (resource): Promise<ConfigLookup> => {
                const uri = resource.uri;
                if (resource.text === undefined) return { found: true, ok: false, uri, problems: [`it cannot be read (${resource.error})`] };
                // Loaded with the first config file: most plans have none, and zod's schema takes ms to build.
                const { parseConfig } = await import('./config-parse.js');
                const parsed = parseConfig(resource.text);
                return parsed.ok ? { found: true, ok: true, uri, config: parsed.config } : { found: true, ok: false, uri, problems: parsed.problems };
            });
            this.parsed.set(read, lookup);
        }
        return lookup;
    }
}

/** The config's catalog paths resolved against the config file's folder (absolute paths as they are). */
export function configCatalogUris(configUri: URI, paths: readonly string[]): Array<{ path: string; uri: URI }> {
    const folder = UriUtils.dirname(configUri);
    return paths.map(path => ({ path, uri: isAbsolutePath(path) ? URI.file(path) : UriUtils.resolvePath(folder, path) }));
}

/** `/home/…`, `C:\…`, `C:/…` or `\\server\…`: no Node `path` here, the core runs in browsers too. */
export function isAbsolutePath(path: string): boolean {
    return /^([a-zA-Z]:[\\/]|[\\/])/.test(path);
}
