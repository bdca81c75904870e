import type { LangiumDocument } from 'langium';
import type { CodeAction } from 'vscode-languageserver';
import { URI } from 'langium';
import { parseHelper, VirtualFileSystemProvider } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { createCopServices } from '../../language/cop-module.js';
import type { PlanFile } from '../../language/generated/ast.js';

/** Validates `plan` at file:///ws/plan.cop with the given files beside it (a virtual disk). */
async function check(plan: string, files: Record<string, string> = {}) {
    const fileSystem = new VirtualFileSystemProvider();
    for (const [path, text] of Object.entries(files)) fileSystem.insert(URI.parse(`file:///ws/${path}`), text);
    // The plan is on the disk too, as in a workspace: a rebuild reads it from there.
    fileSystem.insert(URI.parse('file:///ws/plan.cop'), plan);
    const { Cop } = createCopServices({ fileSystemProvider: () => fileSystem });
    const document = await parseHelper<PlanFile>(Cop)(plan, { documentUri: 'file:///ws/plan.cop', validation: true });
    return { document, Cop, fileSystem };
}

const withCatalog = (path: string, indicator = 'indicator Hours "Hours worked" { data "Timesheets" }') =>
    `plan Cop "A community" {\n    purpose "Help"\n    catalog "${path}"\n}\n${indicator}\n`;

const diagnostics = (document: LangiumDocument, code: string) =>
    (document.diagnostics ?? []).filter(d => d.code === code).map(d => ({ ...d, message: String(d.message) }));

const goodCatalog = JSON.stringify({
    version: 1,
    indicators: [
        {
            id: 'model-reviews',
            title: 'Model reviews held',
            kind: 'quantitative',
            description: 'Peer reviews of statistical models.',
            unit: 'reviews',
            cycles: ['applied'],
            source: 'Analytics team'
        }
    ]
});

describe('unknown-catalog-entry', () => {
    test('is not reported for a seed indicator, whatever the case and word order', async () => {
        for (const title of ['Hours worked', 'hours WORKED', 'Worked hours', 'Hours worked (experts)', 'Net Promoter Score', 'Time to respond to questions']) {
            const { document } = await check(withCatalog('none.json', `indicator Hours "${title}" { data "x" }`).replace(/ {4}catalog.*\n/, ''));
            expect(diagnostics(document, 'unknown-catalog-entry'), title).toEqual([]);
        }
    });

    test('is reported on the title with the nearest entries, tolerant of typos', async () => {
        const plan = 'plan Cop "A community" { purpose "Help" }\nindicator Speed "Time to respnd to questons" { data "Forum" }\n';
        const { document } = await check(plan);
        const [diagnostic] = diagnostics(document, 'unknown-catalog-entry');
        expect(diagnostic.range.start.line).toBe(1);
        expect(diagnostic.severity).toBe(3);
        expect(diagnostic.message).toContain('Nearest entries: "Time to respond to questions"');
    });

    test('suggests nothing for a title far from every entry, and says how to add one', async () => {
        const { document } = await check('plan Cop "C" { purpose "Help" }\nindicator Zz "Qwxyz plorf" { data "x" }\n');
        expect(diagnostics(document, 'unknown-catalog-entry')[0].message).toContain('No entry is close');
    });

    test('knows the entries of a plan catalog', async () => {
        const plan = withCatalog('catalogs/analytics.json', 'indicator Reviews "Model reviews held" { data "Review log" }');
        expect(diagnostics((await check(plan)).document, 'unknown-catalog-entry')).toHaveLength(1);
        const { document } = await check(plan, { 'catalogs/analytics.json': goodCatalog });
        expect(diagnostics(document, 'unknown-catalog-entry')).toEqual([]);
        expect(diagnostics(document, 'catalog-invalid')).toEqual([]);
    });
});

