import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type {
    CodeAction,
    CompletionItem,
    CompletionList,
    DocumentSymbol,
    FoldingRange,
    Hover,
    SemanticTokens,
    WorkspaceEdit
} from 'vscode-languageserver-protocol';
import { fileUri, LspClient } from '../helpers/lsp-client.js';
import { applyEdits, positionOf } from '../editing/lsp-helpers.js';
import { codeCases } from './cases.js';
import { VIEW_MODEL_REQUEST } from '../../language/lsp/view-model/view-model-protocol.js';
import type { DecisionsView } from '../../language/decisions/decisions-view.js';
import { decodeSemanticTokens } from '../helpers/semantic-tokens.js';

// The example with its dates moved so that the server, which judges as of today, sees the
// first action overdue and the decision due far ahead.
const example = readFileSync(resolve(import.meta.dirname, '../fixtures/part6-example.cop'), 'utf8')
    .replace('due 2026-11-30', 'due 2020-11-30')
    .replace('due 2027-05', 'due 2099-05');

describe('Part 6 in the language server', () => {
    let client: LspClient;
    let folder: string;
    let legend: { tokenTypes: string[]; tokenModifiers: string[] };
    const uri = () => fileUri(join(folder, 'plan.cop'));

    beforeAll(async () => {
        folder = mkdtempSync(join(tmpdir(), 'cop-decisions-lsp-'));
        writeFileSync(join(folder, 'plan.cop'), example);
        client = new LspClient();
        const init = (await client.initialize(folder)) as { capabilities: { semanticTokensProvider: { legend: typeof legend } } };
        legend = init.capabilities.semanticTokensProvider.legend;
        await client.open(uri(), example);
        await client.waitForDiagnostics(uri());
    });
    afterAll(async () => {
        await client?.shutdown();
    });

    test.each(codeCases.map((c, i) => [c.code, c, i] as const))('%s: published on its line, gone once fixed', async (code, c, i) => {
        // On disk too: a closed document is read again from disk.
        writeFileSync(join(folder, `case${i}.cop`), c.plan.replace(/^plan (\w+)/, 'plan $1OnDisk'));
        const caseUri = fileUri(join(folder, `case${i}.cop`));
        await client.open(caseUri, c.plan);
        const reported = await client.waitForDiagnostics(caseUri, ds => ds.some(d => d.code === code));
        expect(reported.filter(d => d.code === code).map(d => d.range.start.line + 1)).toEqual([c.line]);
        await client.change(caseUri, c.fixed);
        await client.waitForDiagnostics(caseUri, ds => !ds.some(d => d.code === code));
        await client.close(caseUri);
    });

    async function fixesFor(code: string, _text: string, docUri: string): Promise<CodeAction[]> {
        const diagnostics = await client.waitForDiagnostics(docUri, ds => ds.some(d => d.code === code));
        const diagnostic = diagnostics.find(d => d.code === code)!;
        return client.request<CodeAction[]>('textDocument/codeAction', {
            textDocument: { uri: docUri },
            range: diagnostic.range,
            context: { diagnostics: [diagnostic] }
        });
    }

    test('quick fixes: add the missing worry and experiment; mark an overdue action done today', async () => {
        const reviewUri = fileUri(join(folder, 'review.cop'));
        const review = 'plan R "R" { purpose "p" }\n\nreview Q3 {\n    date 2020-10-05\n    win "w"\n    action "Rota" owner "o" due 2020-11-30\n}\n';
        writeFileSync(join(folder, 'review.cop'), review.replace('plan R', 'plan ROnDisk'));
        await client.open(reviewUri, review);
        const [add] = await fixesFor('review-incomplete', review, reviewUri);
        expect(add.title).toBe('Add the missing `worry` and `experiment` to review `Q3`');
        const added = applyEdits(review, add.edit!.changes![reviewUri]);
        expect(added).toContain(
            '    win "w"\n    action "Rota" owner "o" due 2020-11-30\n    worry "TODO: what worries you"\n    experiment "TODO: what to try next"\n}'
        );
        await client.change(reviewUri, added);
        await client.waitForDiagnostics(reviewUri, ds => !ds.some(d => d.code === 'review-incomplete'));
        const [done] = await fixesFor('action-overdue', added, reviewUri);
        const now = new Date();
        const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
        expect(done.title).toBe(`Mark "Rota" done today (${today})`);
        const marked = applyEdits(added, done.edit!.changes![reviewUri]);
        expect(marked).toContain(`action "Rota" owner "o" due 2020-11-30 done ${today}\n`);
        await client.change(reviewUri, marked);
        await client.waitForDiagnostics(reviewUri, ds => !ds.some(d => d.code === 'action-overdue'));
        await client.close(reviewUri);
    });

    test('quick fixes for a vanity metric: tie it to a decision, or drop its target', async () => {
        const vanityUri = fileUri(join(folder, 'vanity.cop'));
        const plan =
            'plan V "V" { purpose "p" }\n\nindicator Replies { data "d" target >= 10 }\n\nindicator Views {\n    data "d"\n    target >= 10 // page views\n}\n\ndecision D { owner "o" due 2099-01 uses Replies }\n';
        writeFileSync(join(folder, 'vanity.cop'), plan.replace('plan V', 'plan VOnDisk'));
        await client.open(vanityUri, plan);
        const [tie, drop] = await fixesFor('vanity-metric', plan, vanityUri);
        expect(tie.title).toBe('Tie `Views` to decision `D` (add it to its `uses`)');
        expect(applyEdits(plan, tie.edit!.changes![vanityUri])).toContain('uses Replies, Views }');
        expect(drop.title).toBe('Drop the target of `Views`');
        const dropped = applyEdits(plan, drop.edit!.changes![vanityUri]);
        expect(dropped).toContain('indicator Views {\n    data "d"\n}\n');
        await client.change(vanityUri, dropped);
        await client.waitForDiagnostics(vanityUri, ds => !ds.some(d => d.code === 'vanity-metric'));
        await client.close(vanityUri);
    });

    test('completion: perspectives, cycles, and only indicators, kpis and objectives after uses', async () => {
        const labelsAt = async (text: string, needle: string, delta: number) => {
            writeFileSync(join(folder, 'complete.cop'), text);
            const docUri = fileUri(join(folder, 'complete.cop'));
            await client.open(docUri, text);
            const result = await client.request<CompletionList | CompletionItem[]>('textDocument/completion', {
                textDocument: { uri: docUri },
                position: positionOf(text, needle, 0, delta)
            });
            await client.close(docUri);
            return (Array.isArray(result) ? result : result.items).map(item => item.label);
        };
        const base = 'plan C "C" { purpose "p" }\nindicator I { data "d" }\nkpi K { formula I }\nobjective O { key I >= 1 }\noutcome Out {}\n';
        expect(await labelsAt(`${base}indicator J { perspective  }\n`, 'perspective ', 12)).toEqual(
            expect.arrayContaining(['financial', 'customer', 'process', 'learning'])
        );
        const uses = await labelsAt(`${base}decision D { uses  }\n`, 'uses ', 5);
        expect(uses).toEqual(expect.arrayContaining(['I', 'K', 'O']));
        expect(uses).not.toContain('Out');
        expect(await labelsAt(`${base}story S { cycles  }\n`, 'cycles ', 7)).toEqual(expect.arrayContaining(['immediate', 'applied', 'enabling']));
        const lines = await labelsAt(`${base}review R {\n    \n}\n`, 'review R {\n    ', 15);
        expect(lines).toEqual(expect.arrayContaining(['date', 'win', 'worry', 'experiment', 'action']));
    });

    test('hover: a decision with its status and thresholds, a review with its actions', async () => {
        const hoverAt = async (needle: string, delta: number) => {
            const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: uri() }, position: positionOf(example, needle, 0, delta) });
            return (hover.contents as { value: string }).value;
        };
        const decision = await hoverAt('decision Renewal', 10);
        expect(decision).toContain('— decision');
        expect(decision).toMatch(/Status \*\*(on-track|at-risk|no-data)\*\* · due 2099-05 · owner VP Support/);
        expect(decision).toContain('`SupportSavings` &gt;= 10000: 11,400 (met)');
        const review = await hoverAt('review Q3', 8);
        expect(review).toContain('**overdue**: Weekend rota of experts (Community manager, due 2020-11-30)');
        expect(review).toContain('done: Publish the minutes');
        expect(await hoverAt('short QuickAnswers', 8)).toContain('Found through: Survey of 120 members, May 2026; Interviews with the core group.');
        expect(await hoverAt('northstar Responders', 2)).toContain('**North Star** — the one indicator or kpi');
        expect(await hoverAt('review Q3', 2)).toContain('one win, one worry and one experiment');
        const plan = await hoverAt('plan SupportDecisions', 7);
        expect(plan).toContain('North Star `Responders`: **45**');
        expect(plan).toContain('Return on 20,000 USD: **0.57×** (0.38 – 0.83)');
    });

    test('rename a metric rewrites uses, threshold, northstar, review and story tags', async () => {
        const edit = await client.request<WorkspaceEdit>('textDocument/rename', {
            textDocument: { uri: uri() },
            position: positionOf(example, 'indicator Responders', 0, 12),
            newName: 'Repliers'
        });
        const renamed = applyEdits(example, edit.changes![uri()]);
        expect(renamed).toContain('northstar Repliers');
        expect(renamed).toContain('uses SupportSavings, Repliers');
        expect(renamed).toContain('win "Forum relaunch doubled replies" tags Repliers');
        expect(renamed).toContain('tags Repliers, SupportSavings, Deflection, LowerCost');
        expect(renamed).not.toMatch(/\bResponders\b/);
    });

    test("the preview's view model (cop/viewModel) carries the decisions, reviews and ROI", async () => {
        const viewModel = await client.request<{ decisions?: DecisionsView }>(VIEW_MODEL_REQUEST, { uri: uri() });
        expect(viewModel.decisions?.decisions.map(d => [d.name, d.due, d.status])).toEqual([['Renewal', '2099-05', 'on-track']]);
        expect(viewModel.decisions?.reviews[0].actions.map(a => a.status)).toEqual(['overdue', 'done']);
        expect(viewModel.decisions?.roi?.value).toBeCloseTo(0.57);
    });

    test('outline, folding and semantic tokens know decisions and reviews', async () => {
        const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uri() } });
        const decision = symbols.find(s => s.name === 'Renewal')!;
        expect(decision.detail).toBe('Renew the community budget for FY2028');
        expect(decision.children?.map(c => `${c.name} ${c.detail}`)).toEqual(['SupportSavings threshold >= 10000']);
        const review = symbols.find(s => s.name === 'Q3')!;
        expect(review.children?.map(c => c.name)).toEqual(['win', 'worry', 'experiment', 'experiment', 'action', 'action']);
        expect(review.children?.[4].detail).toBe('Weekend rota of experts · Community manager · due 2020-11-30');

        const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: uri() } });
        const lines = example.split('\n');
        const reviewLine = lines.findIndex(line => line.startsWith('review Q3'));
        expect(folds.some(f => f.startLine === reviewLine && lines[f.endLine + 1] === '}')).toBe(true);

        const result = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: uri() } });
        const tokens = decodeSemanticTokens(result.data, example, legend).map(({ token }) => token);
        expect(tokens).toEqual(
            expect.arrayContaining([
                'Renewal=type+declaration',
                'Q3=type+declaration',
                'customer=enumMember',
                'applied=enum',
                'Responders=variable',
                'CommunityCost=parameter'
            ])
        );
    });
});
