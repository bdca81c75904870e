import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { planExportSchema } from '../../language/export/export-schema.js';
import { runCli, runCliInProcess } from '../helpers/cli.js';

const example = resolve(import.meta.dirname, '../fixtures/contract-example.cop');

describe('cop export', () => {
    test('--format json prints the contract core: plan, rows in source order, shared, outcomes, 1-based diagnostics', async () => {
        const result = await runCliInProcess(['export', example, '--format', 'json']);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        const json = JSON.parse(result.stdout);
        expect(json.plan).toMatchObject({ name: 'DataScienceCoP', title: 'Data Science Community of Practice' });
        expect(
            json.matrix.rows.map((r: { stakeholder: string; side: string; short: string[]; long: string[] }) => [r.stakeholder, r.side, r.short, r.long])
        ).toEqual([
            ['Practitioners', 'members', ['HelpWithChallenges', 'AccessToExpertise'], ['ProfessionalDevelopment']],
            ['Experts', 'members', ['MeaningfulParticipation'], ['EnhancedReputation']],
            ['AnalyticsUnit', 'organization', ['RapidProblemSolving'], ['StrategicCapacity']]
        ]);
        expect(json.shared).toEqual([
            {
                name: 'FasterAnswers',
                title: 'Hard problems solved faster',
                member: ['HelpWithChallenges', 'AccessToExpertise'],
                organization: ['RapidProblemSolving'],
                delivered: true
            }
        ]);
        expect(json.outcomes[0]).toMatchObject({ name: 'Deflection', delivers: ['RapidProblemSolving', 'FasterAnswers'] });
        // ProfessionalDevelopment is declared on line 11, its name at column 10.
        expect(json.diagnostics[0]).toMatchObject({ code: 'value-without-outcome', severity: 'warning', line: 11, column: 10 });
        expect(planExportSchema.parse(json)).toEqual(json);
    });

    test('--format md prints the value matrix as a table and the rest as sections', async () => {
        const result = await runCliInProcess(['export', example, '--format', 'md']);
        expect(result.code).toBe(0);
        const lines = result.stdout.split('\n');
        const header = lines.indexOf('| Stakeholder | Short term | Long term |');
        expect(header).toBeGreaterThan(0);
        expect(lines[header + 2]).toBe(
            '| **Data practitioners in country offices** (Members) | Help with challenges [1]<br>Access to expertise [1] | Professional development ⚠ |'
        );
        for (const heading of [
            '## Shared values',
            '## Inputs → outputs → outcomes → values',
            '## Value-creation cycles',
            '### Immediate value',
            '## Problems'
        ]) {
            expect(lines).toContain(heading);
        }
    });

    test('--format html -o writes one standalone page atomically, and resolves references to the plans of its folder', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'cop-export-'));
        writeFileSync(
            join(folder, 'org.cop'),
            `plan Org "Org" { purpose "p" }
organization Unit "Analytics unit" {
    short Quick "Quick fixes"
    long Deep "Deep capacity"
}`
        );
        writeFileSync(
            join(folder, 'cop.cop'),
            `plan Cop "Our <community>" { purpose "p" }
members Analysts "Analysts" {
    short Help "Help"
    long Grow "Grow"
}
shared Sweet "Sweet spot" {
    member Help
    organization Org.Quick
}`
        );
        const result = runCli(['export', 'cop.cop', '--format', 'html', '-o', 'out.html'], { cwd: folder });
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expect(result.stdout).toBe('');
        expect(readdirSync(folder).sort()).toEqual(['cop.cop', 'org.cop', 'out.html']);
        const html = readFileSync(join(folder, 'out.html'), 'utf8');
        expect(html).toMatch(/^<!DOCTYPE html>/);
        expect(html).toContain('<title>Our &lt;community&gt; — value matrix</title>');
        expect(html).toContain('Quick fixes');
        expect(html).not.toContain('unresolved-reference');
        expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
        expect(html).toContain('@media print');

        const json = JSON.parse((await runCliInProcess(['export', 'cop.cop'], { cwd: folder })).stdout);
        expect(json.shared[0].organization).toEqual(['Org.Quick']);
        expect(json.diagnostics.map((d: { code: string }) => d.code)).not.toContain('unresolved-reference');
    });

    test('usage and file problems: one plain line, exit 2, nothing half-written', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'cop-export-'));
        writeFileSync(join(folder, 'p.cop'), 'plan P { purpose "p" }');
        const cases: Array<[string[], RegExp]> = [
            [['export'], /name the plan file to export/],
            [['export', 'p.cop', '--format', 'pdf'], /unknown format "pdf"; use json, md or html/],
            [['export', 'missing.cop'], /missing\.cop: no such file or folder/],
            [['export', '.'], /is a folder; name one plan file/],
            [['export', 'p.cop', '-o', 'no/such/folder/out.html', '--format', 'html'], /no\/such\/folder\/out\.html: no such file or folder/]
        ];
        for (const [args, message] of cases) {
            const result = await runCliInProcess(args, { cwd: folder });
            expect(result.code, args.join(' ')).toBe(2);
            expect(result.stderr).toMatch(message);
            expect(result.stderr.trim().split('\n')).toHaveLength(1);
        }
        expect(readdirSync(folder)).toEqual(['p.cop']);
    });

    test('a neighbour that cannot be read is left out; export and report still resolve the readable ones', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'cop-export-'));
        writeFileSync(join(folder, 'org.cop'), 'plan Org "Org" { purpose "x" }\norganization U "U" {\n    short Quick "q"\n    long L "l"\n}\n');
        writeFileSync(join(folder, 'cop.cop'), 'plan Cop "Cop" { purpose "x" }\noutcome O "O" {\n    delivers Org.Quick\n}\n');
        writeFileSync(join(folder, 'junk.cop'), Buffer.from([0, 1, 2, 0, 255]));
        const exported = await runCliInProcess(['export', 'cop.cop', '--format', 'json'], { cwd: folder });
        expect(exported.code).toBe(0);
        const codes = JSON.parse(exported.stdout).diagnostics.map((d: { code: string }) => d.code);
        expect(codes).not.toContain('unresolved-reference');
        const report = await runCliInProcess(['report', 'cop.cop'], { cwd: folder });
        expect(report.code).toBe(0);
        expect(report.stderr).not.toContain('error');
    });
});