describe('catalog-invalid', () => {
    test('a missing file is an error on its catalog line naming the file', async () => {
        const { document } = await check(withCatalog('catalogs/missing.json'));
        const [diagnostic] = diagnostics(document, 'catalog-invalid');
        expect(diagnostic.range.start.line).toBe(2);
        expect(diagnostic.severity).toBe(1);
        expect(diagnostic.message).toContain('catalogs/missing.json');
        expect(diagnostic.message).toContain('no file can be read at that path');
    });

    test('malformed JSON names the line and column', async () => {
        const { document } = await check(withCatalog('bad.json'), { 'bad.json': '{\n  "version": 1,\n  "indicators": [ }\n' });
        expect(diagnostics(document, 'catalog-invalid')[0].message).toMatch(/not valid JSON at line 3, column \d+/);
    });

    test('a wrong field names the entry and the field', async () => {
        const broken = JSON.parse(goodCatalog);
        broken.indicators.push({ ...broken.indicators[0], id: 'second', kind: 'numeric' });
        const { document } = await check(withCatalog('broken.json'), { 'broken.json': JSON.stringify(broken) });
        const message = diagnostics(document, 'catalog-invalid')[0].message;
        expect(message).toContain('indicator 2 (id "second"), field `kind`: expected one of "quantitative", "qualitative"');
    });

    test('several catalog lines: only the bad one is marked', async () => {
        const plan = 'plan Cop "C" {\n    purpose "Help"\n    catalog "good.json"\n    catalog "bad.json"\n}\n';
        const { document } = await check(plan, { 'good.json': goodCatalog, 'bad.json': '[]' });
        const marked = diagnostics(document, 'catalog-invalid');
        expect(marked.map(d => d.range.start.line)).toEqual([3]);
        expect(marked[0].message).toContain('bad.json');
    });

    test('a catalog fixed on disk is read again once reported changed, and the plan re-checked', async () => {
        const { document: before, Cop, fileSystem } = await check(withCatalog('c.json'), { 'c.json': '{' });
        expect(diagnostics(before, 'catalog-invalid')).toHaveLength(1);
        fileSystem.insert(URI.parse('file:///ws/c.json'), goodCatalog);
        // What the language server does when the editor reports the file changed.
        await Cop.workspace.PlanResources.changed([URI.parse('file:///ws/c.json')]);
        const after = Cop.shared.workspace.LangiumDocuments.getDocument(URI.parse('file:///ws/plan.cop'))!;
        expect(after.diagnostics?.map(d => d.code)).not.toContain('catalog-invalid');
        expect(after.diagnostics).toBeDefined();
    });
});

describe('titles named after example data', () => {
    test("a cycle's example data counts as a known indicator title", async () => {
        const { document } = await check('plan Cop "C" { purpose "Help" }\nindicator Attendance "Number of attendees at meetings" { data "Sign-in sheets" }\n');
        expect(diagnostics(document, 'unknown-catalog-entry')).toEqual([]);
    });
});

describe('quick fix for unknown-catalog-entry', () => {
    test('offers the nearest catalog titles, nearest preferred; applying it clears the hint', async () => {
        const plan = 'plan Cop "C" { purpose "Help" }\nindicator Speed "Time to respnd to questons" { data "Forum" }\n';
        const { document, Cop } = await check(plan);
        const diagnostic = document.diagnostics!.find(d => d.code === 'unknown-catalog-entry')!;
        const actions = (await Cop.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() },
            range: diagnostic.range,
            context: { diagnostics: [diagnostic] }
        })) as CodeAction[];
        expect(actions[0].title).toBe('Use the catalog title "Time to respond to questions"');
        expect(actions[0].isPreferred).toBe(true);
        const edit = actions[0].edit!.changes![document.uri.toString()][0];
        const lines = plan.split('\n');
        lines[edit.range.start.line] =
            lines[edit.range.start.line].slice(0, edit.range.start.character) + edit.newText + lines[edit.range.end.line].slice(edit.range.end.character);
        const fixed = lines.join('\n');
        expect(fixed).toContain('indicator Speed "Time to respond to questions" {');
        expect(diagnostics((await check(fixed)).document, 'unknown-catalog-entry')).toEqual([]);
    });
});
