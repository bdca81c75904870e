import { existsSync, statSync } from 'node:fs';
import { dirname, extname, relative, resolve } from 'node:path';
import { createCopCoreServices } from '../language/cop-core-module.js';
import type { CopCoreServices } from '../language/cop-core-module.js';
import type { Day } from '../language/impact/dates.js';
import { parseDay } from '../language/impact/dates.js';
import { CliError } from '../cli/cli-error.js';
import { findPlanFiles, neighbourPlans, PLAN_EXTENSION, workspaceRootOf } from '../cli/plan-files.js';
import type { LoadedPlans } from '../cli/plan-workspace.js';
import { loadPlans } from '../cli/plan-workspace.js';
import { MCP_MAX_FILES, requirePlanSize, ToolInputError } from './mcp-limits.js';
import { RootedFileSystemProvider } from './rooted-file-system.js';
import type { WorkspaceRoots } from './workspace-roots.js';

/** What a tool is asked to read: the text of one plan, or plan files and folders. */
export interface PlanInput {
    readonly text?: string;
    readonly filename?: string;
    readonly paths?: readonly string[];
}

/** The language's services over the file system of the roots only (rooted-file-system.ts). */
export function rootedServices(roots: WorkspaceRoots): () => CopCoreServices {
    return () => createCopCoreServices({ fileSystemProvider: () => new RootedFileSystemProvider(roots) }).Cop;
}

/**
 * Loads and validates the plans of a tool call as `cop check` does (cli/plan-workspace.ts),
 * linked with the other plans of their workspace; every file read lies inside the roots.
 * Refusals (no input, too large, outside the roots, not a plan) are ToolInputErrors.
 */
export async function loadPlanInput(input: PlanInput, roots: WorkspaceRoots, asOf?: Day): Promise<LoadedPlans> {
    const hasText = input.text !== undefined;
    const hasPaths = input.paths !== undefined && input.paths.length > 0;
    if (hasText === hasPaths) {
        throw new ToolInputError(
            hasText
                ? 'Give either `text` (one plan) or `paths` (plan files or folders), not both.'
                : 'Give the plan to read: `text` (the plan itself, with an optional `filename` ending in .cop) or `paths` (plan files or folders inside the workspace).'
        );
    }
    let files: string[];
    let sources: Map<string, string> | undefined;
    if (input.text !== undefined) {
        const file = planFileName(input.filename ?? 'plan.cop', roots);
        sources = new Map([[file, planText(input.text, input.filename ?? 'the plan text')]]);
        files = [file];
    } else {
        files = planFiles(input.paths ?? [], roots);
    }
    // A text's file need not exist (a draft not saved yet): it is linked when its folder does.
    const linked = files.filter(file => !sources?.has(file) || existsSync(dirname(file)));
    // One search per workspace, however many of its plans are named.
    const byWorkspace = new Map<string, string[]>();
    for (const file of linked) {
        const workspace = linkRoot(file, roots);
        byWorkspace.set(workspace, [...(byWorkspace.get(workspace) ?? []), file]);
    }
    const named = new Set(files);
    const neighbours = [...new Set([...byWorkspace].flatMap(([workspace, members]) => neighbourPlans(members, workspace)))].filter(
        file => !named.has(file) && roots.contains(file)
    );
    try {
        return await loadPlans(files, { asOf, neighbours, sources, createServices: rootedServices(roots) });
    } catch (error) {
        if (error instanceof CliError) throw new ToolInputError(withoutCliPrefix(error.message));
        throw error;
    }
}

/** The path a plan's text is reported under; relative names are resolved against the first root. */
export function planFileName(filename: string, roots: WorkspaceRoots): string {
    if (extname(filename) !== PLAN_EXTENSION) {
        throw new ToolInputError(`The filename "${filename}" does not end in .cop; name the plan as its file would be named, e.g. "plans/support.cop".`);
    }
    const file = resolve(roots.first, filename);
    if (!roots.contains(file)) throw outsideRoots(filename, roots);
    return file;
}

/** A plan's text, refused when it is too large or is not text at all. */
export function planText(text: string, what: string): string {
    requirePlanSize(Buffer.byteLength(text, 'utf8'), what);
    if (text.includes('\u0000')) {
        throw new ToolInputError(`${what} is not a plan: it contains NUL characters (binary data). Send the text of a .cop file.`);
    }
    return text;
}

function planFiles(paths: readonly string[], roots: WorkspaceRoots): string[] {
    const files: string[] = [];
    for (const path of paths) {
        const absolute = resolve(roots.first, path);
        if (!roots.contains(absolute)) throw outsideRoots(path, roots);
        // No glob patterns: a path names a file or a folder (findPlanFiles would expand a
        // pattern against the server's current folder, which need not be a root).
        if (!existsSync(absolute)) throw new ToolInputError(`${path}: no such file or folder inside the workspace roots (${roots.list.join(', ')}).`);
        try {
            files.push(...findPlanFiles([absolute], 'check').filter(file => roots.contains(file)));
        } catch (error) {
            if (error instanceof CliError) throw new ToolInputError(withoutCliPrefix(error.message).replace(absolute, path));
            throw error;
        }
    }
    const unique = [...new Set(files)];
    if (unique.length === 0) throw new ToolInputError(`No .cop plans found in ${paths.join(', ')}.`);
    if (unique.length > MCP_MAX_FILES)
        throw new ToolInputError(
            `${paths.join(', ')} hold ${unique.length} plans, more than the ${MCP_MAX_FILES} one call reads; name fewer files or a smaller folder.`
        );
    for (const file of unique) requirePlanSize(fileSize(file) ?? 0, relative(roots.first, file) || file);
    return unique;
}

/** Where a plan's neighbours are searched: its repository or folder, but never above its root. */
function linkRoot(file: string, roots: WorkspaceRoots): string {
    const workspace = workspaceRootOf(file);
    return roots.contains(workspace) ? workspace : (roots.rootOf(file) ?? dirname(file));
}

function fileSize(file: string): number | undefined {
    try {
        return statSync(file).size;
    } catch {
        return undefined;
    }
}

function outsideRoots(path: string, roots: WorkspaceRoots): ToolInputError {
    return new ToolInputError(
        `${path} is outside the workspace roots (${roots.list.join(', ')}); cop mcp reads only files inside them. Name a file inside a root, or send the plan as \`text\`.`
    );
}

function withoutCliPrefix(message: string): string {
    return message.replace(/^cop check: /, '');
}

/** The `asOf` argument: a calendar date, or undefined for today. */
export function asOfDay(text: string | undefined): Day | undefined {
    if (text === undefined) return undefined;
    const day = parseDay(text);
    if (day === undefined) throw new ToolInputError(`asOf "${text}" is not a date; write YYYY-MM-DD (or YYYY-MM for the first of the month).`);
    return day;
}
