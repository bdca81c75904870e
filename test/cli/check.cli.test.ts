import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli, runCliInProcess } from '../helpers/cli.js';
import { tempFiles } from '../helpers/temp-files.js';
import { diagnosticRules } from '../../language/diagnostics/codes.js';

const repo = join(import.meta.dirname, '../..');

const workspace = (files: Record<string, string | Buffer>) => tempFiles(files, 'cop-cli-');

const withError = `plan A "A" { purpose "x" }
indicator Dup "one" { data "x" }
indicator Dup "two" { data "y" }
`;

const withWarning = `plan B "B" { purpose "x" }
input Time "Time" {
}
`;

describe('cop check', () => {
    test('the examples check without errors, and the flawed draft shows its warnings', async () => {
        // A fixed date: the support-community example's actuals go stale as time passes.
        const result = runCli(['check', 'examples', '--as-of', '2026-11-01'], { cwd: repo });
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        const lines = result.stdout.trim().split('\n');
        expect(lines.at(-1)).toMatch(/^0 errors, \d+ warnings?, (\d+ information, )?1 hint in 6 plan files\.$/);
        for (const line of lines.slice(0, -1)) {
            expect(line).toMatch(/^examples\/flawed\/first-draft\.cop:\d+:\d+ (warning|information|hint) [a-z-]+ .+/);
        }
    });

    test('text format: file:line:col severity code message, then a summary; exit 1 on errors', async () => {
        const folder = workspace({ 'a.cop': withError, 'sub/b.cop': withWarning });
        const result = runCli(['check', '.'], { cwd: folder });
        expect(result.code).toBe(1);
        expect(result.stdout).toContain('a.cop:3:11 error duplicate-name The name `Dup` is already used on line 2.');
        expect(result.stdout).toContain('sub/b.cop:2:7 warning unmeasured ');
        expect(result.stdout.trim().split('\n').at(-1)).toBe('1 error, 1 warning, 2 information, 2 hints in 2 plan files.');
    });

    test('warnings alone exit 0, or 1 with --strict', async () => {
        const folder = workspace({ 'b.cop': withWarning });
        expect((await runCliInProcess(['check', 'b.cop'], { cwd: folder })).code).toBe(0);
        expect((await runCliInProcess(['check', '--strict', 'b.cop'], { cwd: folder })).code).toBe(1);
    });

    test('json format: one object with 1-based positions', async () => {
        const folder = workspace({ 'a.cop': withError });
        const result = runCli(['check', '--format', 'json', 'a.cop'], { cwd: folder });
        expect(result.code).toBe(1);
        const report = JSON.parse(result.stdout);
        expect(report.diagnostics).toContainEqual({
            file: 'a.cop',
            line: 3,
            column: 11,
            endLine: 3,
            endColumn: 14,
            severity: 'error',
            code: 'duplicate-name',
            message: 'The name `Dup` is already used on line 2. Names must be unique in a plan: rename one of them.'
        });
    });

    test('sarif format: SARIF 2.1.0 with every rule described and results by ruleId', async () => {
        const folder = workspace({ 'a.cop': withError });
        const result = runCli(['check', '--format', 'sarif', 'a.cop'], { cwd: folder });
        const log = JSON.parse(result.stdout);
        expect(log.version).toBe('2.1.0');
        const run = log.runs[0];
        expect(run.tool.driver.name).toBe('cop');
        expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(Object.keys(diagnosticRules));
        const duplicate = run.results.find((r: { ruleId: string }) => r.ruleId === 'duplicate-name');
        expect(duplicate.level).toBe('error');
        expect(run.tool.driver.rules[duplicate.ruleIndex].id).toBe('duplicate-name');
        expect(duplicate.locations[0].physicalLocation).toEqual({
            artifactLocation: { uri: 'a.cop', uriBaseId: 'SRCROOT' },
            region: { startLine: 3, startColumn: 11, endLine: 3, endColumn: 14, snippet: { text: 'Dup' } }
        });
    });

    test('cross-file references resolve between the files given', async () => {
        const folder = workspace({
            'org.cop': 'plan Org "Org" { purpose "x" }\norganization U "U" {\n    short S "s"\n    long L "l"\n}\n',
            'cop.cop': 'plan Cop "Cop" { purpose "x" }\noutcome O "O" {\n    delivers Org.S, Org.L\n}\n'
        });
        const result = await runCliInProcess(['check', '--format', 'json', '.'], { cwd: folder });
        const codes = JSON.parse(result.stdout).diagnostics.map((d: { code: string }) => d.code);
        expect(codes).not.toContain('unresolved-reference');
        expect(codes).not.toContain('value-without-outcome');
    });

    test('usage and file problems exit 2 with one line naming the path, no stack trace', async () => {
        const folder = workspace({ 'empty/readme.txt': 'no plans here' });
        const missing = await runCliInProcess(['check', 'nowhere.cop'], { cwd: folder });
        expect(missing.code).toBe(2);
        expect(missing.stderr).toBe('nowhere.cop: no such file or folder\n');
        const noPlans = await runCliInProcess(['check', 'empty'], { cwd: folder });
        expect(noPlans.code).toBe(2);
        expect(noPlans.stderr).toContain('no .cop files found in empty');
        const badFormat = await runCliInProcess(['check', '--format', 'xml', '.'], { cwd: folder });
        expect(badFormat.code).toBe(2);
        expect(badFormat.stderr).toContain('unknown format "xml"');
        const noPath = await runCliInProcess(['check'], { cwd: folder });
        expect(noPath.code).toBe(2);
        for (const result of [missing, noPlans, badFormat, noPath]) {
            expect(result.stderr).not.toMatch(/\n\s+at /);
            expect(result.stdout).toBe('');
        }
    });

    test('syntax errors are diagnostics with a code and plain words, not crashes', async () => {
        const folder = workspace({ 'broken.cop': 'plan X "X" {\n    purpose "unclosed\n}\nmembers M {\n  short 80 %\n' });
        const result = await runCliInProcess(['check', '--format', 'json', 'broken.cop'], { cwd: folder });
        expect(result.code).toBe(1);
        const diagnostics = JSON.parse(result.stdout).diagnostics;
        expect(diagnostics.length).toBeGreaterThan(0);
        const errors = diagnostics.filter((d: { severity: string }) => d.severity === 'error');
        expect(errors.length).toBeGreaterThan(0);
        expect(errors.every((d: { code: string }) => d.code === 'syntax-error')).toBe(true);
        expect(errors[0]).toMatchObject({ line: 2, column: 13 });
        expect(errors[0].message).toContain('no closing `"`');
        expect(errors.map((d: { message: string }) => d.message)).toContain('Expected a name here, but found `80`.');
        expect(errors.map((d: { message: string }) => d.message)).toContain('A `%` must follow its number without a space: write `80%`, not `80 %`.');
    });
});

describe('cop', () => {
    test('--help, check --help and --version', async () => {
        const help = runCli(['--help']);
        expect(help.code).toBe(0);
        expect(help.stdout).toContain('Usage: cop <command>');
        expect(help.stdout).toContain('check');
        const checkHelp = runCli(['check', '--help']);
        expect(checkHelp.code).toBe(0);
        expect(checkHelp.stdout).toContain('--format text|json|sarif');
        const version = runCli(['--version']);
        expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    });

    test('an unknown command or option exits 2 with a hint', async () => {
        const unknown = runCli(['chek']);
        expect(unknown.code).toBe(2);
        expect(unknown.stderr).toContain('unknown command "chek"');
        const option = runCli(['check', '--frmat', 'json', '.']);
        expect(option.code).toBe(2);
        expect(option.stderr).toContain('cop check --help');
    });
});
