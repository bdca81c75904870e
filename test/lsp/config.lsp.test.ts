import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { PlanViewModel } from '../../language/view-model/plan-view-model.js';
import { runCliInProcess } from '../helpers/cli.js';
import { fileUri, LspClient } from '../helpers/lsp-client.js';

const plan = `plan Cop "A community" {
    purpose "Help"
}
indicator Reviews "Models peer reviewed" {
    data "Review log"
}
indicator Hours "Hours worked" {
    data ""
}
outcome Faster "Faster reviews" {
    measure Reviews
}
`;

const catalog = JSON.stringify({
    version: 1,
    indicators: [{ id: 'reviews', title: 'Models peer reviewed', kind: 'quantitative', description: 'A team indicator.', source: 'Team' }]
});

/** A workspace with `team/plans/plan.cop` and `team/catalogs/reviews.json`; `config` as `team/cop.config.json`. */
function workspace(config?: string) {
    const folder = mkdtempSync(join(tmpdir(), 'cop-lsp-config-'));
    mkdirSync(join(folder, 'team', 'plans'), { recursive: true });
    mkdirSync(join(folder, 'team', 'catalogs'));
    const planPath = join(folder, 'team', 'plans', 'plan.cop');
    writeFileSync(planPath, plan);
    writeFileSync(join(folder, 'team', 'catalogs', 'reviews.json'), catalog);
    const configPath = join(folder, 'team', 'cop.config.json');
    if (config !== undefined) writeFileSync(configPath, config);
    return { folder, planPath, planUri: fileUri(planPath), configPath };
}

const severityNames = ['', 'error', 'warning', 'information', 'hint'];
/** code:severity:line (1-based), sorted: what the server and `cop check` must agree on. */
const serverView = (diagnostics: Diagnostic[]) => diagnostics.map(d => `${String(d.code)}:${severityNames[d.severity ?? 1]}:${d.range.start.line + 1}`).sort();
const codes = (diagnostics: Diagnostic[]) => diagnostics.map(d => String(d.code));

const rules = {
    catalogs: ['catalogs/reviews.json'],
    rules: { 'indicator-unused': 'off', 'outcome-without-value': 'error', 'outcome-without-output': 'information' }
};

describe('cop.config.json in the language server', () => {
    let client: LspClient | undefined;
    afterEach(async () => {
        await client?.shutdown();
        client = undefined;
    });

    test('the server and `cop check` give the same diagnostics for one plan under one config', async () => {
        for (const config of [JSON.stringify(rules), '{ "rules": { "indicator-unused": "of" } }']) {
            const { folder, planUri } = workspace(config);
            client = new LspClient();
            await client.initialize(folder);
            await client.open(planUri, plan);
            const fromServer = serverView(await client.waitForDiagnostics(planUri));
            // The preview's Problems list comes from the same diagnostics.
            const model = await client.request<PlanViewModel>('cop/viewModel', { uri: planUri });
            const fromPreview = model.diagnostics.items.map(d => `${d.code}:${d.severity}:${d.line}`).sort();
            await client.shutdown();
            client = undefined;

            const result = await runCliInProcess(['check', '--format', 'json', 'team/plans/plan.cop'], { cwd: folder });
            const report = JSON.parse(result.stdout) as { diagnostics: Array<{ code: string; severity: string; line: number }> };
            const fromCli = report.diagnostics.map(d => `${d.code}:${d.severity}:${d.line}`).sort();
            // The config made a difference (or was reported), so agreeing is not agreeing on defaults.
            expect(fromServer.some(d => d.startsWith('outcome-without-value:error') || d === 'config-invalid:error:1')).toBe(true);
            expect(fromServer).toEqual(fromCli);
            expect(fromPreview).toEqual(fromCli);
        }
    });

    test('the config is applied: catalogs from it, severities changed, a code off', async () => {
        const { folder, planUri } = workspace(JSON.stringify(rules));
        client = new LspClient();
        await client.initialize(folder);
        await client.open(planUri, plan);
        const diagnostics = await client.waitForDiagnostics(planUri);
        expect(codes(diagnostics)).not.toContain('indicator-unused');
        expect(diagnostics.find(d => d.code === 'outcome-without-value')?.severity).toBe(1);
        expect(diagnostics.find(d => d.code === 'outcome-without-output')?.severity).toBe(3);
        // "Models peer reviewed" comes from the config's catalog; "Hours worked" is built in.
        expect(codes(diagnostics)).not.toContain('unknown-catalog-entry');
    });

    test('editing, breaking, creating and deleting the config on disk re-validates the plan', async () => {
        const { folder, planUri, configPath } = workspace();
        client = new LspClient();
        await client.initialize(folder);
        await client.open(planUri, plan);
        const changed = async (type: 1 | 2 | 3) =>
            client!.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(configPath), type }] });
        const initial = await client.waitForDiagnostics(planUri);
        expect(codes(initial)).toContain('indicator-unused');

        // Created where none was: it applies.
        writeFileSync(configPath, JSON.stringify({ rules: { 'indicator-unused': 'off' } }));
        await changed(1);
        await client.waitForDiagnostics(planUri, ds => !codes(ds).includes('indicator-unused'));

        // Broken: config-invalid on the plan name, and its rule no longer applies.
        writeFileSync(configPath, '{ "rules": { "indicator-unused": "off", } }');
        await changed(2);
        const broken = await client.waitForDiagnostics(planUri, ds => codes(ds).includes('config-invalid'));
        const invalid = broken.find(d => d.code === 'config-invalid')!;
        expect(invalid.range.start.line).toBe(0);
        expect(invalid.severity).toBe(1);
        expect(invalid.message).toContain('"../cop.config.json"');
        expect(invalid.message).toContain('line 1, column');
        expect(codes(broken)).toContain('indicator-unused');

        // Fixed, with another rule.
        writeFileSync(configPath, JSON.stringify({ rules: { 'indicator-unused': 'error' } }));
        await changed(2);
        const fixed = await client.waitForDiagnostics(planUri, ds => !codes(ds).includes('config-invalid'));
        expect(fixed.filter(d => d.code === 'indicator-unused').every(d => d.severity === 1)).toBe(true);

        // Deleted: the defaults again.
        rmSync(configPath);
        await changed(3);
        const deleted = await client.waitForDiagnostics(planUri, ds => ds.some(d => d.code === 'indicator-unused' && d.severity === 4));
        expect(codes(deleted)).not.toContain('config-invalid');
        expect(client.exited).toBe(false);
    });
});
