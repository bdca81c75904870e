import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { PlanViewModel } from '../../language/view-model/plan-view-model.js';
import { LspClient } from '../helpers/lsp-client.js';

const example = readFileSync(resolve(import.meta.dirname, '../fixtures/contract-example.cop'), 'utf8');

describe('view model over LSP (stdio)', () => {
    let client: LspClient | undefined;
    afterEach(async () => { await client?.shutdown(); client = undefined; });

    test('cop/viewModel answers with the plan\'s view model; cop/viewModelChanged follows an edit', async () => {
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

    test('a plan the server does not know gets null, not an error', async () => {
        client = new LspClient();
        await client.initialize();
        expect(await client.request('cop/viewModel', { uri: 'file:///virtual/none.cop' })).toBeNull();
    });
});
