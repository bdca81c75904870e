import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { diagnosticRules } from '../../language/diagnostics/codes.js';
import { runCli } from '../helpers/cli.js';
import { readCodeSections } from '../docs/diagnostics-page.js';

const root = resolve(import.meta.dirname, '../..');
const codes = Object.keys(diagnosticRules);

interface SarifResult {
    ruleId: string;
    ruleIndex: number;
    level: string;
    message: { text: string };
    locations: Array<{
        physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; snippet?: { text: string } } };
    }>;
    partialFingerprints: Record<string, string>;
}

function folderWith(files: Record<string, string>): string {
    const folder = mkdtempSync(join(tmpdir(), 'cop-sarif-'));
    for (const [name, text] of Object.entries(files)) {
        mkdirSync(dirname(join(folder, name)), { recursive: true });
        writeFileSync(join(folder, name), text);
    }
    return folder;
}

function sarifOf(args: string[], cwd: string) {
    const result = runCli(['check', '--format', 'sarif', ...args], { cwd });
    expect(result.stderr).toBe('');
    return { code: result.code, log: JSON.parse(result.stdout) };
}

/**
 * The validator's policy: its defaults, but for SARIF2006 (URIs should be reachable), which
 * sends an HTTP GET to every help link. Its findings are notes, which `--level Error;Warning`
 * never shows, and tests use no network: without it, each run waited 10 s on DNS lookups of
 * github.com. The XML is what `sarif export-validation-config FILE -f Xml` writes.
 */
const validatorPolicy = `<?xml version="1.0" encoding="utf-8"?>
<Properties>
  <Properties Key="SARIF2006.UrisShouldBeReachable.Options">
    <Property Key="RuleEnabled" Value="Disabled" Type="Driver.RuleEnabledState" />
  </Properties>
</Properties>
`;

/**
 * Microsoft's SARIF validator with GitHub's rules (`Gh`) and the SARIF spec's (`Sarif`);
 * its findings of level error or warning, as `RULE: message`. The binary is called directly:
 * the package's `npx` wrapper runs it through a shell, which splits `Gh;Sarif` at the `;`.
 */
function validatorFindings(sarifText: string): string[] {
    const folder = mkdtempSync(join(tmpdir(), 'cop-sarif-validate-'));
    const input = join(folder, 'cop.sarif');
    const output = join(folder, 'validation.sarif');
    const policy = join(folder, 'policy.xml');
    writeFileSync(input, sarifText);
    writeFileSync(policy, validatorPolicy);
    const binary = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;
    const run = spawnSync(binary, ['validate', '--rule-kind', 'Gh;Sarif', '--level', 'Error;Warning', '--config', policy, '--output', output, input], {
        encoding: 'utf8',
        timeout: 120_000
    });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const validation = JSON.parse(readFileSync(output, 'utf8'));
    return validation.runs[0].results.map((r: { ruleId: string; message: { text: string } }) => `${r.ruleId}: ${r.message.text}`);
}

/** Every example plan of docs/diagnostics.md in its own folder, with the files it reads. */
function manyCodesFolder(): string {
    const files: Record<string, string> = {};
    readCodeSections().forEach((section, n) => {
        if (!section.plan) return;
        files[`${n}-${section.code}/plan.cop`] = section.plan;
        for (const [name, text] of Object.entries(section.files)) files[`${n}-${section.code}/${name}`] = text;
    });
    return folderWith(files);
}

