import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { keepHeapTight } from '../../server/heap-growth.js';

/**
 * The server keeps V8's old generation from growing far past what survives (server/heap-growth.ts);
 * what it saves is measured by `npm run bench:memory`. Here: a user's own flag wins, and the
 * setting is one V8 takes while running.
 */
describe("the server's heap growth", () => {
    it('leaves a factor node was started with alone', () => {
        expect(keepHeapTight(['--heap-growing-percent=80'], '')).toBe(false);
        expect(keepHeapTight(['--heap_growing_percent', '80'], '')).toBe(false);
        expect(keepHeapTight([], '--max-old-space-size=4096 --heap-growing-percent=80')).toBe(false);
        expect(keepHeapTight(['--heap-growing-percent-other=1', '--inspect'], '--max-old-space-size=4096')).toBe(true);
        expect(keepHeapTight([], '')).toBe(true);
    });

    it('is a flag V8 accepts while running', () => {
        // V8 prints "Error: unrecognized flag" for a name it does not know, and goes on.
        const run = spawnSync(process.execPath, ['-e', "require('node:v8').setFlagsFromString('--heap-growing-percent=30')"], { encoding: 'utf8' });
        expect(run.status).toBe(0);
        expect(`${run.stdout}${run.stderr}`).toBe('');
        const unknown = spawnSync(process.execPath, ['-e', "require('node:v8').setFlagsFromString('--heap-growing-percentage=30')"], { encoding: 'utf8' });
        expect(`${unknown.stdout}${unknown.stderr}`).toMatch(/unrecognized flag/i);
    });
});
