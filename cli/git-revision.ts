import { execFileSync } from 'node:child_process';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { FileSystemNode, FileSystemProvider } from 'langium';
import { URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import { CliError } from './cli-error.js';

/** Large enough for any plan, actuals file or listing of a repository. */
const MAX_BUFFER = 256 * 1024 * 1024;

function git(args: readonly string[], cwd: string): Buffer {
    return execFileSync('git', args, { cwd, maxBuffer: MAX_BUFFER, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The repository's top folder, or a usage error when the folder is in none (or git is missing). */
export function repositoryRoot(cwd: string, command: string): string {
    try {
        return git(['rev-parse', '--show-toplevel'], cwd).toString('utf8').trim();
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT')
            throw new CliError(`cop ${command}: --git needs the \`git\` program, and it is not installed (or not on PATH).`);
        throw new CliError(
            `cop ${command}: ${cwd} is not inside a git repository; run --git from a folder of one, or compare two folders: \`cop ${command} OLD NEW\`.`
        );
    }
}

/** The commit a revision names, or a usage error naming it. */
export function resolveRevision(root: string, revision: string, command: string): string {
    if (revision.startsWith('-')) throw new CliError(`cop ${command}: "${revision}" is not a revision; name a commit, branch or tag (e.g. --git main).`);
    try {
        return git(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], root)
            .toString('utf8')
            .trim();
    } catch {
        throw new CliError(
            `cop ${command}: git knows no revision "${revision}"; name a commit, branch or tag (e.g. --git main, --git HEAD~1). In CI, fetch it first (\`git fetch origin main\`).`
        );
    }
}

/** Every file of a revision (paths relative to the repository, `/`-separated), under the given paths. */
export function filesAt(root: string, commit: string, pathspecs: readonly string[]): string[] {
    const listing = git(['ls-tree', '-r', '-z', '--name-only', '--full-tree', commit, '--', ...pathspecs], root).toString('utf8');
    return listing.split('\0').filter(path => path.length > 0);
}

/** Files git sees renamed between the revision and the working tree (old path → new path). */
export function renamesSince(root: string, commit: string, pathspecs: readonly string[]): Map<string, string> {
    const renames = new Map<string, string>();
    const fields = git(['diff', '--name-status', '-z', '-M', commit, '--', ...pathspecs], root)
        .toString('utf8')
        .split('\0');
    for (let index = 0; index < fields.length; ) {
        const status = fields[index];
        if (!status) break;
        if (status.startsWith('R') || status.startsWith('C')) {
            if (status.startsWith('R')) renames.set(fields[index + 1], fields[index + 2]);
            index += 3;
        } else {
            index += 2;
        }
    }
    return renames;
}

/** The bytes of one file at a revision. */
export function showFile(root: string, commit: string, path: string): Buffer {
    return git(['show', `${commit}:${path}`], root);
}

/** A path relative to the repository, `/`-separated, or undefined when it lies outside it. */
export function repositoryPath(root: string, path: string): string | undefined {
    const inside = relative(root, resolve(path));
    if (inside.startsWith('..') || isAbsolute(inside)) return undefined;
    return inside.split(sep).join('/');
}

/**
 * The file system of the old side of `cop diff --git`: files of the repository as they are
 * at the revision (read with `git show`), so the old plans are evaluated with their own
 * actuals, catalogs and cop.config.json; files outside the repository from the disk.
 */
export class GitRevisionFileSystem implements FileSystemProvider {
    private readonly node = new NodeFileSystemProvider();
    private readonly files: Set<string>;
    private readonly folders = new Set<string>(['']);

    constructor(
        private readonly root: string,
        private readonly commit: string
    ) {
        this.files = new Set(filesAt(root, commit, []));
        for (const file of this.files) {
            const parts = file.split('/');
            for (let length = 1; length < parts.length; length++) this.folders.add(parts.slice(0, length).join('/'));
        }
    }

    private inside(uri: URI): string | undefined {
        return uri.scheme === 'file' ? repositoryPath(this.root, uri.fsPath) : undefined;
    }

    private missing(uri: URI): Error {
        return Object.assign(new Error(`ENOENT: no such file at the revision: ${uri.fsPath}`), { code: 'ENOENT' });
    }

    async stat(uri: URI): Promise<FileSystemNode> {
        return this.statSync(uri);
    }

    statSync(uri: URI): FileSystemNode {
        const path = this.inside(uri);
        if (path === undefined) return this.node.statSync(uri);
        if (this.files.has(path)) return { uri, isFile: true, isDirectory: false };
        if (this.folders.has(path)) return { uri, isFile: false, isDirectory: true };
        throw this.missing(uri);
    }

    async exists(uri: URI): Promise<boolean> {
        return this.existsSync(uri);
    }

    existsSync(uri: URI): boolean {
        const path = this.inside(uri);
        if (path === undefined) return this.node.existsSync(uri);
        return this.files.has(path) || this.folders.has(path);
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return this.readBinarySync(uri);
    }

    readBinarySync(uri: URI): Uint8Array {
        const path = this.inside(uri);
        if (path === undefined) return this.node.readBinarySync(uri);
        if (!this.files.has(path)) throw this.missing(uri);
        return showFile(this.root, this.commit, path);
    }

    async readFile(uri: URI): Promise<string> {
        return this.readFileSync(uri);
    }

    readFileSync(uri: URI): string {
        return Buffer.from(this.readBinarySync(uri)).toString('utf8');
    }

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        return this.readDirectorySync(uri);
    }

    readDirectorySync(uri: URI): FileSystemNode[] {
        const path = this.inside(uri);
        if (path === undefined) return this.node.readDirectorySync(uri);
        const prefix = path === '' ? '' : `${path}/`;
        const children = new Map<string, boolean>();
        for (const file of this.files) {
            if (!file.startsWith(prefix)) continue;
            const rest = file.slice(prefix.length);
            const slash = rest.indexOf('/');
            children.set(slash < 0 ? rest : rest.slice(0, slash), slash < 0);
        }
        return [...children].map(([name, isFile]) => ({ uri: URI.file(resolve(this.root, prefix + name)), isFile, isDirectory: !isFile }));
    }
}