describe('cop check --format sarif', () => {
    test("Microsoft's validator finds no error and no warning (GitHub and SARIF rules) on every example plan", () => {
        const { log } = sarifOf(['examples'], root);
        expect(log.runs[0].results.length).toBeGreaterThan(0);
        expect(validatorFindings(JSON.stringify(log))).toEqual([]);
    });

    test('… nor on plans that give many different codes', () => {
        const { log } = sarifOf(['.'], manyCodesFolder());
        const ruleIds = new Set(log.runs[0].results.map((r: SarifResult) => r.ruleId));
        expect(ruleIds.size).toBeGreaterThanOrEqual(30);
        expect(validatorFindings(JSON.stringify(log))).toEqual([]);
    });

    test('lists every code as a rule with descriptions, help (text and markdown), its own help page section and a level', () => {
        const { log } = sarifOf(['examples'], root);
        const driver = log.runs[0].tool.driver;
        expect(driver).toMatchObject({ name: 'cop', informationUri: 'https://github.com/cop-tools/cop-lang' });
        const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
        expect(driver.version).toBe(pkg.version);
        expect(driver.semanticVersion).toBe(pkg.version);
        expect(driver.rules.map((rule: { id: string }) => rule.id)).toEqual(codes);
        const sections = new Set(readCodeSections().map(section => section.code));
        for (const rule of driver.rules) {
            expect(rule.shortDescription.text, rule.id).not.toBe('');
            // What triggers it, in one paragraph (not the severity line that opens its section).
            expect(rule.fullDescription.text, rule.id).not.toMatch(/^(Error|Warning|Information|Hint)\b|\n/);
            expect(rule.fullDescription.text.length, rule.id).toBeGreaterThan(30);
            expect(rule.help.text, rule.id).not.toContain('```');
            expect(rule.help.markdown, rule.id).toContain('**Fix:**');
            // Links work from GitHub's alert page: absolute, to the docs of the repository.
            for (const [, target] of (rule.help.markdown as string).matchAll(/\]\(([^)]*)\)/g)) {
                expect(target).toMatch(/^https:\/\/github\.com\/cop-tools\/cop-lang\/(blob\/main\/docs\/[\w-]+\.md(#[\w-]+)?|issues)$/);
            }
            expect(rule.helpUri).toBe(`https://github.com/cop-tools/cop-lang/blob/main/docs/diagnostics.md#${rule.id}`);
            expect(sections.has(rule.id), `docs/diagnostics.md has a section ${rule.id}`).toBe(true);
            const severity = diagnosticRules[rule.id as keyof typeof diagnosticRules].severity;
            expect(rule.defaultConfiguration.level).toBe(severity === 'error' || severity === 'warning' ? severity : 'note');
            expect(rule.name.toLowerCase()).not.toBe(rule.id.toLowerCase());
        }
    });

    test('paths are relative to the git repository root (SRCROOT), found from a subfolder', () => {
        const repository = folderWith({
            '.git/HEAD': 'ref: refs/heads/main\n',
            'plans/team/a.cop': 'members Staff "Staff" {\n    short Answers "Answers"\n}\n'
        });
        const { code, log } = sarifOf(['a.cop'], join(repository, 'plans/team'));
        const run = log.runs[0];
        expect(run.originalUriBaseIds.SRCROOT.uri).toBe(pathToFileURL(repository).href + '/');
        const missing = run.results.find((r: SarifResult) => r.ruleId === 'missing-plan');
        expect(missing.level).toBe('error');
        expect(run.tool.driver.rules[missing.ruleIndex].id).toBe('missing-plan');
        expect(missing.locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'plans/team/a.cop', uriBaseId: 'SRCROOT' });
        expect(missing.locations[0].physicalLocation.region).toMatchObject({ startLine: 1, startColumn: 1 });
        expect(run.invocations).toEqual([
            {
                executionSuccessful: true,
                exitCode: 1,
                commandLine: 'cop check --format sarif a.cop',
                arguments: ['check', '--format', 'sarif', 'a.cop']
            }
        ]);
        expect(code).toBe(1);
    });

    test('without a repository, paths are relative to the current folder; names are percent-encoded', () => {
        const folder = folderWith({ 'my plans/#1.cop': 'plan P "P" { purpose "x" }\nindicator I "I" {\n}\n' });
        const { code, log } = sarifOf(['my plans'], folder);
        const run = log.runs[0];
        expect(run.originalUriBaseIds.SRCROOT.uri).toBe(pathToFileURL(folder).href + '/');
        expect(run.results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'my%20plans/%231.cop', uriBaseId: 'SRCROOT' });
        expect(run.invocations[0]).toMatchObject({ executionSuccessful: true, exitCode: 0, commandLine: "cop check --format sarif 'my plans'" });
        expect(code).toBe(0);
    });

    test('fingerprints do not change when lines are inserted above; each result carries its snippet', () => {
        const plan =
            [
                'plan P "P" { purpose "x" }',
                'indicator Views "Page views" {',
                '}',
                'indicator Reads "Reads" {',
                '}',
                'members A "A" {',
                '    short S "s"',
                '}',
                'members B "B" {',
                '    short T "t"',
                '}'
            ].join('\n') + '\n';
        const folder = folderWith({ 'a.cop': plan });
        const before: SarifResult[] = sarifOf(['a.cop'], folder).log.runs[0].results;
        writeFileSync(join(folder, 'a.cop'), plan.replace('plan P "P" { purpose "x" }\n', 'plan P "P" { purpose "x" }\n\n// a comment\n\n'));
        const after: SarifResult[] = sarifOf(['a.cop'], folder).log.runs[0].results;

        const key = (r: SarifResult) => `${r.ruleId} ${r.message.text}`;
        expect(after.map(key)).toEqual(before.map(key));
        expect(after.map(r => r.locations[0].physicalLocation.region.startLine)).toEqual(before.map(r => r.locations[0].physicalLocation.region.startLine + 3));
        expect(after.map(r => r.partialFingerprints)).toEqual(before.map(r => r.partialFingerprints));

        const fingerprints = before.map(r => r.partialFingerprints['copLineHash/v1']);
        expect(fingerprints.every(f => /^[0-9a-f]{32}:\d+$/.test(f))).toBe(true);
        expect(new Set(fingerprints).size).toBe(fingerprints.length);
        // Each result shows the text it is about.
        const unused = before.filter(r => r.ruleId === 'value-without-outcome').map(r => r.locations[0].physicalLocation.region.snippet?.text);
        expect(unused).toEqual(['S', 'T']);
    });

    test('equal lines with the same code get the same hash and a different occurrence', () => {
        const plan = 'plan P "P" { purpose "x" }\nmembers A "A" {\n    short S "s"\n    short S "s"\n}\n';
        const folder = folderWith({ 'a.cop': plan });
        const results: SarifResult[] = sarifOf(['a.cop'], folder).log.runs[0].results;
        const prints = results.filter(r => r.ruleId === 'value-without-outcome').map(r => r.partialFingerprints['copLineHash/v1']);
        expect(prints.length).toBe(2);
        expect(prints[0].split(':')[0]).toBe(prints[1].split(':')[0]);
        expect(prints.map(p => p.split(':')[1])).toEqual(['1', '2']);
    });
});
