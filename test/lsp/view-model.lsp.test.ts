import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { PlanViewModel } from '../../language/view-model/plan-view-model.js';
import { fileUri, LspClient } from '../helpers/lsp-client.js';

const example = readFileSync(resolve(import.meta.dirname, '../fixtures/contract-example.cop'), 'utf8');

describe('view model over LSP (stdio)', () => {
    let client: LspClient | undefined;
    afterEach(async () => {
        await client?.shutdown();
        client = undefined;
    });

    test("cop/viewModel answers with the plan's view model; cop/viewModelChanged follows an edit", async () => {
        client = new LspClient();
        await client.initialize();
        const changed: string[] = [];
        const waiters: Array<() => void> = [];
        client.connection.onNotification('cop/viewModelChanged', (params: { uri: string }) => {
            changed.push(params.uri);
            waiters.splice(0).forEach(wake => wake());
        });
        const uri = 'file:///virtual/data-science.cop';
        await client.open(uri, example);
        await client.waitForDiagnostics(uri);

        const model = await client.request<PlanViewModel>('cop/viewModel', { uri });
        expect(model.uri).toBe(uri);
        expect(model.plan?.name).toBe('DataScienceCoP');
        expect(model.matrix.rows.map(r => r.stakeholder)).toEqual(['Practitioners', 'Experts', 'AnalyticsUnit']);
        expect(model.shared[0].name).toBe('FasterAnswers');
        expect(model.diagnostics.counts.warning).toBe(4);

        // An edit: the server validates again and tells the client to ask again.
        await client.change(uri, example.replace('"Help with challenges"', '"Help with hard challenges"'));
        while (!changed.includes(uri)) await new Promise<void>(wake => waiters.push(wake));
        const updated = await client.request<PlanViewModel>('cop/viewModel', { uri });
        expect(updated.matrix.rows[0].short[0].title).toBe('Help with hard challenges');
    });

    test("editing a plan that another plan references updates the other plan's preview", async () => {
        const folder = mkdtempSync(join(tmpdir(), 'cop-vm-'));
        const org = `plan Org "Org" { purpose "p" }
organization Unit "Unit" {
    short Quick "Quick fixes"
    long Deep "Deep capacity"
}
`;
        writeFileSync(join(folder, 'org.cop'), org);
        writeFileSync(
            join(folder, 'cop.cop'),
            `plan Cop "Cop" { purpose "p" }
members M "Members" {
    short Help "Help"
    long Grow "Grow"
}
shared S "Sweet" {
    member Help
    organization Org.Quick
}
`
        );
        client = new LspClient();
        await client.initialize(folder);
        const changed: string[] = [];
        const waiters: Array<() => void> = [];
        client.connection.onNotification('cop/viewModelChanged', (params: { uri: string }) => {
            changed.push(params.uri);
            waiters.splice(0).forEach(wake => wake());
        });
        const copUri = fileUri(join(folder, 'cop.cop'));
        await client.waitForDiagnostics(copUri);
        const before = await client.request<PlanViewModel>('cop/viewModel', { uri: copUri });
        expect(before.shared[0].organization[0]).toMatchObject({ name: 'Org.Quick', title: 'Quick fixes', uri: fileUri(join(folder, 'org.cop')) });

        await client.open(fileUri(join(folder, 'org.cop')), org.replace('"Quick fixes"', '"Same-day fixes"'));
        while (!changed.includes(copUri)) await new Promise<void>(wake => waiters.push(wake));
        const after = await client.request<PlanViewModel>('cop/viewModel', { uri: copUri });
        expect(after.shared[0].organization[0].title).toBe('Same-day fixes');
    });

    test('a plan the server does not know gets null, not an error', async () => {
        client = new LspClient();
        await client.initialize();
        expect(await client.request('cop/viewModel', { uri: 'file:///virtual/none.cop' })).toBeNull();
    });
});
