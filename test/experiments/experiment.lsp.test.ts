import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type {
    CodeAction,
    CompletionItem,
    CompletionList,
    DocumentSymbol,
    FoldingRange,
    Hover,
    InlayHint,
    SemanticTokens,
    WorkspaceEdit
} from 'vscode-languageserver-types';
import { fileUri, LspClient } from '../helpers/lsp-client.js';
import { applyEdits, positionOf } from '../editing/lsp-helpers.js';
import { decodeSemanticTokens } from '../helpers/semantic-tokens.js';

const plan = `plan P "P" {
    purpose "p"
}

outcome Deflection "Deflection" {}

indicator Visitors "Visitors" {
    unit visits
    data "Web analytics"
}

actual Visitors {
    2026-09 10000
}

experiment ForumFirst "Forum first" {
    metric Visitors
    treatment 412 of 2000
    control 318 of 2000
    start 2026-07-01
    end 2026-08-31
}

experiment Flat "Flat" {
    treatment mean 4 sd 2 n 10
    control mean 4 sd 2 n 10
}

assumption Uplift "Uplift" {
    from ForumFirst
    unit requests/visit
}

assumption Cost "Cost" {
    value 38 range 25..55
    unit USD/request
    source "Finance"
}

kpi Savings "Savings" {
    formula Visitors * Uplift * Cost
    unit USD
    deadweight 10%
    displacement 0%
    attribution 20%..40%
    evidence experiment
    translates Deflection
}

kpi Raw "Raw" {
    formula Visitors * Cost
    unit EUR
    translates Deflection
}
`;

