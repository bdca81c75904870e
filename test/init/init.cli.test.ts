import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli, runCliInProcess } from '../helpers/cli.js';

interface JsonDiagnostic {
    code: string;
    severity: string;
    line: number;
    column: number;
    message: string;
}

function diagnosticsOf(stdout: string): JsonDiagnostic[] {
    return (JSON.parse(stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics;
}

describe('cop init then cop check', () => {
    for (const template of ['minimal', 'value-creation', 'kpi', 'okr', 'north-star', 'scorecard', 'operating-review']) {
        // The first template as processes, as a user runs them; the others in this process (faster, the same commands).
        const cop = template === 'minimal' ? async (args: string[], options: { cwd: string }) => runCli(args, options) : runCliInProcess;
        test(`the ${template} template checks without errors, and every warning lies on a TODO line`, async () => {
            const folder = mkdtempSync(join(tmpdir(), 'cop-init-'));
            const init = await cop(['init', 'community.cop', '--template', template], { cwd: folder });
            expect(init.stderr).toBe('');
            expect(init.code).toBe(0);
            const text = readFileSync(join(folder, 'community.cop'), 'utf8');
            expect(text).toContain('plan Community ');

            const check = await cop(['check', 'community.cop', '--format', 'json'], { cwd: folder });
            expect(check.stderr).toBe('');
            expect(check.code).toBe(0);
            const diagnostics = diagnosticsOf(check.stdout);
            expect(diagnostics.filter(d => d.severity === 'error')).toEqual([]);
            const warnings = diagnostics.filter(d => d.severity === 'warning');
            // The template leaves gaps on purpose: a plan without warnings would teach nothing.
            expect(warnings.length).toBeGreaterThan(0);
            const lines = text.split('\n');
            for (const warning of warnings) {
                expect(lines[warning.line - 1], `${warning.code} on line ${warning.line}`).toMatch(/\/\/ TODO/);
            }
            // Nor any other noise: hints and information too point only at gaps.
            for (const other of diagnostics) {
                expect(lines[other.line - 1], `${other.code} on line ${other.line}`).toMatch(/\/\/ TODO/);
            }
            // Already in the canonical layout: formatting changes nothing.
            const fmt = await cop(['fmt', '--check', 'community.cop'], { cwd: folder });
            expect(fmt.stdout + fmt.stderr).toBe('');
            expect(fmt.code).toBe(0);
            // `cop init` counts the same gaps it tells people to fill.
            expect(init.stdout).toContain(`${warnings.length} gap`);
        });
    }

    test('the kpi template writes its actuals file beside the plan, and the plan names it', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'cop-init-'));
        const init = await runCliInProcess(['init', 'plans/support.cop', '-t', 'kpi'], { cwd: folder });
        expect(init.code).toBe(0);
        expect(readdirSync(join(folder, 'plans')).sort()).toEqual(['cop.config.json', 'support-actuals.csv', 'support.cop']);
        expect(readFileSync(join(folder, 'plans', 'support-actuals.csv'), 'utf8')).toBe('indicator,date,value,note\n');
        expect(readFileSync(join(folder, 'plans', 'support.cop'), 'utf8')).toContain('actuals "support-actuals.csv"');
    });

    test('refuses to overwrite an existing plan: exit 2, a clear message, the file byte-for-byte unchanged', () => {
        const folder = mkdtempSync(join(tmpdir(), 'cop-init-'));
        const file = join(folder, 'mine.cop');
        // Bytes no template would write, including invalid UTF-8 and no final newline.
        const original = Buffer.from([0x70, 0x6c, 0x61, 0x6e, 0x20, 0xff, 0xfe, 0x0d, 0x0a, 0x00, 0x41]);
        writeFileSync(file, original);
        const result = runCli(['init', 'mine.cop', '--template', 'value-creation'], { cwd: folder });
        expect(result.code).toBe(2);
        expect(result.stderr).toContain('mine.cop already exists');
        expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
        expect(readFileSync(file).equals(original)).toBe(true);
        expect(readdirSync(folder)).toEqual(['mine.cop']); // no temporary file left behind
    });

    test('refuses when a companion file exists, and then writes nothing at all', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'cop-init-'));
        writeFileSync(join(folder, 'support-actuals.csv'), 'indicator,date,value\nDeflected,2026-07,210\n');
        const result = await runCliInProcess(['init', 'support.cop', '--template', 'kpi'], { cwd: folder });
        expect(result.code).toBe(2);
        expect(result.stderr).toContain('support-actuals.csv already exists');
        expect(existsSync(join(folder, 'support.cop'))).toBe(false);
        expect(readFileSync(join(folder, 'support-actuals.csv'), 'utf8')).toBe('indicator,date,value\nDeflected,2026-07,210\n');
    });

    test('lists the templates in --help, and names them when an unknown one is asked for', async () => {
        const help = await runCliInProcess(['init', '--help']);
        expect(help.code).toBe(0);
        for (const name of ['minimal', 'value-creation', 'kpi', 'okr', 'north-star', 'scorecard', 'operating-review'])
            expect(help.stdout).toContain(`  ${name} `);
        const unknown = await runCliInProcess(['init', 'x.cop', '--template', 'swot'], { cwd: mkdtempSync(join(tmpdir(), 'cop-init-')) });
        expect(unknown.code).toBe(2);
        expect(unknown.stderr).toContain('no template "swot"');
        expect(unknown.stderr).toContain('value-creation');
    });

    test('without a file name writes plan.cop; without .cop adds it; another extension is refused', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'cop-init-'));
        expect((await runCliInProcess(['init'], { cwd: folder })).code).toBe(0);
        expect((await runCliInProcess(['init', 'data-science'], { cwd: folder })).code).toBe(0);
        expect(readFileSync(join(folder, 'data-science.cop'), 'utf8')).toContain('plan DataScience ');
        const wrong = await runCliInProcess(['init', 'notes.txt'], { cwd: folder });
        expect(wrong.code).toBe(2);
        expect(wrong.stderr).toContain('ends in .cop');
        expect(readdirSync(folder).sort()).toEqual(['cop.config.json', 'data-science.cop', 'plan.cop']);
        mkdirSync(join(folder, 'plans'));
        expect((await runCliInProcess(['init', 'plans'], { cwd: folder })).code).toBe(0);
        // The config of the folder above applies: none is written in plans/.
        expect(readdirSync(join(folder, 'plans'))).toEqual(['plan.cop']);
    });

    test('writes an empty cop.config.json beside the plan when none applies, never a second one below it, never over one', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'cop-init-'));
        const first = await runCliInProcess(['init', 'team/plan.cop'], { cwd: folder });
        expect(first.code).toBe(0);
        expect(first.stdout).toContain('Wrote team/plan.cop and team/cop.config.json');
        expect(first.stdout).toContain('the built-in catalog is always used');
        const config = JSON.parse(readFileSync(join(folder, 'team', 'cop.config.json'), 'utf8'));
        expect(config).toEqual({ catalogs: [], rules: {} });
        // The written config is valid: the new plan has no config-invalid.
        const check = await runCliInProcess(['check', '--format', 'json', 'team'], { cwd: folder });
        expect(check.stdout).not.toContain('config-invalid');

        // A plan in a folder below finds that config and gets none of its own.
        const below = await runCliInProcess(['init', 'team/sub/other.cop'], { cwd: folder });
        expect(below.code).toBe(0);
        expect(below.stdout).not.toContain('cop.config.json');
        expect(readdirSync(join(folder, 'team', 'sub'))).toEqual(['other.cop']);

        // An existing config (even a broken one) is found and left as it is.
        const other = mkdtempSync(join(tmpdir(), 'cop-init-'));
        writeFileSync(join(other, 'cop.config.json'), '{ broken');
        expect((await runCliInProcess(['init', 'plan.cop'], { cwd: other })).code).toBe(0);
        expect(readFileSync(join(other, 'cop.config.json'), 'utf8')).toBe('{ broken');
    });
});
