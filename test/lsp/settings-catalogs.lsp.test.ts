import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { CompletionList, Diagnostic } from 'vscode-languageserver-protocol';
import { fileUri, LspClient } from '../helpers/lsp-client.js';

// No `catalog` line: the indicator is known only through the `cop.catalogs` setting.
const plan = (name: string) => `plan ${name} "A community" {
    purpose "Help analysts"
}
indicator Reviews "Models peer reviewed" {
    data "Review log"
}
`;

const teamCatalog = JSON.stringify(
    {
        version: 1,
        indicators: [
            {
                id: 'models-peer-reviewed',
                title: 'Models peer reviewed',
                kind: 'quantitative',
                description: 'Models reviewed by a peer before production.',
                unit: 'models',
                source: 'Analytics unit'
            }
        ]
    },
    null,
    2
);

/** A workspace folder with two plans and the shared catalog in `shared/team.json`. */
function workspace() {
    const folder = mkdtempSync(join(tmpdir(), 'cop-settings-'));
    mkdirSync(join(folder, 'shared'));
    writeFileSync(join(folder, 'shared', 'team.json'), teamCatalog);
    writeFileSync(join(folder, 'a.cop'), plan('Alpha'));
    writeFileSync(join(folder, 'b.cop'), plan('Beta'));
    return { folder, a: fileUri(join(folder, 'a.cop')), b: fileUri(join(folder, 'b.cop')) };
}

const codes = (diagnostics: Diagnostic[]) => diagnostics.map(d => String(d.code));
const invalid = (diagnostics: Diagnostic[]) => diagnostics.filter(d => d.code === 'catalog-invalid');

describe('the cop.catalogs setting in the language server', () => {
    let client: LspClient | undefined;
    afterEach(async () => {
        await client?.shutdown();
        client = undefined;
    });

    test('a title known only to the settings catalog is known and offered; emptying the setting brings the hint back', async () => {
        const { folder, a, b } = workspace();
        client = new LspClient();
        client.configure({ cop: { catalogs: ['shared/team.json'] } });
        await client.initialize(folder);
        const first = await client.waitForDiagnostics(a);
        expect(codes(first)).not.toContain('unknown-catalog-entry');
        expect(codes(first)).not.toContain('catalog-invalid');
        // The unopened plan of the folder draws on it too.
        expect(codes(await client.waitForDiagnostics(b))).not.toContain('unknown-catalog-entry');

        await client.open(a, plan('Alpha').replace('"Models peer reviewed"', '"Mod"'));
        const list = await client.request<CompletionList>('textDocument/completion', {
            textDocument: { uri: a },
            position: { line: 3, character: 'indicator Reviews "Mod'.length }
        });
        const item = list.items.find(i => i.label === 'Models peer reviewed');
        expect(item?.detail).toContain('shared/team.json');
        await client.change(a, plan('Alpha'));
        expect(codes(await client.waitForDiagnostics(a))).not.toContain('unknown-catalog-entry');

        await client.changeSettings({ cop: { catalogs: [] } });
        const after = await client.waitForDiagnostics(a, ds => codes(ds).includes('unknown-catalog-entry'));
        expect(after.filter(d => d.code === 'unknown-catalog-entry').map(d => d.range.start.line)).toEqual([3]);
        await client.waitForDiagnostics(b, ds => codes(ds).includes('unknown-catalog-entry'));
        const again = await client.request<CompletionList>('textDocument/completion', {
            textDocument: { uri: a },
            position: { line: 3, character: 'indicator Reviews "Mod'.length }
        });
        expect(again.items.some(i => i.label === 'Models peer reviewed')).toBe(false);
        expect(client.exited).toBe(false);
    });

    test('a missing settings catalog is a catalog-invalid error on the name of every plan; creating the file clears it', async () => {
        const { folder, a, b } = workspace();
        const elsewhere = mkdtempSync(join(tmpdir(), 'cop-settings-abs-'));
        const absolute = join(elsewhere, 'org.json');
        client = new LspClient();
        client.configure({ cop: { catalogs: [absolute] } });
        await client.initialize(folder);
        for (const uri of [a, b]) {
            const diagnostics = await client.waitForDiagnostics(uri, ds => invalid(ds).length > 0);
            const [error] = invalid(diagnostics);
            expect(invalid(diagnostics)).toHaveLength(1);
            expect(error.severity).toBe(1);
            expect(error.range.start).toEqual({ line: 0, character: 5 });
            expect(error.message).toContain(`Catalog "${absolute}" of the settings (\`cop.catalogs\``);
            expect(error.message).toContain('no file can be read at that path (no such file');
        }

        writeFileSync(absolute, teamCatalog);
        await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(absolute), type: 1 }] });
        for (const uri of [a, b]) {
            const fixed = await client.waitForDiagnostics(uri, ds => invalid(ds).length === 0);
            expect(codes(fixed)).not.toContain('unknown-catalog-entry');
        }

        // Outside the workspace folders nothing watches the file: changing the setting re-reads it.
        writeFileSync(absolute, '{ "version": 1, "indicators": [ }');
        await client.changeSettings({ cop: { catalogs: [] } });
        await client.waitForDiagnostics(a, ds => codes(ds).includes('unknown-catalog-entry'));
        await client.changeSettings({ cop: { catalogs: [absolute] } });
        const reread = await client.waitForDiagnostics(a, ds => invalid(ds).length > 0);
        expect(invalid(reread)[0].message).toMatch(/not valid JSON at line 1, column 33/);
    });

    test('a malformed settings catalog names its entry and field; a relative path with no workspace folder says what to do', async () => {
        const { folder, a } = workspace();
        writeFileSync(join(folder, 'shared', 'bad.json'), teamCatalog.replace('"quantitative"', '"numeric"'));
        client = new LspClient();
        client.configure({ cop: { catalogs: [join(folder, 'shared', 'bad.json')] } });
        await client.initialize(folder);
        const [error] = invalid(await client.waitForDiagnostics(a, ds => invalid(ds).length > 0));
        expect(error.message).toContain('indicator 1 (id "models-peer-reviewed"), field `kind`');

        await client.shutdown();
        client = new LspClient();
        client.configure({ cop: { catalogs: ['shared/team.json'] } });
        await client.initialize();
        await client.open(a, plan('Alpha'));
        const [noFolder] = invalid(await client.waitForDiagnostics(a, ds => invalid(ds).length > 0));
        expect(noFolder.message).toContain('a relative path needs a workspace folder');
    });
});