describe('experiments, adjustments and grades in the language server, over stdio', () => {
    let client: LspClient;
    let uri: string;
    let legend: { tokenTypes: string[]; tokenModifiers: string[] };
    const at = (needle: string, delta = 0, occurrence = 0) => ({ textDocument: { uri }, position: positionOf(plan, needle, occurrence, delta) });
    const labelsAt = async (needle: string, delta: number) => {
        const list = await client.request<CompletionList | CompletionItem[]>('textDocument/completion', at(needle, delta));
        return (Array.isArray(list) ? list : list.items).map(i => i.label);
    };

    beforeAll(async () => {
        const folder = mkdtempSync(join(tmpdir(), 'cop-exp-lsp-'));
        writeFileSync(join(folder, 'plan.cop'), plan);
        client = new LspClient();
        const init = (await client.initialize(folder)) as { capabilities: { semanticTokensProvider: { legend: typeof legend } } };
        legend = init.capabilities.semanticTokensProvider.legend;
        uri = fileUri(join(folder, 'plan.cop'));
        await client.open(uri, plan);
    });
    afterAll(async () => {
        await client?.shutdown();
    });

    test('the new codes arrive as diagnostics with their severities, on their lines', async () => {
        const diagnostics = await client.waitForDiagnostics(uri);
        const found = diagnostics
            .filter(d =>
                [
                    'experiment-invalid',
                    'experiment-inconclusive',
                    'assumption-conflict',
                    'adjustment-out-of-range',
                    'impact-unadjusted',
                    'weak-evidence'
                ].includes(String(d.code))
            )
            .map(d => [d.code, d.severity, plan.split('\n')[d.range.start.line].trim()]);
        // Both kpis reach the estimate Cost (information, whatever Savings' own line says);
        // Raw is in EUR without adjustments (warning). The inconclusive Flat is used by nothing.
        expect(found).toEqual([
            ['weak-evidence', 3, 'kpi Savings "Savings" {'],
            ['impact-unadjusted', 2, 'kpi Raw "Raw" {'],
            ['weak-evidence', 3, 'kpi Raw "Raw" {']
        ]);
    });

    test('every Part 3 code arrives over LSP when the plan has the problem, and goes when it is fixed', async () => {
        const flawed = plan
            .replace('    treatment 412 of 2000\n', '    treatment 2500 of 2000\n')
            .replace('    from ForumFirst\n', '    from Flat\n    value 3\n')
            .replace('    attribution 20%..40%\n', '    attribution 40%..20%\n');
        await client.change(uri, flawed);
        const diagnostics = await client.waitForDiagnostics(uri, ds => ds.some(d => d.code === 'experiment-invalid'));
        const lines = flawed.split('\n');
        const part3 = ['experiment-invalid', 'experiment-inconclusive', 'assumption-conflict', 'adjustment-out-of-range'];
        const found = diagnostics.filter(d => part3.includes(String(d.code))).map(d => [d.code, d.severity, lines[d.range.start.line].trim()]);
        expect(found).toEqual([
            ['experiment-invalid', 1, 'treatment 2500 of 2000'],
            ['assumption-conflict', 1, 'value 3'],
            ['experiment-inconclusive', 2, 'from Flat'],
            ['adjustment-out-of-range', 1, 'attribution 40%..20%']
        ]);
        expect(diagnostics.find(d => d.code === 'experiment-invalid')!.message).toContain('the treatment arm has 2,500 successes of 2,000 trials');
        await client.change(uri, plan);
        const fixed = await client.waitForDiagnostics(uri, ds => !ds.some(d => d.code === 'experiment-invalid'));
        expect(fixed.map(d => String(d.code)).filter(code => part3.includes(code))).toEqual([]);
    });

    test('hover on an experiment: uplift, interval, n per arm, significance', async () => {
        const hover = await client.request<Hover>('textDocument/hover', at('experiment ForumFirst', 'experiment '.length + 2));
        const markdown = (hover.contents as { value: string }).value;
        expect(markdown).toContain('— experiment');
        expect(markdown).toContain('Treatment: 412 of 2,000 (20.6%), n = 2,000');
        expect(markdown).toContain('Control: 318 of 2,000 (15.9%), n = 2,000');
        expect(markdown).toContain('Uplift **4\\.7% (95% interval 2.31% to 7.09%)**, 29.6% over the control');
        expect(markdown).toContain('**Significant**');
        const flat = await client.request<Hover>('textDocument/hover', at('experiment Flat', 'experiment '.length + 1));
        expect((flat.contents as { value: string }).value).toContain('**Not significant**: the interval includes 0');
    });

    test('hover and inlay hints on a kpi: net value, range, grade', async () => {
        const hover = await client.request<Hover>('textDocument/hover', at('kpi Savings', 5));
        const markdown = (hover.contents as { value: string }).value;
        // gross 10000 × 0.047 × 38 = 17,860; net × 0.9 × 0.7 = 11,251.8; range [5,776, 38,993] × [0.54, 0.72]
        expect(markdown).toContain('Value **11,252 USD**');
        expect(markdown).toContain("Range 3,119 – 28,075 USD over the assumptions' and shares' ranges");
        expect(markdown).toContain('Net of gross 17,860: deadweight 10%, displacement 0%, attribution 20%–40%');
        expect(markdown).toContain('Evidence grade **estimate**');
        const uplift = await client.request<Hover>('textDocument/hover', at('assumption Uplift', 'assumption '.length + 1));
        expect((uplift.contents as { value: string }).value).toContain('from experiment `ForumFirst`');
        expect((uplift.contents as { value: string }).value).toContain('Evidence grade **experiment**');
        const hints = await client.request<InlayHint[]>('textDocument/inlayHint', {
            textDocument: { uri },
            range: { start: { line: 0, character: 0 }, end: { line: plan.split('\n').length, character: 0 } }
        });
        expect(hints.map(h => String(h.label))).toContain('= 11,252 USD (3,119–28,075) · estimate');
    });

    test('completion: experiments after `from`, indicators after `metric`, grades after `evidence`, the new lines as keywords', async () => {
        const from = await labelsAt('from ForumFirst', 'from '.length);
        expect(from).toEqual(expect.arrayContaining(['ForumFirst', 'Flat']));
        expect(from).not.toContain('Visitors');
        expect(from).not.toContain('Cost');
        const metric = await labelsAt('metric Visitors', 'metric '.length);
        expect(metric).toContain('Visitors');
        expect(metric).not.toContain('ForumFirst');
        const grades = await labelsAt('evidence experiment', 'evidence '.length);
        expect(grades).toEqual(expect.arrayContaining(['experiment', 'quasi-experiment', 'observational', 'estimate']));
        const lines = await labelsAt('    translates Deflection\n}\n\nkpi Raw', 4);
        expect(lines).toEqual(expect.arrayContaining(['deadweight', 'displacement', 'attribution', 'evidence']));
    });

    test('the quick fix for impact-unadjusted adds `attribution 0%..30%` and clears it', async () => {
        const diagnostics = await client.waitForDiagnostics(uri);
        const unadjusted = diagnostics.find(d => d.code === 'impact-unadjusted')!;
        const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
            textDocument: { uri },
            range: unadjusted.range,
            context: { diagnostics: [unadjusted] }
        });
        expect(actions.map(a => [a.title, a.kind, a.isPreferred])).toEqual([['Add `attribution 0%..30%` to `Raw`', 'quickfix', true]]);
        const fixed = applyEdits(plan, actions[0].edit!.changes![uri]);
        expect(fixed).toContain('    translates Deflection\n    attribution 0%..30%\n}\n');
        await client.change(uri, fixed);
        const after = await client.waitForDiagnostics(uri, ds => !ds.some(d => d.code === 'impact-unadjusted'));
        expect(after.map(d => d.code)).not.toContain('impact-unadjusted');
        await client.change(uri, plan);
        await client.waitForDiagnostics(uri, ds => ds.some(d => d.code === 'impact-unadjusted'));
    });

    test('rename an experiment rewrites the `from` that uses it', async () => {
        const edit = await client.request<WorkspaceEdit>('textDocument/rename', {
            ...at('experiment ForumFirst', 'experiment '.length + 1),
            newName: 'Holdout'
        });
        const renamed = applyEdits(plan, edit.changes![uri]);
        expect(renamed).toContain('experiment Holdout "Forum first" {');
        expect(renamed).toContain('    from Holdout\n');
        expect(renamed).not.toContain('ForumFirst');
    });

    test('outline, folding and semantic tokens know experiments', async () => {
        const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
        expect(symbols.map(s => s.name)).toEqual(expect.arrayContaining(['ForumFirst', 'Flat', 'Uplift', 'Savings']));
        const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
        const lines = plan.split('\n');
        expect(ranges.map(r => lines[r.startLine])).toEqual(expect.arrayContaining(['experiment ForumFirst "Forum first" {', 'experiment Flat "Flat" {']));
        const result = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
        const tokens = decodeSemanticTokens(result.data, plan, legend).map(({ token }) => token);
        expect(tokens).toEqual(expect.arrayContaining(['ForumFirst=event+declaration', 'ForumFirst=event', 'Visitors=variable']));
    });
});
