import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LangiumDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import { runCliInProcess } from '../helpers/cli.js';
import { validate } from '../helpers/services.js';

const header = `plan P "P" { purpose "p" }
members M "Members" {
    short FasterAnswers "Faster answers"
    long Growth "Growth"
}
organization O "Org" {
    short Savings "Savings"
    long Retention "Retention"
}
shared Sweet "Sweet" { member FasterAnswers organization Savings }
input Time "Time" { measure FasterAnswerz }
output Sessions "Sessions" { from Time measure FasterAnswerz }
outcome Served "Served" { from Sessions delivers FasterAnswers measure FasterAnswerz }
indicator FasterAnswerz "Answers" { data "forum" }
assumption Cost "Cost" { value 5 source "budget" }
kpi Saved "Saved" { formula Cost * 2 translates Served }
`;

/** Internal type names of the grammar and Langium's own wording, which must never reach a message. */
const internal =
    /\b(Deliverable|ChainSource|Quantity|Measurable|QuantityRef|KeyResult|PlanFile|Could not resolve|named ')|undefined|\bnull\b|has no an? |\ban an?\b|\ba a\b/;

function unresolved(document: LangiumDocument): string[] {
    return (document.diagnostics ?? []).filter(d => d.code === 'unresolved-reference').map(d => String(d.message));
}

describe('unresolved references in plain words', () => {
    test.each([
        [
            'delivers',
            'outcome X "X" { from Sessions delivers FasterAnswerx measure FasterAnswerz }',
            '`FasterAnswerx` is not a value or shared value of this plan: `delivers` names values (`short` and `long` lines of rows) and shared values. Did you mean `FasterAnswers`?'
        ],
        [
            'measure',
            'input X "X" { measure FasterAnswerx }',
            '`FasterAnswerx` is not an indicator of this plan: `measure` names indicators. Did you mean `FasterAnswerz`?'
        ],
        [
            'from of an outcome',
            'outcome X "X" { from Sesions delivers Growth measure FasterAnswerz }',
            '`Sesions` is not an output or outcome of this plan: the `from` line of an outcome names outputs and other outcomes. Did you mean `Sessions`?'
        ],
        [
            'from of an output',
            'output X "X" { from Tiem measure FasterAnswerz }',
            '`Tiem` is not an input of this plan: the `from` line of an output names inputs. Did you mean `Time`?'
        ],
        [
            'member',
            'shared X "X" { member Growht organization Retention }',
            '`Growht` is not a member value of this plan: the `member` line of a shared value names values of `members` rows (their `short` and `long` lines). Did you mean `Growth`?'
        ],
        [
            'a formula',
            'kpi X "X" { formula Costs * 2 translates Served }',
            '`Costs` is not an indicator, assumption or kpi of this plan: a formula names indicators, assumptions and kpis. Did you mean `Cost`?'
        ],
        [
            'translates, with an element of another kind',
            'kpi X "X" { formula 2 translates Sessions }',
            '`Sessions` is an output, not an outcome: `translates` names outcomes.'
        ],
        [
            'tags',
            'story X "X" { tags Nothing text "t" }',
            '`Nothing` is not an element of this plan: `tags` names elements of the plan (indicators, kpis, outcomes, values …).'
        ],
        ['track', 'cycle immediate { aspiration "a" condition "c" track Savd data "d" }', '`Savd` is not an indicator of this plan: `track` names indicators.'],
        [
            'key',
            'objective X "X" { key Savd >= 5 }',
            '`Savd` is not an indicator or kpi of this plan: a `key` line names an indicator or kpi. Did you mean `Saved`?'
        ],
        [
            'actual',
            'actual FasterAnswer { 2026-01 5 }',
            '`FasterAnswer` is not an indicator of this plan: an `actual` block names the indicator its values are of. Did you mean `FasterAnswerz`?'
        ],
        [
            'a qualified name',
            'input X "X" { measure Org.Adoption }',
            '`Org.Adoption` is not an indicator of a plan in this folder (no plan called `Org` has one called `Adoption`): `measure` names indicators.'
        ]
    ])('%s', async (_line, element, message) => {
        const document = await validate(`${header}${element}\n`);
        expect(unresolved(document)).toEqual([message]);
    });

    test('a name close to nothing of the right kind gets no suggestion', async () => {
        const document = await validate(`${header}input X "X" { measure Savings }\n`);
        expect(unresolved(document)).toEqual(['`Savings` is a value, not an indicator: `measure` names indicators.']);
    });

    test('cop check --format json prints the same words', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'cop-messages-'));
        writeFileSync(join(folder, 'plan.cop'), `${header}outcome X "X" { from Sessions delivers FasterAnswerx measure FasterAnswerz }\n`);
        const result = await runCliInProcess(['check', '--format', 'json', 'plan.cop'], { cwd: folder });
        const diagnostics = (JSON.parse(result.stdout) as { diagnostics: Array<{ code: string; line: number; message: string }> }).diagnostics;
        expect(diagnostics.filter(d => d.code === 'unresolved-reference').map(d => [d.line, d.message])).toEqual([
            [
                17,
                '`FasterAnswerx` is not a value or shared value of this plan: `delivers` names values (`short` and `long` lines of rows) and shared values. Did you mean `FasterAnswers`?'
            ]
        ]);
    });
});

