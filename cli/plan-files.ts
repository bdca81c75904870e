import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import type { Dirent, Stats } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { CliError, describeFileError } from './cli-error.js';

/** Folders never searched for plans: dependencies, VCS data, build output. */
const skippedFolders = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist']);

/** The extension of a plan file: what the language (and Langium's service registry) knows. */
export const PLAN_EXTENSION = '.cop';

/**
 * The paths of the command line with each glob pattern (`plans/**\/*.cop`, quoted so the
 * shell leaves it) that names no existing file replaced by the plans it matches, sorted.
 * tinyglobby loads only for such a pattern (its set-up cost every `cop check` 2–3 ms). A
 * pattern that matches no plan is a CliError naming it.
 */
export async function expandPlanPatterns(paths: readonly string[], command = 'check'): Promise<string[]> {
    const expanded: string[] = [];
    for (const path of paths) {
        if (existsSync(resolve(path))) {
            expanded.push(path);
            continue;
        }
        const { globSync, isDynamicPattern } = await import('tinyglobby');
        if (!isDynamicPattern(path)) {
            // Not a pattern: findPlanFiles says the file is missing.
            expanded.push(path);
            continue;
        }
        const matches = globSync(path, { absolute: true, onlyFiles: true, dot: false, ignore: [...skippedFolders].map(folder => `**/${folder}/**`) })
            .filter(match => match.endsWith(PLAN_EXTENSION))
            .sort();
        if (matches.length === 0) throw new CliError(`cop ${command}: the pattern ${path} matches no .cop plan.`);
        expanded.push(...matches.map(match => resolve(match)));
    }
    return expanded;
}

/**
 * The `.cop` files named by the command line (its patterns expanded by expandPlanPatterns):
 * files as given, folders searched recursively. Symbolic links are followed once (a link
 * loop is visited a single time). A path that does not exist or cannot be read and a named
 * file that is not a `.cop` plan are each a CliError naming it.
 */
export function findPlanFiles(paths: readonly string[], command = 'check'): string[] {
    const files = new Set<string>();
    const visitedFolders = new Set<string>();
    for (const path of paths) {
        const absolute = resolve(path);
        let stats: Stats;
        try {
            stats = statSync(absolute);
        } catch (error) {
            throw describeFileError(path, error);
        }
        if (stats.isDirectory()) {
            searchFolder(absolute, path, files, visitedFolders);
        } else {
            requirePlanExtension(path, command);
            files.add(absolute);
        }
    }
    return [...files];
}

/** A file named on the command line must be a plan: anything else is a usage error, in one line. */
export function requirePlanExtension(path: string, command: string): void {
    if (extname(path) !== PLAN_EXTENSION) {
        throw new CliError(`cop ${command}: ${path} is not a .cop plan; name plan files (*.cop) or folders that hold them.`);
    }
}

function searchFolder(folder: string, shown: string, files: Set<string>, visited: Set<string>): void {
    let real: string;
    try {
        real = realpathSync(folder);
    } catch (error) {
        throw describeFileError(shown, error);
    }
    if (visited.has(real)) return;
    visited.add(real);
    let entries: Dirent[];
    try {
        entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
        throw describeFileError(shown, error);
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) {
            if (!skippedFolders.has(entry.name) && !entry.name.startsWith('.')) searchFolder(path, join(shown, entry.name), files, visited);
        } else if (entry.isSymbolicLink()) {
            let target: Stats;
            try {
                target = statSync(path);
            } catch {
                continue; // a dangling link is not a plan
            }
            if (target.isDirectory()) searchFolder(path, join(shown, entry.name), files, visited);
            else if (entry.name.endsWith(PLAN_EXTENSION)) files.add(path);
        } else if (entry.name.endsWith(PLAN_EXTENSION)) {
            files.add(path);
        }
    }
}

export function requirePaths(paths: readonly string[], command: string): void {
    if (paths.length === 0) {
        throw new CliError(`cop ${command}: name at least one plan file or folder (e.g. \`cop ${command} .\`).`);
    }
}

/**
 * The folder whose plans a plan is linked with, as the editor would see it: the nearest
 * folder above the plan that holds `.git` (the repository, also of a worktree or submodule,
 * where `.git` is a file), else the plan's own folder. `root` (the `--root` option) names it
 * instead.
 */
export function workspaceRootOf(file: string, root?: string): string {
    if (root !== undefined) return resolve(root);
    const start = dirname(resolve(file));
    for (let folder = start; ; folder = dirname(folder)) {
        if (existsSync(join(folder, '.git'))) return folder;
        if (dirname(folder) === folder) return start;
    }
}

/**
 * The other plans of the workspaces of `files` (see workspaceRootOf): loaded so that
 * `Plan.Element` references between plans resolve, but not reported. Unreadable folders are
 * left out rather than failing the command; a file is recognised by its real path, so a plan
 * named through a symbolic link is not loaded twice.
 */
export function neighbourPlans(files: readonly string[], root?: string): string[] {
    const named = new Set(files.map(realPathOrSelf));
    // Each plan's own folder too: the workspace search skips hidden folders (`.github/plans`)
    // and build output, and a plan named there still links with the plans beside it.
    const roots = [...new Set(files.flatMap(file => [workspaceRootOf(file, root), dirname(resolve(file))]))];
    const found = new Set<string>();
    const visited = new Set<string>();
    for (const folder of roots) {
        try {
            searchFolder(folder, folder, found, visited);
        } catch {
            // An unreadable folder of the workspace: its plans are not linked.
        }
    }
    const seen = new Set(named);
    const result: string[] = [];
    for (const file of found) {
        const real = realPathOrSelf(file);
        if (seen.has(real)) continue;
        seen.add(real);
        result.push(file);
    }
    return result;
}

export function realPathOrSelf(path: string): string {
    try {
        return realpathSync(path);
    } catch {
        return resolve(path);
    }
}
