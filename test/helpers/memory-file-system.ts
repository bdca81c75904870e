import type { FileSystemNode, FileSystemProvider, URI } from 'langium';

/** Plan files held in memory, for tests that rewrite a file and update the workspace as an editor's save does. */
export class MemoryFileSystem implements FileSystemProvider {
    readonly files = new Map<string, string>();

    readFileSync(uri: URI): string {
        const text = this.files.get(uri.toString());
        if (text === undefined) throw Object.assign(new Error(`ENOENT: ${uri.toString()}`), { code: 'ENOENT' });
        return text;
    }
    async readFile(uri: URI): Promise<string> {
        return this.readFileSync(uri);
    }
    existsSync(uri: URI): boolean {
        return this.files.has(uri.toString());
    }
    async exists(uri: URI): Promise<boolean> {
        return this.existsSync(uri);
    }
    statSync(uri: URI): FileSystemNode {
        return { isFile: this.existsSync(uri), isDirectory: false, uri };
    }
    async stat(uri: URI): Promise<FileSystemNode> {
        return this.statSync(uri);
    }
    readBinarySync(uri: URI): Uint8Array {
        return new TextEncoder().encode(this.readFileSync(uri));
    }
    async readBinary(uri: URI): Promise<Uint8Array> {
        return this.readBinarySync(uri);
    }
    readDirectorySync(): FileSystemNode[] {
        return [];
    }
    async readDirectory(): Promise<FileSystemNode[]> {
        return [];
    }
}
