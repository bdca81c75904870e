import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generatePlan } from '../../bench/generate-plan.js';
import { cliPath, runCli } from '../helpers/cli.js';
import { tempFiles } from '../helpers/temp-files.js';

// A one-shot command ends as soon as its output is written (cli/main.ts), not when the
// event loop empties: nothing it printed may be lost, and the exit code is the command's.
describe('cop exits when its output is written', () => {
    const big = tempFiles({ 'plan.cop': generatePlan(10000) });
    const folder = tempFiles({
        'plan.cop': generatePlan(3000),
        'broken.cop': 'plan B "B" { purpose "x" }\nindicator D "one" { data "x" }\nindicator D "two" { data "y" }\n'
    });

    test('a long report through a pipe arrives whole, its summary last', () => {
        const result = runCli(['check', '--root', folder, join(folder, 'plan.cop')]);
        expect(result.code).toBe(0);
        const lines = result.stdout.trim().split('\n');
        const summary = /^0 errors, (\d+) warnings, (\d+) information in 1 plan file\.$/.exec(lines.at(-1) ?? '');
        expect(summary).not.toBeNull();
        expect(lines.length - 1).toBe(Number(summary![1]) + Number(summary![2]));
        expect(lines.length).toBeGreaterThan(50);
    });

    test('the same JSON, whole, to a reader that starts reading late (the pipe fills, cop waits)', () => {
        const command = `"${process.execPath}" "${cliPath}" check --root "${big}" "${join(big, 'plan.cop')}" --format json | { sleep 0.5; cat; }`;
        const result = spawnSync('sh', ['-c', command], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
        expect(result.stdout.length).toBeGreaterThan(64 * 1024);
        const report = JSON.parse(result.stdout) as { diagnostics: unknown[] };
        expect(report.diagnostics.length).toBeGreaterThan(300);
    });

    test('errors still exit 1, with stderr and stdout complete', () => {
        const result = runCli(['check', join(folder, 'broken.cop'), '--max-warnings', '0']);
        expect(result.code).toBe(1);
        expect(result.stdout).toMatch(/1 error/);
    });
});
