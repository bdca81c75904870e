import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { CompletionItem, CompletionList, Hover, InlayHint } from 'vscode-languageserver-protocol';
import { fileUri, LspClient } from '../helpers/lsp-client.js';
import { contractExample } from './impact-helpers.js';
import { VIEW_MODEL_REQUEST } from '../../language/lsp/view-model/view-model-protocol.js';

// Deflected's actuals move to the CSV file; the inline block goes.
const plan = contractExample
    .replace('purpose "Peers answer each other so fewer tickets reach support"', 'purpose "Peers answer each other"\n    actuals "data/actuals.csv"')
    .replace(/actual Deflected \{[^}]*\}/, '');
const goodCsv = 'indicator,date,value,note\nDeflected,2026-07,210,\nDeflected,2026-08,260,\nDeflected,2026-09,300,forum relaunch\n';
const badCsv = 'indicator,date,value,note\nDeflected,2026-07,210,\nDeflected,2026-08,lots,\n';

function positionOf(text: string, needle: string, offsetInNeedle = 0) {
    const index = text.indexOf(needle) + offsetInNeedle;
    const before = text.slice(0, index).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
}

describe('impact in the language server', () => {
    let client: LspClient | undefined;
    afterEach(async () => {
        await client?.shutdown();
        client = undefined;
    });

    test('hover, inlay hints, formula completion, and re-validation when the CSV changes on disk', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'cop-impact-lsp-'));
        const csvPath = join(folder, 'data', 'actuals.csv');
        writeFileSync(join(folder, 'plan.cop'), plan);
        (await import('node:fs')).mkdirSync(join(folder, 'data'));
        writeFileSync(csvPath, goodCsv);
        client = new LspClient();
        await client.initialize(folder);
        const uri = fileUri(join(folder, 'plan.cop'));
        await client.open(uri, plan);
        const first = await client.waitForDiagnostics(uri);
        expect(first.map(d => d.code)).not.toContain('actuals-invalid');

        // Hover on the kpi's name: value, range, status and top driver.
        const hover = await client.request<Hover>('textDocument/hover', {
            textDocument: { uri },
            position: positionOf(plan, 'kpi SupportSavings', 5)
        });
        const markdown = (hover.contents as { value: string }).value;
        expect(markdown).toContain('Value **11,400 USD**');
        expect(markdown).toContain('planned 38,000 USD');
        expect(markdown).toContain('Range 7,500 – 16,500');
        expect(markdown).toMatch(/Status \*\*(off-track|missed)\*\*/);
        expect(markdown).toContain('Top driver: `TicketCost` moves it between 7,500 and 16,500');

        // Inlay hints after the kpi and the indicator with actuals.
        const hints = await client.request<InlayHint[]>('textDocument/inlayHint', {
            textDocument: { uri },
            range: { start: { line: 0, character: 0 }, end: { line: plan.split('\n').length, character: 0 } }
        });
        const labels = hints.map(h => String(h.label));
        expect(labels.some(l => l.startsWith('= 11,400 USD (7,500–16,500) · estimate · '))).toBe(true);
        expect(labels.some(l => l.startsWith('= 300 (2026-09)'))).toBe(true);
        const kpiHint = hints.find(h => String(h.label).startsWith('= 11,400'))!;
        expect(kpiHint.position).toEqual(positionOf(plan, '"Support cost avoidance"', '"Support cost avoidance"'.length));

        // Completion in a formula offers indicators, assumptions and kpis, not outcomes.
        const completion = await client.request<CompletionList | CompletionItem[]>('textDocument/completion', {
            textDocument: { uri },
            position: positionOf(plan, 'formula Deflected', 'formula '.length)
        });
        const items = (Array.isArray(completion) ? completion : completion.items).map(i => i.label);
        expect(items).toEqual(expect.arrayContaining(['Deflected', 'TicketCost', 'TimeToRespond']));
        expect(items).not.toContain('Deflection');
        expect(items).not.toContain('Sweet');
        const labelsAt = async (needle: string, offset: number) => {
            const list = await client!.request<CompletionList | CompletionItem[]>('textDocument/completion', {
                textDocument: { uri },
                position: positionOf(plan, needle, offset)
            });
            return (Array.isArray(list) ? list : list.items).map(i => i.label);
        };
        // `translates` names outcomes; `tags` names indicators and kpis.
        const translates = await labelsAt('translates Deflection', 'translates '.length);
        expect(translates).toContain('Deflection');
        expect(translates).not.toContain('Deflected');
        const tags = await labelsAt('tags Deflected', 'tags '.length);
        // A story's tags may name any element (Part 6): indicators, kpis, assumptions, outcomes, …
        expect(tags).toEqual(expect.arrayContaining(['Deflected', 'SupportSavings', 'TimeToRespond', 'TicketCost', 'Deflection']));

        // The preview's view model carries the impact layer (cop/viewModel).
        const viewModel = await client.request<{ impact?: { kpis: Array<{ name: string; value: number | null }> } }>(VIEW_MODEL_REQUEST, { uri });
        expect(viewModel.impact?.kpis.map(k => [k.name, k.value])).toEqual([['SupportSavings', 11400]]);

        // The CSV is edited on disk: the plan is re-validated and names the row and column.
        writeFileSync(csvPath, badCsv);
        await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(csvPath), type: 2 }] });
        const broken = await client.waitForDiagnostics(uri, ds => ds.some(d => d.code === 'actuals-invalid'));
        expect(broken.find(d => d.code === 'actuals-invalid')!.message).toContain('row 3, column 3');

        writeFileSync(csvPath, goodCsv);
        await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(csvPath), type: 2 }] });
        await client.waitForDiagnostics(uri, ds => !ds.some(d => d.code === 'actuals-invalid'));
    });
});