describe('every message reads as plain words', () => {
    // Plans that set off most checks: unnamed declarations, half-written blocks, bad references.
    const plans = [
        readFileSync(join(import.meta.dirname, '../../examples/flawed/first-draft.cop'), 'utf8'),
        `plan "T" { purpose "x" }
outcome "Served" { }
kpi { }
indicator "I" { target >= 5 qualitative }
shared { }
members { }
organization "O" { short "x" }
input { }
output "Out" { }
assumption { range 5..1 }
story { }
objective { key }
cycle { }
plan Second { }
`,
        `plan { }
plan Second { }
`,
        `${header}shared One "One" { }
shared Member "Member" { member FasterAnswers }
shared Org "Org" { organization Savings }
shared Wrong "Wrong" { member Savings organization FasterAnswers }
cycle applied { }
cycle potential { track FasterAnswerz }
outcome Loop "Loop" { from Loop delivers Growth measure FasterAnswerz }
kpi Self "Self" { formula Self / 0 translates Served }
assumption A "A" { value 9 range 1..5 }
story S "S" { }
`
    ];

    test.each(plans.map((text, index) => [index, text]))('plan %i', async (_index, text) => {
        const document = await validate(text);
        const messages = (document.diagnostics ?? []).map(d => String(d.message));
        expect(messages.length).toBeGreaterThan(1);
        for (const message of messages) {
            expect(message, message).not.toMatch(internal);
            expect(message, message).toMatch(/^[`"A-Z0-9(]/);
            expect(message, message).toMatch(/[.?]$/);
        }
    });

    test('a one-sided shared value and an incomplete cycle say what is missing', async () => {
        const document = await validate(`${header}shared One "One" { }
shared Member "Member" { member FasterAnswers }
cycle applied { aspiration "a" }
`);
        const messages = (document.diagnostics ?? []).map(d => String(d.message));
        expect(messages).toContain(
            'Shared value `One` ("One") has neither a member side nor an organization side. A shared value is where member value and organization value overlap: add a `member` line and an `organization` line.'
        );
        expect(messages).toContain(
            'Shared value `Member` ("Member") has no organization side. A shared value is where member value and organization value overlap: add an `organization` line.'
        );
        expect(messages.find(m => m.startsWith('The applied cycle'))).toBe(
            'The applied cycle has no `condition`, `track` or `data` line. Each cycle answers four questions: its aspirations (`aspiration`), the conditions for them (`condition`), the indicators to watch (`track`) and the data to collect (`data`); add a line for each.'
        );
    });

    test('an element whose name is not typed yet is said to have none; its block shows only the syntax error', async () => {
        const document = await validate('plan { }\nkpi { }\nplan Second { }\n');
        const messages = (document.diagnostics ?? []).map(d => `${d.range.start.line + 1} ${d.code} ${String(d.message)}`);
        expect(messages).toContain(
            '3 missing-plan This file already has a plan header (plan without a name, line 1); a file holds exactly one plan. Move plan `Second` to a file of its own.'
        );
        expect(messages.filter(m => m.startsWith('2 '))).toEqual(['2 syntax-error Expected a name here, but found `{`.']);
        expect(messages.join('\n')).not.toContain('undefined');
    });
});
