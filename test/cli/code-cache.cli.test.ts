import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli.js';

const repo = join(import.meta.dirname, '../..');
const args = ['check', 'examples', '--as-of', '2026-11-01'];

// `cop` (out/cli.js) runs the CLI bundle through a V8 code cache in $XDG_CACHE_HOME/cop.
describe('cop with a code cache', () => {
    test('the first run writes the cache, the next one uses it and answers the same', () => {
        const cache = mkdtempSync(join(tmpdir(), 'cop-xdg-'));
        const env = { XDG_CACHE_HOME: cache };
        const first = runCli(args, { cwd: repo, env });
        expect(first.stderr).toBe('');
        expect(first.code).toBe(0);
        const files = readdirSync(join(cache, 'cop'));
        expect(files).toHaveLength(1);
        expect(files[0]).toMatch(/^cli-[0-9a-f]+-v[\d.]+-\w+-check\.v8cache$/);
        const written = statSync(join(cache, 'cop', files[0])).mtimeMs;

        const second = runCli(args, { cwd: repo, env });
        expect(second).toEqual(first);
        // Taken from the cache, not written again.
        expect(statSync(join(cache, 'cop', files[0])).mtimeMs).toBe(written);
    });

    test('a damaged cache changes nothing the user sees', () => {
        const cache = mkdtempSync(join(tmpdir(), 'cop-xdg-'));
        const env = { XDG_CACHE_HOME: cache };
        const first = runCli(args, { cwd: repo, env });
        const [file] = readdirSync(join(cache, 'cop'));
        writeFileSync(join(cache, 'cop', file), Buffer.alloc(4096, 7));
        expect(runCli(args, { cwd: repo, env })).toEqual(first);
        expect(statSync(join(cache, 'cop', file)).size).toBeGreaterThan(4096);
    });

    test('with no usable cache folder at all, cop runs as usual and says nothing about it', () => {
        const blocker = join(mkdtempSync(join(tmpdir(), 'cop-xdg-')), 'a-file');
        writeFileSync(blocker, '');
        const reference = runCli(args, { cwd: repo });
        const result = runCli(args, { cwd: repo, env: { XDG_CACHE_HOME: blocker, HOME: blocker, TMPDIR: blocker } });
        expect(result).toEqual(reference);
    });
});
