import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const copy = mkdtempSync(join(tmpdir(), 'cop-first-generate-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

/**
 * `npm run langium:generate` on a fresh clone, where nothing generated exists yet: the
 * grammar's intended repeats are sorted by code that loads the parser, which imports a
 * lookahead table only the second step records. The first build once printed all 53
 * warnings with "could not be sorted"; a newcomer's first build must be as quiet as any.
 */
describe('the first grammar build of a fresh clone', () => {
    it('prints no warning and leaves out the intended repeats', () => {
        for (const part of ['package.json', 'langium-config.json', 'scripts', 'language', 'syntaxes']) {
            cpSync(join(root, part), join(copy, part), {
                recursive: true,
                filter: source => !/[\\/](generated|\.cache)([\\/]|$)|\.generated\.json$/.test(source.slice(root.length))
            });
        }
        symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
        const run = spawnSync(process.execPath, ['scripts/langium-generate.mjs'], { cwd: copy, encoding: 'utf8', timeout: 60_000 });
        const printed = `${run.stdout}\n${run.stderr}`;
        expect(run.status, printed).toBe(0);
        expect(printed).not.toMatch(/Found multiple assignments to '|could not be sorted/);
        expect(printed).toMatch(/\d+ warnings "Found multiple assignments" not printed/);
    }, 90_000);
});
