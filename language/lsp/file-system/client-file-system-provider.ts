import type { FileSystemNode, FileSystemProvider } from 'langium';
import { URI } from 'langium';
import type { Connection } from 'vscode-languageserver';
import type { FileStat, FileUriParams, ReadDirectoryResult, ReadFileResult, StatResult } from './file-system-protocol.js';
import { READ_DIRECTORY_REQUEST, READ_FILE_REQUEST, STAT_REQUEST } from './file-system-protocol.js';

/** An error as Node's file system raises it, so `PlanResources` words it the same way. */
class FileSystemError extends Error {
    constructor(
        message: string,
        readonly code?: string
    ) {
        super(message);
    }
}

/**
 * Langium's FileSystemProvider for a language server without a file system of its own (a
 * browser worker): every read is a request to the client (file-system-protocol.ts). Reads
 * are asynchronous only; nothing in cop uses the synchronous ones, which say so if called.
 */
export class ClientFileSystemProvider implements FileSystemProvider {
    constructor(private readonly connection: Pick<Connection, 'sendRequest'>) {}

    async readFile(uri: URI): Promise<string> {
        const params: FileUriParams = { uri: uri.toString() };
        const result = await this.connection.sendRequest<ReadFileResult>(READ_FILE_REQUEST, params);
        if (result.text !== undefined) return result.text;
        if (result.missing) throw new FileSystemError(`no such file: ${uri.path}`, 'ENOENT');
        throw new FileSystemError(result.error);
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return new TextEncoder().encode(await this.readFile(uri));
    }

    /** Parts of files are not available over cop/fs/* (byte-ranges.ts): a Parquet file's columns are not offered here. */
    async readBytes(): Promise<undefined> {
        return undefined;
    }

    async stat(uri: URI): Promise<FileSystemNode> {
        const params: FileUriParams = { uri: uri.toString() };
        const result = await this.connection.sendRequest<StatResult>(STAT_REQUEST, params);
        if (!result) throw new FileSystemError(`no such file or folder: ${uri.path}`, 'ENOENT');
        return toNode(result);
    }

    async exists(uri: URI): Promise<boolean> {
        const params: FileUriParams = { uri: uri.toString() };
        return (await this.connection.sendRequest<StatResult>(STAT_REQUEST, params)) !== null;
    }

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        const params: FileUriParams = { uri: uri.toString() };
        const entries = await this.connection.sendRequest<ReadDirectoryResult>(READ_DIRECTORY_REQUEST, params);
        return entries.map(toNode);
    }

    statSync(): FileSystemNode {
        throw notSync();
    }

    existsSync(): boolean {
        throw notSync();
    }

    readBinarySync(): Uint8Array {
        throw notSync();
    }

    readFileSync(): string {
        throw notSync();
    }

    readDirectorySync(): FileSystemNode[] {
        throw notSync();
    }
}

function toNode(stat: FileStat): FileSystemNode {
    return { uri: URI.parse(stat.uri), isFile: stat.isFile, isDirectory: stat.isDirectory };
}

function notSync(): Error {
    return new Error('Files are read through the editor here, which cannot be done synchronously.');
}
