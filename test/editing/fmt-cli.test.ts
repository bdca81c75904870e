import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli, runCliInProcess } from '../helpers/cli.js';

const messy = 'plan P "A plan" {purpose "p"}\nindicator I { data "d" unit hours }\n';
const tidy = 'plan P "A plan" {\n    purpose "p"\n}\n\nindicator I {\n    data "d"\n    unit hours\n}\n';
const broken = 'plan Q {\n    purpose "p"\n}\nindicator J {\n    unit\n}\n';

function folder(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'cop-fmt-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
}

describe('cop fmt', () => {
    test('--check lists the files that would change, exits 1, and writes nothing', async () => {
        const dir = folder({ 'messy.cop': messy, 'tidy.cop': tidy });
        const result = runCli(['fmt', '--check', '.'], { cwd: dir });
        expect(result.code).toBe(1);
        expect(result.stdout.trim().split('\n')).toEqual(['messy.cop']);
        expect(readFileSync(join(dir, 'messy.cop'), 'utf8')).toBe(messy);
    });

    test('rewrites a messy file, leaves a tidy one untouched, and a second run changes nothing', async () => {
        const dir = folder({ 'messy.cop': messy, 'tidy.cop': tidy });
        const tidyBefore = statSync(join(dir, 'tidy.cop'));
        const result = runCli(['fmt', '.'], { cwd: dir });
        expect(result.code).toBe(0);
        expect(result.stdout).toBe('formatted messy.cop\n');
        expect(readFileSync(join(dir, 'messy.cop'), 'utf8')).toBe(tidy);
        // Never rewritten: same inode and modification time.
        const tidyAfter = statSync(join(dir, 'tidy.cop'));
        expect([tidyAfter.ino, tidyAfter.mtimeMs]).toEqual([tidyBefore.ino, tidyBefore.mtimeMs]);
        expect(readdirSync(dir).sort()).toEqual(['messy.cop', 'tidy.cop']); // no temporary left over
        const again = runCli(['fmt', '--check', '.'], { cwd: dir });
        expect([again.code, again.stdout]).toEqual([0, '']);
    });

    test('refuses a file with a syntax error: exit 1, file untouched, message names file and line', async () => {
        const dir = folder({ 'broken.cop': broken, 'messy.cop': messy });
        const result = runCli(['fmt', '.'], { cwd: dir });
        expect(result.code).toBe(1);
        expect(result.stderr).toMatch(/^broken\.cop:6:\d+: not formatted, the plan has a syntax error/);
        expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
        expect(readFileSync(join(dir, 'broken.cop'), 'utf8')).toBe(broken);
        expect(readFileSync(join(dir, 'messy.cop'), 'utf8')).toBe(tidy); // the good file is still formatted
    });

    test('the JSON export of every example is the same before and after cop fmt (but for diagnostic positions)', async () => {
        const examples = resolve(import.meta.dirname, '../../examples');
        const dir = mkdtempSync(join(tmpdir(), 'cop-fmt-export-'));
        cpSync(examples, dir, { recursive: true });
        // Mess up each example's layout (every line indented by one space, no blank lines) so formatting has work to do.
        const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(name => name.endsWith('.cop'));
        const exportOf = async (file: string) => {
            const result = await runCliInProcess(['export', file, '--format', 'json'], { cwd: dir });
            expect(result.code, result.stderr).toBe(0);
            const data = JSON.parse(result.stdout) as { diagnostics?: Array<Record<string, unknown>> };
            for (const diagnostic of data.diagnostics ?? []) {
                delete diagnostic.line;
                delete diagnostic.column;
                delete diagnostic.endLine;
                delete diagnostic.endColumn;
            }
            return JSON.stringify(data, (key, value) => (key === 'line' || key === 'column' ? undefined : value));
        };
        for (const file of files) {
            const messy = readFileSync(join(dir, file), 'utf8').replace(/\n\s*/g, '\n ');
            writeFileSync(join(dir, file), messy);
        }
        // In this process, one after another (runs take turns); fmt itself runs as a process.
        const exportAll = async () => {
            const exports: string[] = [];
            for (const file of files) exports.push(await exportOf(file));
            return exports;
        };
        const before = await exportAll();
        const result = runCli(['fmt', '.'], { cwd: dir });
        expect(result.code, result.stderr).toBe(0);
        expect(result.stdout.trim().split('\n').length).toBe(files.length);
        expect(await exportAll()).toEqual(before);
    });

    test('usage problems exit 2', async () => {
        expect(runCli(['fmt']).code).toBe(2);
        const missing = runCli(['fmt', join(tmpdir(), 'no-such-plan.cop')]);
        expect(missing.code).toBe(2);
        expect(missing.stderr).toContain('no such file');
    });
});
