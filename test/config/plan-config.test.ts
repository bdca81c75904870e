import { URI } from 'langium';
import { parseHelper, VirtualFileSystemProvider } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { createCopServices } from '../../language/cop-module.js';
import type { PlanFile } from '../../language/generated/ast.js';

const teamCatalog = JSON.stringify({
    version: 1,
    indicators: [{ id: 'model-reviews', title: 'Model reviews held', kind: 'quantitative', description: 'Peer reviews of models.', source: 'Team' }]
});

const plan = `plan Cop "A community" {\n    purpose "Help"\n}\nindicator Reviews "Model reviews held" { data "Log" }\n`;

/** Validates `plan` at file:///ws/PLANPATH with `files` (paths under file:///ws) on a virtual disk. */
async function check(files: Record<string, string>, planPath = 'a/b/plan.cop', settings: unknown[] = []) {
    const fileSystem = new VirtualFileSystemProvider();
    for (const [path, text] of Object.entries(files)) fileSystem.insert(URI.parse(`file:///ws/${path}`), text);
    const { Cop } = createCopServices({ fileSystemProvider: () => fileSystem });
    Cop.catalog.Settings.useFolder(URI.parse('file:///ws'));
    Cop.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { cop: { catalogs: settings } } });
    const document = await parseHelper<PlanFile>(Cop)(plan, { documentUri: `file:///ws/${planPath}`, validation: true });
    return (document.diagnostics ?? []).map(d => ({ code: String(d.code), severity: d.severity, line: d.range.start.line, message: String(d.message) }));
}

const codes = (diagnostics: Array<{ code: string }>) => diagnostics.map(d => d.code).sort();

describe('the nearest cop.config.json', () => {
    test('without any config the defaults hold', async () => {
        const diagnostics = await check({});
        expect(codes(diagnostics)).toEqual(['indicator-unused', 'unknown-catalog-entry']);
        expect(diagnostics.find(d => d.code === 'unknown-catalog-entry')?.severity).toBe(3);
    });

    test('rules turn a code off or change its severity, for every diagnostic with that code', async () => {
        const diagnostics = await check({ 'a/cop.config.json': JSON.stringify({ rules: { 'indicator-unused': 'off', 'unknown-catalog-entry': 'error' } }) });
        expect(diagnostics.map(d => [d.code, d.severity])).toEqual([['unknown-catalog-entry', 1]]);
    });

    test('the nearest wins: a config in the plan folder hides the one above', async () => {
        const diagnostics = await check({
            'cop.config.json': JSON.stringify({ rules: { 'indicator-unused': 'off' } }),
            'a/b/cop.config.json': JSON.stringify({ rules: { 'unknown-catalog-entry': 'warning' } })
        });
        expect(diagnostics.map(d => [d.code, d.severity]).sort()).toEqual([
            ['indicator-unused', 4],
            ['unknown-catalog-entry', 2]
        ]);
    });

    test('catalogs are relative to the config file; the settings add to them', async () => {
        const fromConfig = await check({ 'a/cop.config.json': JSON.stringify({ catalogs: ['shared/team.json'] }), 'a/shared/team.json': teamCatalog });
        expect(codes(fromConfig)).toEqual(['indicator-unused']);
        const fromBoth = await check({ 'a/cop.config.json': JSON.stringify({ catalogs: ['missing.json'] }), 'shared/team.json': teamCatalog }, 'a/b/plan.cop', [
            'shared/team.json'
        ]);
        // The settings' catalog makes the indicator known; the config's missing one is reported, naming the config.
        expect(codes(fromBoth)).toEqual(['catalog-invalid', 'indicator-unused']);
        const invalid = fromBoth.find(d => d.code === 'catalog-invalid')!;
        expect(invalid.line).toBe(0);
        expect(invalid.message).toContain('Catalog "missing.json" of the config file "../cop.config.json" (key `catalogs`)');
        expect(invalid.message).toContain('relative to the folder of the config file');
    });

    test('a bad config is config-invalid on the plan name, naming file and key, and none of it applies', async () => {
        const diagnostics = await check({
            'a/cop.config.json': JSON.stringify({ catalogs: ['shared/team.json'], rules: { 'indicator-unused': 'off', 'unknown-catalog-entry': 'of' } }),
            'a/shared/team.json': teamCatalog
        });
        expect(codes(diagnostics)).toEqual(['config-invalid', 'indicator-unused', 'unknown-catalog-entry']);
        const invalid = diagnostics.find(d => d.code === 'config-invalid')!;
        expect(invalid.severity).toBe(1);
        expect(invalid.line).toBe(0);
        expect(invalid.message).toContain('The config file "../cop.config.json" cannot be used');
        expect(invalid.message).toContain('key `rules.unknown-catalog-entry`: "of" is not a severity; did you mean "off"?');
        expect(invalid.message).toContain('none of its catalogs and rules apply');
    });

    test('a bad config is not passed over for a good one further up', async () => {
        const diagnostics = await check({
            'cop.config.json': JSON.stringify({ rules: { 'indicator-unused': 'off' } }),
            'a/b/cop.config.json': '{ "rules": { '
        });
        expect(codes(diagnostics)).toEqual(['config-invalid', 'indicator-unused', 'unknown-catalog-entry']);
        expect(diagnostics.find(d => d.code === 'config-invalid')!.message).toContain('"cop.config.json" cannot be used: it is not valid JSON at line 1');
    });

    test('a rule cannot silence the config-invalid of a bad config', async () => {
        const diagnostics = await check({ 'a/cop.config.json': JSON.stringify({ rules: { 'config-invalid': 'off', unknown: 'off' } }) });
        expect(codes(diagnostics)).toContain('config-invalid');
    });
});
