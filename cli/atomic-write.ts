import { randomBytes } from 'node:crypto';
import { chmodSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describeFileError } from './cli-error.js';

/** A fresh name for a temporary file beside `path` (same folder, so a rename is atomic). */
export function temporaryBeside(path: string): string {
    return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Writes a file so that readers see the old content or the new, never half of it: the text
 * goes to a temporary file beside the target, which is then renamed over it. A symbolic
 * link keeps pointing at its (rewritten) target, and a rewritten file keeps its permissions.
 */
export function writeFileAtomic(path: string, text: string): void {
    let target = path;
    try {
        target = realpathSync(path);
    } catch {
        // a new file: write it where it was asked for
    }
    const temporary = temporaryBeside(target);
    try {
        writeFileSync(temporary, text, 'utf8');
        let mode: number | undefined;
        try {
            mode = statSync(target).mode & 0o7777;
        } catch {
            // a new file keeps the default permissions
        }
        if (mode !== undefined) chmodSync(temporary, mode);
        renameSync(temporary, target);
    } catch (error) {
        rmSync(temporary, { force: true });
        throw describeFileError(path, error);
    }
}
