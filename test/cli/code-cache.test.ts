import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUNDLE_ID_LINE, bundleIdOf, runWithCodeCache } from '../../cli/code-cache.js';

/** A CommonJS bundle in a fresh folder, with a file it requires beside it. */
function bundle(source: string): { folder: string; file: string } {
    const folder = mkdtempSync(join(tmpdir(), 'cop-code-cache-'));
    writeFileSync(join(folder, 'helper.js'), 'module.exports = { twice: n => 2 * n };\n');
    const file = join(folder, 'bundle.js');
    writeFileSync(file, source);
    return { folder, file };
}

// Each test its own source text: V8 keeps compiled scripts in memory by their text.
let unique = 0;
const source = () => `// a banner line, as esbuild writes it (${++unique}, ${Date.now()})
const { basename } = require('node:path');
const { twice } = require('./helper.js');
module.exports = { self: this === module.exports, name: basename(__filename), folder: __dirname, four: twice(2) };
`;

describe('runWithCodeCache', () => {
    test('runs a CommonJS bundle as require would: exports, require beside the bundle, __filename, __dirname, this', () => {
        const { folder, file } = bundle(source());
        const run = runWithCodeCache(file, 'check', { env: { XDG_CACHE_HOME: join(folder, 'cache') }, writeLater: () => {} });
        expect(run.exports).toEqual({ self: true, name: 'bundle.js', folder, four: 4 });
    });

    test('writes a cache that the next run takes its code from, one per bundle content and command', () => {
        const { folder, file } = bundle(source());
        const env = { XDG_CACHE_HOME: join(folder, 'cache') };
        const writes: Array<() => void> = [];
        const first = runWithCodeCache(file, 'check', { env, writeLater: write => writes.push(write) });
        expect(first.fromCache).toBe(false);
        expect(first.cacheFile?.startsWith(join(folder, 'cache', 'cop'))).toBe(true);
        expect(writes).toHaveLength(1);
        writes[0]();
        expect(readdirSync(join(folder, 'cache', 'cop'))).toEqual([first.cacheFile!.split('/').at(-1)]);

        // Whether V8 accepts the written cache shows only in a new process (in this one, V8's
        // own in-memory cache answers): see code-cache.cli.test.ts.
        const second = runWithCodeCache(file, 'check', { env, writeLater: write => writes.push(write) });
        expect(second.cacheFile).toBe(first.cacheFile);
        expect(second.exports).toEqual(first.exports);

        const other = runWithCodeCache(file, 'fmt', { env, writeLater: () => {} });
        expect(other.cacheFile).not.toBe(first.cacheFile);
        writeFileSync(file, readFileSync(file, 'utf8') + '// changed\n');
        const changed = runWithCodeCache(file, 'check', { env, writeLater: () => {} });
        expect(changed.cacheFile).not.toBe(first.cacheFile);
        expect(changed.fromCache).toBe(false);
    });

    test('a cache folder that others may write to is not used', () => {
        const { folder, file } = bundle(source());
        const shared = join(folder, 'shared');
        mkdirSync(join(shared, 'cop'), { recursive: true });
        chmodSync(join(shared, 'cop'), 0o777);
        const run = runWithCodeCache(file, 'check', { env: { XDG_CACHE_HOME: shared }, writeLater: () => {} });
        expect(run.cacheFile?.startsWith(join(shared, 'cop'))).toBe(false);
        expect(run.exports).toMatchObject({ four: 4 });
    });

    test('a bundle that starts with a #! line runs too', () => {
        const { folder, file } = bundle('#!/usr/bin/env node\n' + source());
        const run = runWithCodeCache(file, 'check', { env: { XDG_CACHE_HOME: join(folder, 'cache') }, writeLater: () => {} });
        expect(run.exports).toMatchObject({ self: true, four: 4 });
    });

    test('an error thrown by the bundle names the bundle and its line in the stack', () => {
        const { file } = bundle('// line 1\n\nfunction fail() { throw new Error("boom"); }\nfail();\n');
        let error: Error | undefined;
        try {
            runWithCodeCache(file, 'check', { writeLater: () => {} });
        } catch (thrown) {
            error = thrown as Error;
        }
        expect(error?.message).toBe('boom');
        expect(error?.stack).toContain(`${file}:3:`);
    });
});

describe('bundleIdOf', () => {
    const text = 'module.exports = 1;\n';

    test('reads the id the build wrote into the last line', () => {
        expect(bundleIdOf(`${text}${BUNDLE_ID_LINE}0123456789abcdef0123\n`)).toBe('0123456789abcdef0123');
    });

    test('hashes the content when the bundle has no id line, or a line that is not one', () => {
        const hashed = bundleIdOf(text);
        expect(hashed).toMatch(/^[0-9a-f]{20}$/);
        expect(bundleIdOf(text + '// changed\n')).not.toBe(hashed);
        expect(bundleIdOf(`${text}${BUNDLE_ID_LINE}not-an-id\n`)).toMatch(/^[0-9a-f]{20}$/);
        expect(bundleIdOf(`${text}${BUNDLE_ID_LINE}0123456789abcdef0123\nmore();\n`)).not.toBe('0123456789abcdef0123');
    });

    test('the built CLI carries the id of its content', () => {
        const built = readFileSync(join(import.meta.dirname, '../../out/cli-main.js'), 'utf8');
        const line = built.lastIndexOf(BUNDLE_ID_LINE);
        expect(line).toBeGreaterThan(0);
        expect(bundleIdOf(built)).toBe(bundleIdOf(built.slice(0, line)));
    });
});
