import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The folder SARIF paths are relative to: the git repository holding the working folder
 * (code scanning matches paths against the repository), found by walking up to a `.git`
 * folder or file (a worktree has a file) without starting git; the working folder when
 * there is none.
 */
export function sourceRoot(cwd = process.cwd()): string {
    for (let folder = resolve(cwd); ; folder = dirname(folder)) {
        if (existsSync(join(folder, '.git'))) return folder;
        if (dirname(folder) === folder) return resolve(cwd);
    }
}

/** `file:///…/root/`, as `originalUriBaseIds.SRCROOT` (the trailing `/` is required). */
export function rootUri(root: string): string {
    const href = pathToFileURL(root).href;
    return href.endsWith('/') ? href : `${href}/`;
}

/**
 * Where a file is, for an artifactLocation: relative to the root with `uriBaseId: SRCROOT`,
 * or an absolute `file://` URI for a file outside it. Each segment is percent-encoded, so
 * `#`, `?` and `%` in names survive.
 */
export function artifactLocation(file: string, root: string): { uri: string; uriBaseId?: string } {
    const absolute = resolve(file);
    const inside = relative(root, absolute);
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return { uri: pathToFileURL(absolute).href };
    return { uri: inside.split(sep).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
}

/**
 * Fingerprints that survive unrelated edits: a hash of the code, the file and the trimmed
 * text of the diagnostic's line, with the occurrence among equal ones — never the line
 * number, so lines inserted above leave an alert the same alert.
 */
export class Fingerprints {
    private readonly seen = new Map<string, number>();

    of(code: string, path: string, lineText: string): string {
        const hash = createHash('sha256').update(`${code}\0${path}\0${lineText.trim()}`).digest('hex').slice(0, 32);
        const occurrence = (this.seen.get(hash) ?? 0) + 1;
        this.seen.set(hash, occurrence);
        return `${hash}:${occurrence}`;
    }
}

/** The lines of a plan, from the text the check read, or from disk; none if unreadable. */
export function linesOf(file: string, text: string | undefined): readonly string[] {
    if (text !== undefined) return text.split(/\r?\n/);
    try {
        return readFileSync(file, 'utf8').split(/\r?\n/);
    } catch {
        return [];
    }
}
