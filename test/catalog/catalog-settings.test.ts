import { URI } from 'langium';
import { parseHelper, VirtualFileSystemProvider } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { createCopServices } from '../../language/cop-module.js';
import type { PlanFile } from '../../language/generated/ast.js';

const teamCatalog = JSON.stringify({
    version: 1,
    indicators: [{ id: 'model-reviews', title: 'Model reviews held', kind: 'quantitative', description: 'Peer reviews of models.', source: 'Team' }]
});

/** Validates `plan` at `planPath` under file:///ws with `catalogs` as the setting and `files` on a virtual disk. */
async function check(plan: string, catalogs: unknown, files: Record<string, string>, planPath = 'plans/plan.cop') {
    const fileSystem = new VirtualFileSystemProvider();
    for (const [path, text] of Object.entries(files)) fileSystem.insert(URI.parse(`file:///ws/${path}`), text);
    fileSystem.insert(URI.parse(`file:///ws/${planPath}`), plan);
    const { Cop } = createCopServices({ fileSystemProvider: () => fileSystem });
    Cop.catalog.Settings.useFolder(URI.parse('file:///ws'));
    Cop.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { cop: { catalogs } } });
    const document = await parseHelper<PlanFile>(Cop)(plan, { documentUri: `file:///ws/${planPath}`, validation: true });
    return (document.diagnostics ?? []).map(d => ({ code: String(d.code), line: d.range.start.line, message: String(d.message) }));
}

const plan = (header = '') => `plan Cop "A community" {\n    purpose "Help"${header}\n}\nindicator Reviews "Model reviews held" { data "Log" }\n`;
const codes = (diagnostics: Array<{ code: string }>) => diagnostics.map(d => d.code);

describe('catalogs of the settings', () => {
    test('a relative path starts from the workspace folder, not the plan folder; entries that are not paths are ignored', async () => {
        const known = await check(plan(), [42, '  ', 'shared/team.json'], { 'shared/team.json': teamCatalog });
        expect(codes(known)).not.toContain('unknown-catalog-entry');
        expect(codes(known)).not.toContain('catalog-invalid');
        const none = await check(plan(), 'shared/team.json', { 'shared/team.json': teamCatalog });
        expect(codes(none)).toContain('unknown-catalog-entry');
    });

    test('an absolute path is used as it is', async () => {
        const fileSystemPath = await check(plan(), ['/ws/shared/team.json'], { 'shared/team.json': teamCatalog });
        expect(codes(fileSystemPath)).not.toContain('unknown-catalog-entry');
    });

    test('a broken file both in the setting and on a catalog line is reported once, on the line', async () => {
        const broken = '{ "version": 1, "indicators": [ }';
        const diagnostics = await check(plan('\n    catalog "shared/team.json"'), ['shared/team.json'], { 'shared/team.json': broken }, 'plan.cop');
        expect(diagnostics.filter(d => d.code === 'catalog-invalid').map(d => d.line)).toEqual([2]);
    });

    test('a broken settings catalog is reported on the plan name and the plan still uses the others', async () => {
        const diagnostics = await check(plan(), ['shared/bad.json', 'shared/team.json'], { 'shared/team.json': teamCatalog, 'shared/bad.json': '[]' });
        const invalid = diagnostics.filter(d => d.code === 'catalog-invalid');
        expect(invalid.map(d => d.line)).toEqual([0]);
        expect(invalid[0].message).toMatch(/^Catalog "shared\/bad.json" of the settings/);
        expect(codes(diagnostics)).not.toContain('unknown-catalog-entry');
    });
});
