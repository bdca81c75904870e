import type { LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import type { PlanFile } from '../../language/generated/ast.js';
import { createTestServices } from '../helpers/services.js';
import { applyEdits } from './lsp-helpers.js';

const base = `plan Cop "Community" {
    purpose "Help"
}

members Analysts "Analysts" {
    short Help "Help"
    long Growth "Growth"
}

organization Unit "Unit" {
    short Fast "Fast"
    long Strategic "Strategic"
}

shared Sweet "Sweet spot" {
    member Help
    organization Fast
}

input Hours "Hours" {
    measure Spent
}

output Answers "Answers" {
    from Hours
    measure Spent
}

outcome Deflection "Deflection" {
    from Answers
    delivers Sweet, Growth, Strategic
    measure Spent
}

indicator Spent "Hours worked" {
    data "Timesheets"
}
`;

async function check(text: string) {
    const { Cop } = createTestServices();
    const document = await parseHelper<PlanFile>(Cop)(text, { documentUri: 'file:///ws/plan.cop' });
    await Cop.shared.workspace.DocumentBuilder.build([document], { validation: true });
    return { Cop, document };
}

function describeDiagnostics(document: LangiumDocument): string[] {
    return (document.diagnostics ?? []).map(d => `${d.code}@${d.range.start.line + 1}`);
}

/** Applies the preferred fix for the diagnostic `code` (the `which`-th one) and re-checks the plan. */
async function applyFix(text: string, code: string, which = 0) {
    const { Cop, document } = await check(text);
    const diagnostic = (document.diagnostics ?? []).filter(d => d.code === code)[which] as Diagnostic | undefined;
    expect(diagnostic, `${code} in ${describeDiagnostics(document)}`).toBeDefined();
    const actions = (await Cop.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() },
        range: diagnostic!.range,
        context: { diagnostics: [diagnostic!] }
    })) as CodeAction[];
    const preferred = actions.find(action => action.isPreferred)!;
    expect(preferred, `a fix for ${code}`).toBeDefined();
    const fixed = applyEdits(text, preferred.edit!.changes![document.uri.toString()]);
    const after = await check(fixed);
    const errors = (after.document.diagnostics ?? []).filter(d => d.severity === 1).map(d => `${d.code}: ${d.message}`);
    const count = (doc: LangiumDocument) => (doc.diagnostics ?? []).filter(d => d.code === code).length;
    return { title: preferred.title, actions, fixed, errors, before: count(document), remaining: count(after.document) };
}

describe('quick fixes: applied, their diagnostic is gone and no error appears', () => {
    test('the base plan is clean, so every diagnostic below comes from the flaw each test adds', async () => {
        const { document } = await check(base);
        expect(describeDiagnostics(document)).toEqual([]);
    });

    test('outcome-without-value: deliver a value no outcome delivers yet', async () => {
        const text =
            base.replace('    long Strategic "Strategic"\n', '    long Strategic "Strategic"\n    long Reach "Reach"\n') +
            '\noutcome Adoption "Adoption" {\n    from Answers\n    measure Spent\n}\n';
        const result = await applyFix(text, 'outcome-without-value');
        expect(result.title).toBe('Deliver `Reach` from `Adoption`');
        expect(result.fixed).toContain('outcome Adoption "Adoption" {\n    from Answers\n    measure Spent\n    delivers Reach\n}');
        expect([result.before, result.remaining, result.errors]).toEqual([1, 0, []]);
    });

    test('value-without-outcome: an existing outcome delivers it (a block written on one line too)', async () => {
        const text = base.replace('    delivers Sweet, Growth, Strategic\n', '    delivers Sweet, Growth\n');
        const result = await applyFix(text, 'value-without-outcome');
        expect(result.fixed).toContain('delivers Sweet, Growth, Strategic');
        expect([result.before, result.remaining, result.errors]).toEqual([1, 0, []]);
        const oneLine = text + '\noutcome Other "Other" { from Answers measure Spent }\n';
        const second = await applyFix(oneLine, 'value-without-outcome');
        expect(second.title).toBe('Deliver `Strategic` from outcome `Other`');
        expect(second.fixed).toContain('outcome Other "Other" { from Answers measure Spent\n    delivers Strategic\n}');
        expect([second.remaining, second.errors]).toEqual([0, []]);
    });

    test('matrix-gap: adds the missing short or long line', async () => {
        const text = base.replace('    long Growth "Growth"\n', '').replace('delivers Sweet, Growth, Strategic', 'delivers Sweet, Strategic');
        const result = await applyFix(text, 'matrix-gap');
        expect(result.fixed).toContain('    short Help "Help"\n    long AnalystsLongTerm "What they gain over time"\n}');
        expect([result.before, result.remaining, result.errors]).toEqual([1, 0, []]);
    });

    test('matrix-gap on an empty row adds both lines', async () => {
        const result = await applyFix(base + '\nmembers Newcomers "Newcomers" {}\n', 'matrix-gap');
        expect(result.fixed).toContain(
            'members Newcomers "Newcomers" {\n    short NewcomersShortTerm "What they gain soon"\n    long NewcomersLongTerm "What they gain over time"\n}'
        );
        expect([result.remaining, result.errors]).toEqual([0, []]);
    });

    test('indicator-without-data: adds a data line', async () => {
        const result = await applyFix(base.replace('    data "Timesheets"\n', '    unit hours\n'), 'indicator-without-data');
        expect(result.fixed).toContain('    unit hours\n    data "TODO: where the numbers or observations come from"\n}');
        expect([result.before, result.remaining, result.errors]).toEqual([1, 0, []]);
    });

    test('unknown-catalog-entry: uses the nearest catalog title', async () => {
        const result = await applyFix(base.replace('"Hours worked"', '"Hours workd"'), 'unknown-catalog-entry');
        expect(result.title).toBe('Use the catalog title "Hours worked"');
        expect(result.fixed).toBe(base);
        expect(result.actions.every(action => action.title.startsWith('Use the catalog title'))).toBe(true);
        expect([result.before, result.remaining, result.errors]).toEqual([1, 0, []]);
    });

    test('shared-value-wrong-side: moves the value to the other line, or to a new line', async () => {
        const wrong = base.replace('    member Help\n    organization Fast\n', '    member Help, Strategic\n    organization Fast\n');
        const result = await applyFix(wrong, 'shared-value-wrong-side');
        expect(result.title).toBe('Move `Strategic` to the `organization` line');
        expect(result.fixed).toContain('    member Help\n    organization Fast, Strategic\n');
        expect([result.before, result.remaining, result.errors]).toEqual([1, 0, []]);

        const alone = base.replace('    member Help\n    organization Fast\n', '    member Help\n    organization Fast\n    organization Growth\n');
        const second = await applyFix(alone, 'shared-value-wrong-side');
        expect(second.fixed).toContain('shared Sweet "Sweet spot" {\n    member Help, Growth\n    organization Fast\n}');
        expect([second.remaining, second.errors]).toEqual([0, []]);

        const oneLine = base
            .replace('    member Help\n    organization Fast\n', '    member Fast\n')
            .replace('shared Sweet "Sweet spot" {\n    member Fast\n}', 'shared Sweet "Sweet spot" { member Fast }');
        const third = await applyFix(oneLine, 'shared-value-wrong-side');
        expect(third.fixed).toContain('shared Sweet "Sweet spot" {\n    organization Fast\n}');
        expect([third.remaining, third.errors]).toEqual([0, []]);
    });
});
