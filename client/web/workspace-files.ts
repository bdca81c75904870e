import type { FileStat, FileUriParams, ReadDirectoryResult, ReadFileResult, StatResult } from '../../language/lsp/file-system/file-system-protocol.js';

/** The little of `vscode.workspace.fs` the server's reads need (a fake in tests). */
export interface WorkspaceFs {
    stat(uri: string): Thenable<{ readonly type: number }>;
    readFile(uri: string): Thenable<Uint8Array>;
    readDirectory(uri: string): Thenable<ReadonlyArray<readonly [string, number]>>;
}

/** `vscode.FileType`'s bits, as numbers so this file needs no `vscode` import. */
const FILE = 1;
const DIRECTORY = 2;

/**
 * Answers the web worker server's `cop/fs/*` requests (file-system-protocol.ts) from the
 * editor's file system: the server reads catalogs, actuals and cop.config.json through it on
 * vscode.dev and github.dev, where it has no file system of its own.
 */
export class WorkspaceFiles {
    constructor(private readonly fs: WorkspaceFs) {}

    async readFile(params: FileUriParams): Promise<ReadFileResult> {
        try {
            return { text: new TextDecoder().decode(await this.fs.readFile(params.uri)) };
        } catch (error) {
            if (isNotFound(error)) return { missing: true };
            return { error: messageOf(error) };
        }
    }

    async stat(params: FileUriParams): Promise<StatResult> {
        try {
            return toStat(params.uri, (await this.fs.stat(params.uri)).type);
        } catch {
            return null;
        }
    }

    async readDirectory(params: FileUriParams): Promise<ReadDirectoryResult> {
        try {
            const base = params.uri.endsWith('/') ? params.uri : `${params.uri}/`;
            const entries = await this.fs.readDirectory(params.uri);
            return entries.map(([name, type]) => toStat(base + encodeURIComponent(name), type));
        } catch {
            return [];
        }
    }
}

function toStat(uri: string, type: number): FileStat {
    return { uri, isFile: (type & FILE) !== 0, isDirectory: (type & DIRECTORY) !== 0 };
}

/** `vscode.FileSystemError.FileNotFound()` has code `FileNotFound`; some providers say `EntryNotFound`. */
function isNotFound(error: unknown): boolean {
    const code = (error as { code?: unknown } | undefined)?.code;
    return code === 'FileNotFound' || code === 'EntryNotFound' || code === 'ENOENT';
}

function messageOf(error: unknown): string {
    return (error as Error | undefined)?.message?.split('\n')[0] ?? 'it cannot be read';
}
