import { mkdirSync, mkdtempSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { CompletionList } from 'vscode-languageserver-protocol';
import { fileUri, LspClient } from '../helpers/lsp-client.js';

const plan = `plan Cop "A community" {
    purpose "Help analysts"
    catalog "catalogs/analytics.json"
}
indicator Reviews "Models peer reviewed" {
    data "Review log"
}
indicator Hours "Hours worked" {
    data ""
}
`;

const indicator = {
    id: 'models-peer-reviewed',
    title: 'Models peer reviewed',
    kind: 'quantitative',
    description: 'Models reviewed by a peer before production.',
    unit: 'models',
    cycles: ['applied'],
    source: 'Analytics unit'
};
const goodCatalog = JSON.stringify({ version: 1, indicators: [indicator] }, null, 2);
const badCatalog = JSON.stringify({ version: 1, indicators: [{ ...indicator, kind: 'numeric' }] }, null, 2);

/** A workspace folder with the plan and its catalog file. */
function workspace(catalog: string) {
    const folder = mkdtempSync(join(tmpdir(), 'cop-catalog-'));
    mkdirSync(join(folder, 'catalogs'));
    writeFileSync(join(folder, 'plan.cop'), plan);
    writeFileSync(join(folder, 'catalogs', 'analytics.json'), catalog);
    return { folder, planUri: fileUri(join(folder, 'plan.cop')), catalogPath: join(folder, 'catalogs', 'analytics.json') };
}

const codes = (diagnostics: Array<{ code?: unknown }>) => diagnostics.map(d => String(d.code));

describe('plan catalogs in the language server', () => {
    let client: LspClient | undefined;
    afterEach(async () => {
        await client?.shutdown();
        client = undefined;
    });

    test('a bad catalog is a catalog-invalid error on its line; fixing the file on disk re-validates the plan', async () => {
        const { folder, planUri, catalogPath } = workspace(badCatalog);
        client = new LspClient();
        await client.initialize(folder);
        const before = await client.waitForDiagnostics(planUri, ds => codes(ds).includes('catalog-invalid'));
        const invalid = before.find(d => d.code === 'catalog-invalid')!;
        expect(invalid.range.start.line).toBe(2);
        expect(invalid.severity).toBe(1);
        expect(invalid.message).toContain('catalogs/analytics.json');
        expect(invalid.message).toContain('indicator 1 (id "models-peer-reviewed"), field `kind`');
        // The catalog cannot be used, so its indicator is unknown.
        expect(before.filter(d => d.code === 'unknown-catalog-entry').map(d => d.range.start.line)).toEqual([4]);

        writeFileSync(catalogPath, goodCatalog);
        await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(catalogPath), type: 2 }] });
        const after = await client.waitForDiagnostics(planUri, ds => !codes(ds).includes('catalog-invalid'));
        expect(codes(after)).not.toContain('unknown-catalog-entry');
        expect(client.exited).toBe(false);
    });

    test('a good catalog: no diagnostics from it, and its entries are offered in completion', async () => {
        const { folder, planUri } = workspace(goodCatalog);
        client = new LspClient();
        await client.initialize(folder);
        const text = plan.replace('indicator Hours "Hours worked"', 'indicator Hours "Mod"');
        await client.open(planUri, text);
        const diagnostics = await client.waitForDiagnostics(planUri, ds => codes(ds).includes('unknown-catalog-entry'));
        expect(codes(diagnostics)).not.toContain('catalog-invalid');
        // Only the edited title is unknown; the catalog's own entry is known.
        expect(diagnostics.filter(d => d.code === 'unknown-catalog-entry').map(d => d.range.start.line)).toEqual([7]);
        const list = await client.request<CompletionList>('textDocument/completion', {
            textDocument: { uri: planUri },
            position: { line: 7, character: 'indicator Hours "Mod'.length }
        });
        const item = list.items.find(i => i.label === 'Models peer reviewed');
        expect(item?.detail).toContain('catalogs/analytics.json');
        expect(list.items.some(i => i.label === 'Hours worked')).toBe(true);
    });

    test('a catalog broken, then deleted, on disk becomes catalog-invalid once the server hears of it', async () => {
        const { folder, planUri, catalogPath } = workspace(goodCatalog);
        client = new LspClient();
        await client.initialize(folder);
        const before = await client.waitForDiagnostics(planUri);
        expect(codes(before)).not.toContain('catalog-invalid');
        writeFileSync(catalogPath, '{ "version": 1, "indicators": [ }');
        await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(catalogPath), type: 2 }] });
        const after = await client.waitForDiagnostics(planUri, ds => codes(ds).includes('catalog-invalid'));
        expect(after.find(d => d.code === 'catalog-invalid')!.message).toMatch(/not valid JSON at line 1, column 33/);

        unlinkSync(catalogPath);
        await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(catalogPath), type: 3 }] });
        const gone = await client.waitForDiagnostics(planUri, ds => ds.some(d => String(d.message).includes('no file can be read')));
        expect(gone.filter(d => d.code === 'catalog-invalid')).toHaveLength(1);
    });
});
