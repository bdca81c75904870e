import type { FileSystemNode } from 'langium';
import type { URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import type { WorkspaceRoots } from './workspace-roots.js';

/** Why a file outside the roots was not read: shown in the plan's diagnostic for that file. */
export class OutsideRootsError extends Error {
    constructor(uri: URI) {
        super(`${uri.scheme === 'file' ? uri.fsPath : uri.toString()} is outside the workspace roots of the MCP client, so cop does not read it`);
    }
}

/**
 * Node's file system as Langium reads it, confined to the client's workspace roots: the files
 * a plan names (`actuals "…"`, `catalog "…"`) and the `cop.config.json` looked for above it
 * are read only inside a root. Outside, a file does not exist (the config search stops there)
 * and reading one fails with a plain reason, which the plan's diagnostic for that line shows.
 */
export class RootedFileSystemProvider extends NodeFileSystemProvider {
    constructor(private readonly roots: WorkspaceRoots) {
        super();
    }

    private allowed(uri: URI): boolean {
        return uri.scheme === 'file' && this.roots.contains(uri.fsPath);
    }

    private require(uri: URI): void {
        if (!this.allowed(uri)) throw new OutsideRootsError(uri);
    }

    override stat(uri: URI): Promise<FileSystemNode> {
        this.require(uri);
        return super.stat(uri);
    }

    override statSync(uri: URI): FileSystemNode {
        this.require(uri);
        return super.statSync(uri);
    }

    override exists(uri: URI): Promise<boolean> {
        return this.allowed(uri) ? super.exists(uri) : Promise.resolve(false);
    }

    override existsSync(uri: URI): boolean {
        return this.allowed(uri) && super.existsSync(uri);
    }

    override readBinary(uri: URI): Promise<Uint8Array> {
        this.require(uri);
        return super.readBinary(uri);
    }

    override readBinarySync(uri: URI): Uint8Array {
        this.require(uri);
        return super.readBinarySync(uri);
    }

    override readFile(uri: URI): Promise<string> {
        this.require(uri);
        return super.readFile(uri);
    }

    override readFileSync(uri: URI): string {
        this.require(uri);
        return super.readFileSync(uri);
    }

    override readDirectory(uri: URI): Promise<FileSystemNode[]> {
        this.require(uri);
        return super.readDirectory(uri);
    }

    override readDirectorySync(uri: URI): FileSystemNode[] {
        this.require(uri);
        return super.readDirectorySync(uri);
    }
}
