import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/**
 * Runs a CommonJS bundle the way `require` would, but with a V8 code cache: compiling the
 * 2.6 MB CLI bundle and the functions a command calls costs about 45 ms on every run, a tenth
 * of `cop check` on a large plan (Node 22's `module.enableCompileCache` does not exist on
 * Node 20). The cache is written after the command finished, so it holds the functions V8
 * compiled lazily while running it too; one cache per command, since each calls other code.
 *
 * The cache is an optimisation only: a cache folder that cannot be created or written, a
 * cache file that is missing, truncated, from another bundle or another Node (V8 rejects
 * it), all fall back to compiling the bundle as usual, silently.
 */
export interface CodeCacheRun {
    /** What the bundle put in `module.exports`. */
    readonly exports: unknown;
    /** The cache file, or undefined when no cache folder is usable. */
    readonly cacheFile: string | undefined;
    /** Whether V8 took its code from the cache (false: compiled, and the cache is written at exit). */
    readonly fromCache: boolean;
}

export interface CodeCacheOptions {
    readonly env?: NodeJS.ProcessEnv;
    /** When to write a new cache (default: when the process exits, after the command ran). */
    readonly writeLater?: (write: () => void) => void;
}

export function runWithCodeCache(bundle: string, command: string, options: CodeCacheOptions = {}): CodeCacheRun {
    const text = readFileSync(bundle, 'utf8');
    // A `#!` line is valid at the top of a file only, not inside the wrapper: made a comment
    // of the same length, so positions stay.
    const source = text.startsWith('#!') ? `//${text.slice(2)}` : text;
    const cacheFile = cacheFileFor(source, command, options.env ?? process.env);
    let cachedData: Buffer | undefined;
    if (cacheFile) {
        try {
            cachedData = readFileSync(cacheFile);
        } catch {
            // No cache yet: compiled as usual and written later.
        }
    }
    // `Module.wrap` keeps line numbers (the wrapper shares the bundle's first line), and the
    // file name is the bundle's: stack traces point at it as with `require`.
    const script = new Script(wrap(source), { filename: bundle, cachedData });
    const fromCache = cachedData !== undefined && !script.cachedDataRejected;
    if (cacheFile && !fromCache) {
        const writeLater = options.writeLater ?? (write => process.once('exit', write));
        writeLater(() => writeCache(cacheFile, () => script.createCachedData()));
    }
    const module = { exports: {} as unknown, filename: bundle, id: bundle, loaded: false };
    const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
    run.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
    module.loaded = true;
    return { exports: module.exports, cacheFile, fromCache };
}

/** The cache file of this bundle (by content), Node version, architecture and command; undefined when no folder is usable. */
export function cacheFileFor(source: string, command: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
    const folder = cacheFolder(env);
    if (!folder) return undefined;
    return join(folder, `cli-${bundleIdOf(source)}-${process.version}-${process.arch}-${command}.v8cache`);
}

/** How `scripts/build.mjs` ends a bundle: a line with the hash of everything before it. */
export const BUNDLE_ID_LINE = '\n//# cop-bundle-id=';

/**
 * What identifies the bundle's content: the hash the build wrote into its last line, else
 * (a bundle built without it, as esbuild's watch mode does) its SHA-256, 20 hex digits. V8
 * itself only checks that a cache was made from a source of the same length, so the name of
 * the cache file must change with the content. Reading the hash from the build saves
 * hashing 2 MB on every run (3 ms).
 */
export function bundleIdOf(source: string): string {
    const line = source.lastIndexOf(BUNDLE_ID_LINE);
    if (line >= 0) {
        const id = source.slice(line + BUNDLE_ID_LINE.length).trim();
        // The line is the last one, and the id one hash: anything else is not ours.
        if (/^[0-9a-f]{20}$/.test(id)) return id;
    }
    // Node's crypto module is loaded for this only (3 ms): not when the build stamped the id.
    return process.getBuiltinModule('node:crypto').createHash('sha256').update(source).digest('hex').slice(0, 20);
}

/**
 * `$XDG_CACHE_HOME/cop`, else `~/.cache/cop`, else a folder in the temporary folder. A folder
 * owned by someone else, or that others may write to, is never used: code read from a cache
 * runs as the current user.
 */
function cacheFolder(env: NodeJS.ProcessEnv): string | undefined {
    const candidates: string[] = [];
    if (env.XDG_CACHE_HOME) candidates.push(join(env.XDG_CACHE_HOME, 'cop'));
    try {
        candidates.push(join(homedir(), '.cache', 'cop'));
    } catch {
        // No home folder (some service accounts).
    }
    const uid = process.getuid?.();
    candidates.push(join(tmpdir(), `cop-cache-${uid ?? 'user'}`));
    for (const folder of candidates) {
        try {
            mkdirSync(folder, { recursive: true, mode: 0o700 });
            const stats = statSync(folder);
            // Nobody else may have written into it either (group- or world-writable).
            if (stats.isDirectory() && (uid === undefined || (stats.uid === uid && (stats.mode & 0o022) === 0))) return folder;
        } catch {
            // Not creatable here (read-only home, a file in the way): try the next one.
        }
    }
    return undefined;
}

/** How many cache files to keep: a few bundles (versions, rebuilds) times their commands. */
const KEEP_FILES = 24;

/** Writes the cache through a temporary file and a rename, so no reader sees half a file; never fails. */
function writeCache(file: string, data: () => Buffer): void {
    const temporary = `${file}.${process.pid}.tmp`;
    try {
        writeFileSync(temporary, data(), { mode: 0o600 });
        renameSync(temporary, file);
        pruneOldCaches(dirname(file));
    } catch {
        try {
            unlinkSync(temporary);
        } catch {
            // Never written.
        }
    }
}

/** Every rebuild or upgrade makes new cache files: keep the most recently written ones only. */
function pruneOldCaches(folder: string): void {
    const files = readdirSync(folder)
        .filter(name => name.startsWith('cli-') && name.endsWith('.v8cache'))
        .map(name => ({ path: join(folder, name), time: statSync(join(folder, name)).mtimeMs }))
        .sort((a, b) => b.time - a.time);
    for (const file of files.slice(KEEP_FILES)) unlinkSync(file.path);
}
