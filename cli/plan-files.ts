import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CliError, describeFileError } from './cli-error.js';

/** Folders never searched for plans: dependencies, VCS data, build output. */
const skippedFolders = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist']);

/**
 * The `.cop` files named by the command line: files as given, folders searched recursively.
 * Symbolic links are followed once (a link loop is visited a single time). A path that does
 * not exist or cannot be read is a CliError naming it.
 */
export function findPlanFiles(paths: readonly string[]): string[] {
    const files = new Set<string>();
    const visitedFolders = new Set<string>();
    for (const path of paths) {
        const absolute = resolve(path);
        let stats;
        try {
            stats = statSync(absolute);
        } catch (error) {
            throw describeFileError(path, error);
        }
        if (stats.isDirectory()) {
            searchFolder(absolute, path, files, visitedFolders);
        } else {
            files.add(absolute);
        }
    }
    return [...files];
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
    let entries;
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
            let target;
            try {
                target = statSync(path);
            } catch {
                continue; // a dangling link is not a plan
            }
            if (target.isDirectory()) searchFolder(path, join(shown, entry.name), files, visited);
            else if (entry.name.endsWith('.cop')) files.add(path);
        } else if (entry.name.endsWith('.cop')) {
            files.add(path);
        }
    }
}

export function requirePaths(paths: readonly string[], command: string): void {
    if (paths.length === 0) {
        throw new CliError(`cop ${command}: name at least one plan file or folder (e.g. \`cop ${command} .\`).`);
    }
}
