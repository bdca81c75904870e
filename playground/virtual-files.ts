import type { FileStat, FileUriParams, ReadDirectoryResult, ReadFileResult, StatResult } from '../language/lsp/file-system/file-system-protocol.js';

/** Where the playground's files live for the language server: examples/ under this folder. */
export const PLAYGROUND_ROOT = 'file:///playground/';

/**
 * The playground's file system: the example plans with the catalogs and actuals they name,
 * bundled into the page. It answers the server's `cop/fs/*` requests as the web extension
 * answers them from `vscode.workspace.fs`, so `catalog "…"` and `actuals "…"` work here too.
 */
export class VirtualFiles {
    private readonly files = new Map<string, string>();

    constructor(files: Readonly<Record<string, string>>) {
        for (const [path, text] of Object.entries(files)) this.files.set(PLAYGROUND_ROOT + path, text);
    }

    readFile(params: FileUriParams): ReadFileResult {
        const text = this.files.get(params.uri);
        if (text !== undefined) return { text };
        return this.isDirectory(params.uri) ? { error: 'it is a folder, not a file' } : { missing: true };
    }

    stat(params: FileUriParams): StatResult {
        if (this.files.has(params.uri)) return { uri: params.uri, isFile: true, isDirectory: false };
        return this.isDirectory(params.uri) ? { uri: params.uri, isFile: false, isDirectory: true } : null;
    }

    readDirectory(params: FileUriParams): ReadDirectoryResult {
        const folder = params.uri.endsWith('/') ? params.uri : `${params.uri}/`;
        const children = new Map<string, FileStat>();
        for (const uri of this.files.keys()) {
            if (!uri.startsWith(folder)) continue;
            const [name, ...rest] = uri.slice(folder.length).split('/');
            const child = folder + name;
            children.set(child, { uri: child, isFile: rest.length === 0, isDirectory: rest.length > 0 });
        }
        return [...children.values()];
    }

    private isDirectory(uri: string): boolean {
        const folder = uri.endsWith('/') ? uri : `${uri}/`;
        return [...this.files.keys()].some(file => file.startsWith(folder));
    }
}
