import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runCliInProcess } from '../helpers/cli.js';
import { codeCases } from './cases.js';

/** `cop check --format json` on every case and its fix, in one run: one file each. */
async function checkAll(): Promise<{ file: string; line: number; code: string; severity: string }[]> {
    const folder = mkdtempSync(join(tmpdir(), 'cop-decisions-cli-'));
    codeCases.forEach((c, i) => {
        writeFileSync(join(folder, `case${i}.cop`), c.plan);
        // The fixed plan gets its own name: plans of one folder must not share a name.
        writeFileSync(join(folder, `fixed${i}.cop`), c.fixed.replace(/^plan (\w+)/, 'plan $1Fixed'));
    });
    const result = await runCliInProcess(['check', '--format', 'json', '.'], { cwd: folder });
    expect(result.stderr).toBe('');
    return JSON.parse(result.stdout).diagnostics;
}

describe('Part 6 codes through cop check', () => {
    let diagnostics: Awaited<ReturnType<typeof checkAll>>;
    beforeAll(async () => {
        diagnostics = await checkAll();
    });
    test.each(codeCases.map((c, i) => [c.code, c, i] as const))('%s: reported on its line, not once fixed', async (code, c, i) => {
        const found = diagnostics.filter(d => d.file === `case${i}.cop` && d.code === code);
        expect(found.map(d => [d.line, d.severity])).toEqual([[c.line, c.severity]]);
        expect(diagnostics.filter(d => d.file === `fixed${i}.cop` && d.code === code)).toEqual([]);
    });

    test('cost-invalid makes cop check fail; the rest do not without --strict', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'cop-decisions-exit-'));
        const cost = codeCases.find(c => c.code === 'cost-invalid')!;
        writeFileSync(join(folder, 'plan.cop'), cost.plan);
        expect((await runCliInProcess(['check', 'plan.cop'], { cwd: folder })).code).toBe(1);
        const review = codeCases.find(c => c.code === 'action-overdue')!;
        writeFileSync(join(folder, 'plan.cop'), review.plan);
        const result = await runCliInProcess(['check', 'plan.cop'], { cwd: folder });
        expect(result.code).toBe(0);
        expect(result.stdout).toContain('action-overdue');
        expect((await runCliInProcess(['check', '--as-of', '2020-11-30', 'plan.cop'], { cwd: folder })).stdout).not.toContain('action-overdue');
    });
});
