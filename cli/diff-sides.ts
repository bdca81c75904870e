import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { LangiumDocument } from 'langium';
import { createCopCoreServices } from '../language/cop-core-module.js';
import type { DiffPlanInput } from '../language/diff/index.js';
import type { PlanFile } from '../language/generated/ast.js';
import type { Day } from '../language/impact/dates.js';
import { formatPlanDocument } from '../language/formatting/plan-printer.js';
import { CliError, describeFileError } from './cli-error.js';
import { escapeControls } from './formats/control-chars.js';
import { filesAt, GitRevisionFileSystem, renamesSince, repositoryPath, showFile } from './git-revision.js';
import { findPlanFiles, neighbourPlans, PLAN_EXTENSION } from './plan-files.js';
import { firstInvalidUtf8Byte } from './plan-text.js';
import type { LoadOptions } from './plan-workspace.js';
import { loadPlans } from './plan-workspace.js';

/** One side of a diff: its plans parsed and evaluated, or the syntax errors that stop the diff. */
export interface DiffSide {
    readonly plans: DiffPlanInput[];
    /** `FILE:LINE:COL: message`, one per plan that does not parse. */
    readonly syntaxErrors: string[];
}

interface NamedFile {
    /** Absolute path (for the old side of --git: where it was in the repository). */
    readonly path: string;
    /** As reported: relative to the folder compared, or to the repository. */
    readonly shown: string;
}

const slash = (path: string) => path.split(sep).join('/');

/**
 * Loads the plans of one side into their own workspace (references between them resolve),
 * evaluates their impact as of the day, and reports each one that does not parse: such a
 * plan is never compared as if it were empty.
 */
async function loadSide(files: readonly NamedFile[], asOf: Day, options: LoadOptions, note = ''): Promise<DiffSide> {
    if (files.length === 0) return { plans: [], syntaxErrors: [] };
    // No checks: the diff needs the plans parsed, linked and evaluated, not their diagnostics.
    const loaded = await loadPlans(
        files.map(file => file.path),
        { ...options, asOf, validation: false }
    );
    const plans: DiffPlanInput[] = [];
    const syntaxErrors: string[] = [];
    for (const [index, document] of loaded.documents.entries()) {
        const shown = files[index].shown;
        const refusal = syntaxError(document);
        if (refusal) {
            syntaxErrors.push(`${escapeControls(shown)}:${refusal.line}:${refusal.column}: ${escapeControls(refusal.message)}${note}`);
            continue;
        }
        const impact = await loaded.services.impact.Impact.impactOf(document);
        plans.push({ file: shown, root: document.parseResult.value, impact: impact.model });
    }
    return { plans, syntaxErrors };
}

function syntaxError(document: LangiumDocument<PlanFile>) {
    const { lexerErrors, parserErrors } = document.parseResult;
    if (lexerErrors.length === 0 && parserErrors.length === 0) return undefined;
    const result = formatPlanDocument(document);
    if (result.ok) return undefined;
    // An error at the end of the file (a `{` never closed) has no position of its own.
    const lines = document.textDocument.lineCount;
    const { line, column, message } = result.refusal;
    return { line: line >= 1 ? line : lines, column: Math.max(column, 1), message };
}

/** `cop diff OLD NEW`: two files, or two folders whose plans are named relative to each folder. */
export async function loadPathSides(oldPath: string, newPath: string, asOf: Day): Promise<{ before: DiffSide; after: DiffSide }> {
    const kind = (path: string) => {
        try {
            return statSync(path).isDirectory() ? 'folder' : 'file';
        } catch (error) {
            throw describeFileError(path, error);
        }
    };
    const oldKind = kind(oldPath);
    const newKind = kind(newPath);
    if (oldKind !== newKind) throw new CliError(`cop diff: ${oldPath} is a ${oldKind} and ${newPath} a ${newKind}; compare two plan files or two folders.`);
    const compared = new Set([resolve(oldPath), resolve(newPath)]);
    const side = (path: string) => {
        const files = findPlanFiles([path], 'diff');
        // The plans beside a file, so its references resolve; never the other side's file
        // (two versions of one plan in one workspace), which is often in the same folder.
        if (oldKind === 'file')
            return { files: [{ path: files[0], shown: slash(path) }], neighbours: neighbourPlans(files).filter(file => !compared.has(resolve(file))) };
        return { files: files.map(file => ({ path: file, shown: slash(relative(resolve(path), file)) })), neighbours: [] };
    };
    const old = side(oldPath);
    const current = side(newPath);
    return {
        before: await loadSide(old.files, asOf, { neighbours: old.neighbours }),
        after: await loadSide(current.files, asOf, { neighbours: current.neighbours })
    };
}

/**
 * `cop diff --git REV [PATH…]`: the plans of the working tree against those of the commit,
 * under the paths given (default: the whole repository), named relative to the repository,
 * the old ones read with git and evaluated with the old actuals and catalogs.
 */
export async function loadGitSides(
    root: string,
    commit: string,
    revision: string,
    paths: readonly string[],
    asOf: Day
): Promise<{ before: DiffSide; after: DiffSide; renames: Map<string, string> }> {
    const pathspecs: string[] = [];
    for (const path of paths) {
        const inside = repositoryPath(root, path);
        if (inside === undefined) throw new CliError(`cop diff: ${path} is outside the repository at ${root}.`);
        pathspecs.push(inside === '' ? '.' : inside);
    }
    const oldFiles = filesAt(root, commit, pathspecs).filter(file => file.endsWith(PLAN_EXTENSION) && !skipped(file, pathspecs));
    const existing = paths.length === 0 ? [root] : paths.filter(path => existsSync(path));
    for (const path of paths) {
        const inside = repositoryPath(root, path)!;
        if (!existsSync(path) && !oldFiles.some(file => inside === '' || file === inside || file.startsWith(`${inside}/`))) {
            throw new CliError(`cop diff: ${path}: no such file or folder, neither in the working tree nor at ${revision}.`);
        }
    }
    const newFiles = existing.length === 0 ? [] : findPlanFiles(existing, 'diff');
    const sources = new Map<string, string>();
    const before: NamedFile[] = [];
    for (const file of oldFiles) {
        const path = join(root, file);
        const bytes = showFile(root, commit, file);
        if (bytes.subarray(0, 8192).includes(0) || firstInvalidUtf8Byte(bytes) !== undefined) {
            throw new CliError(`cop diff: ${file} at ${revision} is not a plan: it is not UTF-8 text.`);
        }
        sources.set(path, bytes.toString('utf8'));
        before.push({ path, shown: file });
    }
    const after = newFiles.map(path => ({ path, shown: repositoryPath(root, path) ?? slash(path) }));
    const renames = renamesSince(root, commit, pathspecs);
    const gitServices = () => createCopCoreServices({ fileSystemProvider: () => new GitRevisionFileSystem(root, commit) }).Cop;
    return {
        before: await loadSide(before, asOf, { sources, createServices: gitServices }, ` (at ${revision})`),
        after: await loadSide(after, asOf, {}),
        renames
    };
}

/** The folders `cop check` never searches are left out of a revision too. */
function skipped(file: string, pathspecs: readonly string[]): boolean {
    // Below the path the user named: `--git main .github/plans` does search that folder.
    const named = pathspecs.find(spec => spec !== '.' && (file === spec || file.startsWith(`${spec}/`)));
    const below = named ? file.slice(named.length + 1) : file;
    return below
        .split('/')
        .slice(0, -1)
        .some(part => part.startsWith('.') || ['node_modules', 'out', 'dist'].includes(part));
}
