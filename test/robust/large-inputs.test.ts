import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generatePlan, generateWorkspace } from '../../bench/generate-plan.js';
import { runCli } from '../helpers/cli.js';

/**
 * Inputs far larger than anyone writes by hand, through `out/cli.js check` as a process: each
 * finishes (no "Maximum call stack size exceeded" from a spread or a deep recursion) and
 * reports every problem planted in it, at the row or line where it was planted. The bounds
 * are generous "answers at all" limits, not timings (npm run bench measures those).
 */
const BOUND_MS = 60_000;

/** Diagnostic lines of the text output with the code, as the CLI prints them. */
function linesWith(stdout: string, code: string): string[] {
    return stdout.split('\n').filter(line => line.includes(` ${code} `));
}

function timed<T>(run: () => T): { result: T; ms: number } {
    const start = Date.now();
    const result = run();
    return { result, ms: Date.now() - start };
}

describe('large inputs through cop check', () => {
    let folder: string;
    beforeAll(() => {
        folder = mkdtempSync(join(tmpdir(), 'cop-large-'));
    });
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    test(
        'a 120,000-row actuals file: the impossible date of row 119,999 and the inexact number of row 60,000 are reported',
        () => {
            const rows = ['indicator,date,value'];
            const first = Date.UTC(1600, 0, 1); // the last row is in 1928: every row is known as of today
            for (let row = 2; row <= 120_001; row++) {
                const date = row === 119_999 ? '2026-02-30' : new Date(first + row * 86_400_000).toISOString().slice(0, 10);
                rows.push(`Deflected,${date},${row === 60_000 ? '12345678901234567' : row}`);
            }
            writeFileSync(join(folder, 'actuals.csv'), rows.join('\n') + '\n');
            const plan = join(folder, 'csv-plan.cop');
            writeFileSync(
                plan,
                'plan P "P" { purpose "x" actuals "actuals.csv" }\noutcome O "O" { measure Deflected }\n' +
                    'indicator Deflected "D" { unit requests target >= 10 by 2030-01 data "d" cadence monthly }\n'
            );
            const { result, ms } = timed(() => runCli(['check', plan]));
            expect(result.stderr).toBe('');
            expect(result.code).toBe(1);
            const dates = linesWith(result.stdout, 'date-invalid');
            expect(dates).toHaveLength(1);
            expect(dates[0]).toContain('Actuals file "actuals.csv", row 119999, column 2: 2026-02-30 is not a date');
            const numbers = linesWith(result.stdout, 'number-invalid');
            expect(numbers).toHaveLength(1);
            expect(numbers[0]).toContain('row 60000, column 3: 12345678901234567');
            expect(result.stdout).toContain('2 errors');
            expect(ms).toBeLessThan(BOUND_MS);
            // The html view draws all 119,998 good rows in its line chart (which spread them as arguments once).
            const html = runCli(['export', plan, '--format', 'html']);
            // A plan with errors exports with a banner listing them, and exits 1.
            expect(html.code).toBe(1);
            expect(html.stdout).toContain('2 errors');
            expect(html.stdout.match(/class="actual-dot"/g)?.length).toBe(119_998);
        },
        4 * BOUND_MS
    );

    test(
        'a 100,000-line plan: an impossible date near its end, a 401-digit baseline and a percent mix are reported where planted',
        () => {
            const lines = generatePlan(100_000).split('\n');
            expect(lines.length).toBeGreaterThan(99_000);
            const plant = (from: number, pattern: RegExp, replace: string): number => {
                for (let i = from; i < lines.length; i++) {
                    if (pattern.test(lines[i])) {
                        lines[i] = lines[i].replace(pattern, replace);
                        return i + 1;
                    }
                }
                throw new Error(`no line after ${from} matches ${pattern}`);
            };
            const dateLine = plant(99_000, /^ {4}2026-08 /, '    2026-08-32 ');
            const numberLine = plant(50_000, /^ {4}baseline \d+/, `    baseline ${'9'.repeat(401)}`);
            const percentLine = plant(10_000, /^ {4}2026-07 (\d+)/, '    2026-07 $1%');
            const plan = join(folder, 'large-plan.cop');
            writeFileSync(plan, lines.join('\n'));
            const { result, ms } = timed(() => runCli(['check', plan]));
            expect(result.stderr).toBe('');
            const at = (code: string) => linesWith(result.stdout, code).map(line => Number(line.match(/\.cop:(\d+):/)?.[1]));
            expect(at('date-invalid')).toEqual([dateLine]);
            expect(at('number-invalid')).toEqual([numberLine]);
            expect(at('unit-mismatch')).toContain(percentLine);
            expect(result.stdout).toMatch(/\n2 errors, \d+ warnings/);
            expect(ms).toBeLessThan(BOUND_MS);
        },
        2 * BOUND_MS
    );

    test(
        'a folder of 500 linked plans (over 10,000 elements): the problem planted in two of them is reported once each',
        () => {
            const workspace = join(folder, 'workspace');
            mkdirSync(workspace);
            let elements = 0;
            for (const [name, text] of generateWorkspace(500, 2)) {
                let planted = text;
                if (name === 'team-250.cop') planted = planted.replace('date 2026-09-14', 'date 2026-11-31');
                if (name === 'team-499.cop') planted = planted.replace(/value (\d+) range/, 'value 1000000000000000.5 range');
                elements +=
                    planted.match(/^(members|organization|shared|input|output|outcome|indicator|assumption|kpi|actual|story|objective|cycle) /gm)?.length ?? 0;
                writeFileSync(join(workspace, name), planted);
            }
            expect(elements).toBeGreaterThan(10_000);
            const { result, ms } = timed(() => runCli(['check', workspace]));
            expect(result.stderr).toBe('');
            const dates = linesWith(result.stdout, 'date-invalid');
            expect(dates).toHaveLength(1);
            expect(dates[0]).toMatch(/team-250\.cop:\d+:\d+ error date-invalid 2026-11-31 is not a date: November 2026 has 30 days/);
            const numbers = linesWith(result.stdout, 'number-invalid');
            expect(numbers).toHaveLength(1);
            expect(numbers[0]).toMatch(/team-499\.cop:\d+:\d+ error number-invalid 1000000000000000.5 is larger than 1,000,000,000,000,000/);
            expect(result.stdout).toMatch(/in 500 plan files/);
            expect(ms).toBeLessThan(BOUND_MS);
        },
        2 * BOUND_MS
    );

    test(
        'a chain of 20,000 kpis, each naming the one before, and a loop of two at its end',
        () => {
            const lines = [
                'plan Chain "Chain" { purpose "x" }',
                'outcome O "O" { measure A }',
                'indicator A "A" { unit u target >= 1 by 2030-01 data "d" }',
                'actual A { 2026-07 1 }'
            ];
            for (let i = 0; i < 20_000; i++) lines.push(`kpi K${i} "K" { formula ${i > 0 ? `K${i - 1} + A` : 'A'} translates O }`);
            lines.push('kpi L1 "L" { formula L2 + K19999 translates O }', 'kpi L2 "L" { formula L1 translates O }');
            const plan = join(folder, 'kpi-chain.cop');
            writeFileSync(plan, lines.join('\n') + '\n');
            const { result, ms } = timed(() => runCli(['check', plan]));
            expect(result.stderr).toBe('');
            const loops = linesWith(result.stdout, 'formula-invalid');
            expect(loops.map(line => line.match(/\.cop:(\d+):/)?.[1])).toEqual(['20005', '20006']);
            expect(loops[0]).toContain('refers to itself: L1 → L2 → L1');
            expect(result.stdout).toContain('2 errors');
            expect(ms).toBeLessThan(BOUND_MS);
        },
        2 * BOUND_MS
    );
});
