import type { FileSystemProvider, LangiumSharedCoreServices } from 'langium';
import { URI, UriUtils } from 'langium';

/** A file a plan names (`actuals "…"`, `catalog "…"`): its text, or why it could not be read. */
export type PlanResource =
    | { readonly uri: URI; readonly text: string; readonly error?: undefined; readonly missing?: undefined }
    | { readonly uri: URI; readonly text?: undefined; readonly error: string; readonly missing: boolean };

/**
 * Reads the files plans name (`actuals "…"`, `catalog "…"`), relative to the plan, through Langium's FileSystemProvider
 * (so it works in a browser worker too), once per file until the file changes. Remembers
 * which plans read which file: when the editor reports a change to that file on disk, the
 * cached text is dropped and those plans are rebuilt, so their diagnostics follow the file.
 */
export class PlanResources {
    private readonly fileSystem: FileSystemProvider;
    private readonly cache = new Map<string, Promise<PlanResource>>();
    private readonly readers = new Map<string, Set<string>>();
    private listening = false;

    constructor(private readonly shared: LangiumSharedCoreServices) {
        this.fileSystem = shared.workspace.FileSystemProvider;
    }

    resolve(planUri: URI, path: string): URI {
        return UriUtils.resolvePath(UriUtils.dirname(planUri), path);
    }

    read(planUri: URI, path: string): Promise<PlanResource> {
        return this.readUri(planUri, this.resolve(planUri, path));
    }

    /** Reads a file the plan draws on that is not named relative to it (a catalog of the settings). */
    readUri(planUri: URI, uri: URI): Promise<PlanResource> {
        this.listen();
        const key = uri.toString();
        let readers = this.readers.get(key);
        if (!readers) this.readers.set(key, (readers = new Set()));
        readers.add(planUri.toString());
        let cached = this.cache.get(key);
        if (!cached) {
            // Some providers throw instead of rejecting (Langium's EmptyFileSystem in a browser).
            cached = Promise.resolve()
                .then(() => this.fileSystem.readFile(uri))
                .then(
                    text => ({ uri, text }),
                    async error => ({ uri, error: describeReadError(error), missing: await this.isMissing(uri, error) })
                );
            this.cache.set(key, cached);
        }
        return cached;
    }

    /**
     * Whether a file that could not be read is simply not there (as opposed to unreadable):
     * looking for `cop.config.json` in every folder above a plan tries many such files.
     * Providers without Node error codes (a browser's, Langium's test ones) are asked.
     */
    private async isMissing(uri: URI, error: unknown): Promise<boolean> {
        const code = (error as { code?: string } | undefined)?.code;
        if (code === 'ENOENT' || code === 'ENOTDIR') return true;
        if (code !== undefined) return false;
        try {
            return !(await this.fileSystem.exists(uri));
        } catch {
            return true;
        }
    }

    /** Drops the cached files and rebuilds the plans that read them. */
    async changed(uris: readonly URI[]): Promise<void> {
        const plans = new Set<string>();
        for (const uri of uris) {
            const key = uri.toString();
            for (const [file, readers] of this.readers) {
                // A folder change (rename, delete) covers every file below it.
                if (file === key || file.startsWith(key.endsWith('/') ? key : key + '/')) {
                    this.cache.delete(file);
                    readers.forEach(plan => plans.add(plan));
                }
            }
        }
        const documents = this.shared.workspace.LangiumDocuments;
        const existing = [...plans].map(plan => URI.parse(plan)).filter(plan => documents.hasDocument(plan));
        if (existing.length === 0) return;
        // Under the workspace lock, like Langium's own updates, so builds never overlap.
        const builder = this.shared.workspace.DocumentBuilder;
        await this.shared.workspace.WorkspaceLock.write(token => builder.update(existing, [], token));
    }

    /** Every file plans have read so far (actuals, catalogs): what a command must never write over. */
    filesRead(): URI[] {
        return [...this.readers.keys()].map(key => URI.parse(key));
    }

    /** Forgets every file read, so the next build reads them again (the settings changed). */
    forgetAll(): void {
        this.cache.clear();
    }

    /** Subscribes to file-watcher events once, if a language server is running. */
    private listen(): void {
        if (this.listening) return;
        this.listening = true;
        const handler = (
            this.shared as Partial<{
                lsp: { DocumentUpdateHandler?: { onWatchedFilesChange?: (listener: (params: { changes: Array<{ uri: string }> }) => void) => unknown } };
            }>
        ).lsp?.DocumentUpdateHandler;
        handler?.onWatchedFilesChange?.(params => {
            void this.changed(params.changes.map(change => URI.parse(change.uri)));
        });
    }
}

function describeReadError(error: unknown): string {
    const code = (error as { code?: string } | undefined)?.code;
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
    if (code === 'EISDIR') return 'it is a folder, not a file';
    return (error as Error | undefined)?.message?.split('\n')[0] ?? 'it cannot be read';
}
