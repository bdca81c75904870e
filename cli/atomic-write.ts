import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describeFileError } from './cli-error.js';

/**
 * Writes a file so that readers see the old content or the new, never half of it: the text
 * goes to a temporary file beside the target, which is then renamed over it.
 */
export function writeFileAtomic(path: string, text: string): void {
    const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    try {
        writeFileSync(temporary, text, 'utf8');
        renameSync(temporary, path);
    } catch (error) {
        rmSync(temporary, { force: true });
        throw describeFileError(path, error);
    }
}
