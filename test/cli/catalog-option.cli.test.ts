import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCliInProcess } from '../helpers/cli.js';

// Two indicators no built-in entry knows, and no `catalog` line in the plan.
const plan = `plan Cop "A community" {
    purpose "Help"
}
indicator Reviews "Models peer reviewed" {
    data "Review log"
}
indicator Pairs "Pairing sessions held" {
    data "Calendar"
}
`;

const catalog = (id: string, title: string) =>
    JSON.stringify({ version: 1, indicators: [{ id, title, kind: 'quantitative', description: 'A team indicator.', source: 'Team' }] });

/** A folder with `plans/plan.cop` and two catalogs in `shared/`; commands run from it. */
function folder(): string {
    const root = mkdtempSync(join(tmpdir(), 'cop-cli-option-'));
    mkdirSync(join(root, 'plans'));
    mkdirSync(join(root, 'shared'));
    writeFileSync(join(root, 'plans', 'plan.cop'), plan);
    writeFileSync(join(root, 'shared', 'reviews.json'), catalog('reviews', 'Models peer reviewed'));
    writeFileSync(join(root, 'shared', 'pairs.json'), catalog('pairs', 'Pairing sessions held'));
    return root;
}

interface JsonReport {
    diagnostics: Array<{ code: string; line: number; message: string }>;
}
const checkJson = async (args: string[], cwd: string) => {
    const result = await runCliInProcess(['check', '--format', 'json', ...args], { cwd });
    return { ...result, diagnostics: (JSON.parse(result.stdout) as JsonReport).diagnostics };
};
const unknownLines = (diagnostics: JsonReport['diagnostics']) => diagnostics.filter(d => d.code === 'unknown-catalog-entry').map(d => d.line);

describe('cop check --catalog', () => {
    test('each --catalog (relative to the current folder, repeatable) makes its indicators known', async () => {
        const root = folder();
        expect(unknownLines((await checkJson(['plans'], root)).diagnostics)).toEqual([4, 7]);
        expect(unknownLines((await checkJson(['--catalog', 'shared/reviews.json', 'plans'], root)).diagnostics)).toEqual([7]);
        const both = await checkJson(['--catalog', 'shared/reviews.json', '--catalog', join(root, 'shared', 'pairs.json'), 'plans/plan.cop'], root);
        expect(both.code).toBe(0);
        expect(both.stderr).toBe('');
        expect(unknownLines(both.diagnostics)).toEqual([]);
    });

    test('a missing --catalog file is a catalog-invalid error on the plan name (exit 1), as in the editor', async () => {
        const result = await checkJson(['--catalog', 'shared/nope.json', 'plans'], folder());
        expect(result.code).toBe(1);
        expect(result.stderr).toBe('');
        const invalid = result.diagnostics.filter(d => d.code === 'catalog-invalid');
        expect(invalid.map(d => d.line)).toEqual([1]);
        expect(invalid[0].message).toContain('Catalog "shared/nope.json" of the settings');
        expect(invalid[0].message).toContain('no such file; relative paths start from the workspace folder, or from the current folder for `cop`');
    });

    test('export and report take --catalog too', async () => {
        const root = folder();
        const exported = await runCliInProcess(['export', '--catalog', 'shared/reviews.json', '--catalog', 'shared/pairs.json', 'plans/plan.cop'], {
            cwd: root
        });
        expect(exported.code).toBe(0);
        const codes = (JSON.parse(exported.stdout) as JsonReport).diagnostics.map(d => d.code);
        expect(codes).toContain('indicator-unused');
        expect(codes).not.toContain('unknown-catalog-entry');
        const without = JSON.parse((await runCliInProcess(['export', 'plans/plan.cop'], { cwd: root })).stdout) as JsonReport;
        expect(without.diagnostics.map(d => d.code)).toContain('unknown-catalog-entry');

        // Written, but the plan has an error (the missing catalog): exit 1, as check.
        const report = await runCliInProcess(['report', '--catalog', 'shared/nope.json', 'plans/plan.cop'], { cwd: root });
        expect(report.code).toBe(1);
        expect(report.stderr).toContain('has 1 error');
        expect((await runCliInProcess(['check', '--help'])).stdout).toContain('--catalog FILE');
    });
});
