import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folders an MCP client lets cop read: the `file://` roots it names (MCP roots), or,
 * when it has no roots capability (or names none), the folder `cop mcp` was started in.
 * Every path a tool reads, and every file a plan draws on (actuals, catalogs), must lie
 * inside one of them: a plan sent by an assistant is hostile text, and `paths` or an
 * `actuals "/etc/…"` line must not read the rest of the machine.
 */
export class WorkspaceRoots {
    private readonly folders: string[];

    constructor(folders: readonly string[]) {
        this.folders = [...new Set(folders.map(realOrResolved))];
    }

    /** The roots of a `roots/list` answer; roots that are not `file://` folders are ignored. */
    static fromUris(uris: readonly string[], fallback: string): WorkspaceRoots {
        const folders: string[] = [];
        for (const uri of uris) {
            if (!uri.startsWith('file:')) continue;
            try {
                folders.push(fileURLToPath(uri));
            } catch {
                // A malformed root names no folder.
            }
        }
        return new WorkspaceRoots(folders.length > 0 ? folders : [fallback]);
    }

    get list(): readonly string[] {
        return this.folders;
    }

    /** The first root: what a relative path or a plan's `filename` is resolved against. */
    get first(): string {
        return this.folders[0];
    }

    /**
     * Whether `path` (resolved against the first root) lies inside a root. Symbolic links are
     * followed first, so a link inside a root that points outside it is outside.
     */
    contains(path: string): boolean {
        const real = realOrResolved(resolve(this.first, path));
        return this.folders.some(folder => isInside(real, folder));
    }

    /** The root `path` lies in, or undefined. */
    rootOf(path: string): string | undefined {
        const real = realOrResolved(resolve(this.first, path));
        return this.folders.find(folder => isInside(real, folder));
    }
}

function isInside(path: string, folder: string): boolean {
    const rel = relative(folder, path);
    return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * The real path of `path`, or of its nearest existing parent with the rest appended (a file
 * not written yet still counts as inside the root its folder is in).
 */
function realOrResolved(path: string): string {
    const absolute = resolve(path);
    try {
        return realpathSync(absolute);
    } catch {
        const parent = resolve(absolute, '..');
        if (parent === absolute) return absolute;
        return resolve(realOrResolved(parent), absolute.slice(parent.length + (parent.endsWith(sep) ? 0 : 1)));
    }
}
