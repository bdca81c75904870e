import { execFile } from 'node:child_process';
import { basename, dirname } from 'node:path';

/** A plan's text at a revision, null when the file is new since; or why git cannot say. */
export type RevisionText = { readonly text: string | null } | { readonly problem: string };

function git(args: readonly string[], cwd: string): Promise<{ ok: true; stdout: string } | { ok: false; missing: boolean; stderr: string }> {
    return new Promise(resolve => {
        execFile('git', args, { cwd, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
            if (!error) resolve({ ok: true, stdout });
            else resolve({ ok: false, missing: (error as NodeJS.ErrnoException).code === 'ENOENT', stderr: String(stderr) });
        });
    });
}

/**
 * The text of the plan file at `revision` (default HEAD), read with `git show` from the
 * file's own folder, so it works for any repository the file is in (not only the
 * workspace's). Plain words when there is no git, no repository or no commit yet.
 */
export async function textAtRevision(file: string, revision = 'HEAD'): Promise<RevisionText> {
    const folder = dirname(file);
    const name = basename(file);
    const root = await git(['rev-parse', '--show-toplevel'], folder);
    if (!root.ok) {
        return {
            problem: root.missing
                ? 'Comparing with HEAD needs git, and it is not installed (or not on the PATH of VS Code).'
                : `${name} is not in a git repository, so there is no ${revision} to compare it with.`
        };
    }
    const commit = await git(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], folder);
    if (!commit.ok) return { problem: `The repository of ${name} has no ${revision} yet (no commit): commit the plan once, then compare.` };
    const spec = `${commit.stdout.trim()}:./${name}`;
    const exists = await git(['cat-file', '-e', spec], folder);
    if (!exists.ok) return { text: null };
    const shown = await git(['show', spec], folder);
    if (!shown.ok) return { problem: `git could not read ${name} at ${revision}: ${shown.stderr.trim()}` };
    return { text: shown.stdout };
}
