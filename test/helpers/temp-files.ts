import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temporary folder holding `files` (paths relative to it, folders made as needed). */
export function tempFiles(files: Record<string, string | Buffer>, prefix = 'cop-test-'): string {
    const folder = mkdtempSync(join(tmpdir(), prefix));
    for (const [name, text] of Object.entries(files)) {
        mkdirSync(join(folder, name, '..'), { recursive: true });
        writeFileSync(join(folder, name), text);
    }
    return folder;
}
