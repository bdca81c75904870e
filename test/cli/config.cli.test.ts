import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCliInProcess } from '../helpers/cli.js';

// One indicator no built-in entry knows (information) that nothing uses (hint), and an
// outcome without value or output (warnings).
const plan = `plan Cop "A community" {
    purpose "Help"
}
indicator Reviews "Models peer reviewed" {
    data "Review log"
}
outcome Faster "Faster reviews" {
    measure Reviews
}
`;

const catalog = JSON.stringify({
    version: 1,
    indicators: [{ id: 'reviews', title: 'Models peer reviewed', kind: 'quantitative', description: 'A team indicator.', source: 'Team' }]
});

/** A folder with `team/plans/plan.cop`, and `config` (if any) as `team/cop.config.json`. */
function folder(config?: string): string {
    const root = mkdtempSync(join(tmpdir(), 'cop-cli-config-'));
    mkdirSync(join(root, 'team', 'plans'), { recursive: true });
    mkdirSync(join(root, 'team', 'catalogs'));
    writeFileSync(join(root, 'team', 'plans', 'plan.cop'), plan);
    writeFileSync(join(root, 'team', 'catalogs', 'reviews.json'), catalog);
    if (config !== undefined) writeFileSync(join(root, 'team', 'cop.config.json'), config);
    return root;
}

interface JsonReport {
    diagnostics: Array<{ code: string; severity: string; line: number; message: string }>;
}
const checkJson = async (args: string[], cwd: string) => {
    const result = await runCliInProcess(['check', '--format', 'json', ...args], { cwd });
    return { ...result, diagnostics: (JSON.parse(result.stdout) as JsonReport).diagnostics };
};
const bySeverity = (diagnostics: JsonReport['diagnostics']) => diagnostics.map(d => `${d.code}:${d.severity}`).sort();

