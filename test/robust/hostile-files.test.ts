import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generatePlan } from '../../bench/generate-plan.js';
import { runCli } from '../helpers/cli.js';

const plan = `plan Small "A small plan" { purpose "Help" }
indicator Speed "Time to respond" { data "Forum" }
`;

/** No message of cop ever shows a stack trace or calls itself broken. */
function expectPlainMessage(stderr: string): void {
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stderr).not.toMatch(/internal error/i);
}

describe('cop check on hostile files', () => {
    let folder: string;
    beforeAll(() => {
        folder = mkdtempSync(join(tmpdir(), 'cop-hostile-'));
    });
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    // Root reads any file whatever its mode (CI containers often run as root), so the case
    // cannot be made there.
    const isRoot = process.getuid?.() === 0;
    const unreadable = 'an unreadable file: names it, says why, exit 2';
    test.skipIf(isRoot)(isRoot ? `${unreadable} (skipped: running as root, which reads any file whatever its mode)` : unreadable, () => {
        const file = join(folder, 'locked.cop');
        writeFileSync(file, plan);
        chmodSync(file, 0o000);
        const result = runCli(['check', file]);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain('locked.cop');
        expect(result.stderr).toContain('permission denied');
        expectPlainMessage(result.stderr);
    });

    test('a folder without plans: says so, exit 2', () => {
        const empty = join(folder, 'empty');
        mkdirSync(empty);
        writeFileSync(join(empty, 'notes.txt'), 'not a plan');
        const result = runCli(['check', empty]);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain('no .cop files found');
        expect(result.stderr).toContain('empty');
    });

    test('a symbolic link loop in a folder: each plan checked once, no hang', () => {
        const looped = join(folder, 'looped');
        mkdirSync(looped);
        writeFileSync(join(looped, 'plan.cop'), plan);
        symlinkSync('.', join(looped, 'again'));
        symlinkSync(looped, join(looped, 'nested'));
        const result = runCli(['check', looped]);
        expect(result.code).toBe(0);
        expect(result.stdout).toContain('in 1 plan file');
        expect(result.stdout.match(/indicator-unused/g)).toHaveLength(1);
    });

    test('a plan that links to itself in a loop: names it, exit 2', () => {
        const links = join(folder, 'links');
        mkdirSync(links);
        symlinkSync('b.cop', join(links, 'a.cop'));
        symlinkSync('a.cop', join(links, 'b.cop'));
        const result = runCli(['check', join(links, 'a.cop')]);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain('a.cop');
        expect(result.stderr).toContain('symbolic links');
    });

    test('a binary file named .cop: says it is not a plan, exit 2', () => {
        const file = join(folder, 'picture.cop');
        const bytes = Buffer.alloc(4096);
        for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
        writeFileSync(file, bytes);
        const result = runCli(['check', file]);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain('picture.cop');
        expect(result.stderr).toContain('binary');
        expectPlainMessage(result.stderr);
    });

    test('fmt refuses the same files as check: a binary file is named and left alone, exit 2', () => {
        const file = join(folder, 'binary-fmt.cop');
        const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
        writeFileSync(file, bytes);
        const result = runCli(['fmt', file]);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain('binary-fmt.cop');
        expect(result.stderr).toContain('binary');
        expect(readFileSync(file)).toEqual(bytes);
    });

    test('a 50 MB plan: refused at once with the limit and what to do, exit 2', () => {
        const file = join(folder, 'huge.cop');
        const chunk = generatePlan(1000);
        const copies = Math.ceil((50 * 1024 * 1024) / chunk.length);
        writeFileSync(file, Array.from({ length: copies }, () => chunk).join('\n'));
        const result = runCli(['check', file]);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain('huge.cop');
        expect(result.stderr).toMatch(/50\.\d MB is too large for a plan \(the limit is 10\.0 MB/);
        expect(result.stderr).toContain('Split it');
        expectPlainMessage(result.stderr);
    });

    test('thousands of syntax errors in one block: a clear first error, no stack overflow', () => {
        const file = join(folder, 'errors.cop');
        writeFileSync(file, plan + 'shared S { member \n'.repeat(20_000));
        const result = runCli(['check', file]);
        expect(result.code).toBe(1);
        expect(result.stdout).toContain('too many syntax errors to check the rest');
        expectPlainMessage(result.stderr);
    });

    test('a formula nested thousands deep: one plain error, the rest of the plan checked', () => {
        const file = join(folder, 'deep.cop');
        writeFileSync(file, plan + `kpi Deep { formula ${'('.repeat(20_000)}1${')'.repeat(20_000)} }\n`);
        const result = runCli(['check', file]);
        expect(result.code).toBe(1);
        expect(result.stdout).toContain('a formula may hold at most 200');
        expect(result.stdout).toContain('indicator-unused');
        expectPlainMessage(result.stderr);
    });

    test('cop fmt leaves a plan with an over-long formula as written (it used to drop the formula)', () => {
        const file = join(folder, 'long-formula.cop');
        const text = plan + `kpi Long {\nformula ${Array.from({ length: 250 }, (_, i) => String(i)).join(' + ')}\n}\n`;
        writeFileSync(file, text);
        const result = runCli(['fmt', file]);
        expect(result.code).toBe(1);
        expect(result.stderr + result.stdout).toContain('a formula may hold at most 200');
        expect(readFileSync(file, 'utf8')).toBe(text);
    });
});