describe('cop check with cop.config.json', () => {
    test('rules change severities and turn codes off; the exit code follows', async () => {
        const before = await checkJson(['team'], folder());
        expect(before.code).toBe(0);
        expect(bySeverity(before.diagnostics)).toEqual([
            'outcome-without-output:warning',
            'outcome-without-value:warning',
            'unknown-catalog-entry:information'
        ]);
        const config = JSON.stringify({ rules: { 'outcome-without-value': 'off', 'outcome-without-output': 'hint', 'unknown-catalog-entry': 'error' } });
        const after = await checkJson(['team/plans/plan.cop'], folder(config));
        expect(after.code).toBe(1);
        expect(after.stderr).toBe('');
        expect(bySeverity(after.diagnostics)).toEqual(['outcome-without-output:hint', 'unknown-catalog-entry:error']);
        // The text format (and its summary) reads the same diagnostics.
        const text = await runCliInProcess(['check', 'team'], { cwd: folder(config) });
        expect(text.stdout).toContain('error unknown-catalog-entry');
        expect(text.stdout).not.toContain('outcome-without-value');
        expect(text.stdout).toContain('1 error, 0 warnings');
    });

    test('catalogs of the config are relative to it, whatever the current folder; --catalog adds to them', async () => {
        const root = folder(JSON.stringify({ catalogs: ['catalogs/reviews.json'] }));
        for (const cwd of [root, join(root, 'team', 'plans')]) {
            const result = await checkJson([cwd === root ? 'team' : '.'], cwd);
            expect(result.diagnostics.map(d => d.code)).not.toContain('unknown-catalog-entry');
            expect(result.diagnostics.map(d => d.code)).not.toContain('catalog-invalid');
        }
        const missing = folder(JSON.stringify({ catalogs: ['catalogs/none.json'] }));
        writeFileSync(join(missing, 'extra.json'), catalog);
        const both = await checkJson(['--catalog', 'extra.json', 'team'], missing);
        expect(both.code).toBe(1);
        expect(both.diagnostics.map(d => d.code).sort()).toEqual(['catalog-invalid', 'outcome-without-output', 'outcome-without-value']);
        expect(both.diagnostics.find(d => d.code === 'catalog-invalid')!.message).toContain(
            'Catalog "catalogs/none.json" of the config file "../cop.config.json"'
        );
    });

    const invalid: Array<[string, string, string]> = [
        ['a JSON syntax error', '{\n  "rules": {\n    "unmeasured": "off"\n  \n', 'it is not valid JSON at line 5, column 1'],
        ['an unknown top-level key', '{ "rule": {} }', 'key `rule`: not a key of the config; did you mean "rules"?'],
        [
            'an unknown code',
            '{ "rules": { "outcome-without-valeu": "off" } }',
            'key `rules.outcome-without-valeu`: "outcome-without-valeu" is not a diagnostic code; did you mean "outcome-without-value"?'
        ],
        [
            'an unknown severity',
            '{ "rules": { "outcome-without-value": "warn" } }',
            'key `rules.outcome-without-value`: "warn" is not a severity; did you mean "warning"?'
        ],
        ['catalogs not a list of strings', '{ "catalogs": [1] }', 'key `catalogs`, entry 1, is not a file path']
    ];
    for (const [what, config, expected] of invalid) {
        test(`${what} is config-invalid on the plan name, naming the file and the key; nothing of the config applies`, async () => {
            const result = await checkJson(['team'], folder(config));
            expect(result.code).toBe(1);
            expect(result.stderr).toBe('');
            const found = result.diagnostics.filter(d => d.code === 'config-invalid');
            expect(found.map(d => [d.line, d.severity])).toEqual([[1, 'error']]);
            expect(found[0].message).toContain('The config file "../cop.config.json" cannot be used: ');
            expect(found[0].message).toContain(expected);
            // The plan's own diagnostics are there with their default severities.
            expect(bySeverity(result.diagnostics.filter(d => d.code !== 'config-invalid'))).toEqual([
                'outcome-without-output:warning',
                'outcome-without-value:warning',
                'unknown-catalog-entry:information'
            ]);
        });
    }

    test('a config with a bad key applies none of its good rules or catalogs either', async () => {
        const result = await checkJson(
            ['team'],
            folder(JSON.stringify({ catalogs: ['catalogs/reviews.json'], rules: { 'outcome-without-value': 'off', 'no-such-code': 'off' } }))
        );
        expect(result.diagnostics.map(d => d.code).sort()).toEqual([
            'config-invalid',
            'outcome-without-output',
            'outcome-without-value',
            'unknown-catalog-entry'
        ]);
    });

    test('a bad config is reported on every plan under it, and only there', async () => {
        const root = folder('{ "rules": { "unmeasured": "warn" } }');
        mkdirSync(join(root, 'team', 'more', 'deeper'), { recursive: true });
        writeFileSync(join(root, 'team', 'more', 'deeper', 'second.cop'), plan.replace('plan Cop', 'plan Second'));
        mkdirSync(join(root, 'elsewhere'));
        writeFileSync(join(root, 'elsewhere', 'third.cop'), plan.replace('plan Cop', 'plan Third'));
        const result = await runCliInProcess(['check', '--format', 'json', '.'], { cwd: root });
        expect(result.code).toBe(1);
        const invalid = (JSON.parse(result.stdout) as { diagnostics: Array<{ file: string; code: string; line: number; message: string }> }).diagnostics.filter(
            d => d.code === 'config-invalid'
        );
        expect(invalid.map(d => `${d.file}:${d.line}`).sort()).toEqual(['team/more/deeper/second.cop:1', 'team/plans/plan.cop:1']);
        expect(invalid.find(d => d.file.includes('second'))!.message).toContain('The config file "../../cop.config.json" cannot be used');
    });

    test('a folder named cop.config.json cannot be read: config-invalid, not ignored', async () => {
        const root = folder();
        mkdirSync(join(root, 'team', 'plans', 'cop.config.json'));
        const result = await checkJson(['team/plans/plan.cop'], root);
        expect(result.code).toBe(1);
        const found = result.diagnostics.find(d => d.code === 'config-invalid')!;
        expect(found.message).toContain('The config file "cop.config.json" cannot be used: it cannot be read (it is a folder, not a file)');
    });
});
