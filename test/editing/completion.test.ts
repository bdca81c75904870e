import { expectCompletion, parseHelper } from 'langium/test';
import type { CompletionList } from 'vscode-languageserver-types';
import { beforeAll, describe, expect, test } from 'vitest';
import type { PlanFile } from '../../language/generated/ast.js';
import { MAX_REFERENCE_ITEMS } from '../../language/lsp/completion/cop-completion-provider.js';
import { createTestServices } from '../helpers/services.js';

// Another plan of the workspace, reached as `Org.Element`.
const orgPlan = `plan Org "Organization" { purpose "p" }
organization Unit "Unit" {
    short Speed "Speed"
    long Reach "Reach"
}
members Staff "Staff" {
    short Training "Training"
    long Careers "Careers"
}
indicator OrgIndicator "Org indicator" { data "d" }
`;

const plan = (body: string) => `plan Cop "Community" { purpose "p" }
members Analysts "Analysts" {
    short Help "Help"
    long Growth "Growth"
}
organization Unit2 "Unit" {
    short Fast "Fast"
    long Strategic "Strategic"
}
shared Sweet "Sweet spot" {
    member Help
    organization Fast
}
input Hours "Hours" { measure Spent }
output Answers "Answers" { from Hours measure Spent }
outcome Deflection "Deflection" { from Answers delivers Sweet measure Spent }
indicator Spent "Spent" { data "d" }
indicator Quality "Quality" { qualitative data "d" }
${body}
`;

let services: ReturnType<typeof createTestServices>['Cop'];
let complete: ReturnType<typeof expectCompletion>;

beforeAll(async () => {
    services = createTestServices().Cop;
    await parseHelper<PlanFile>(services)(orgPlan, { documentUri: 'file:///ws/org.cop' });
    complete = expectCompletion(services);
});

async function labelsAt(body: string): Promise<string[]> {
    let labels: string[] = [];
    await complete({
        text: plan(body),
        index: 0,
        disposeAfterCheck: true,
        parseOptions: { documentUri: `file:///ws/cop${Math.random()}.cop` },
        assert: (list: CompletionList) => {
            labels = list.items.map(item => item.label);
        }
    });
    return labels;
}

describe('completion by reference kind', () => {
    test('`delivers` offers values and shared values only, never chain elements or indicators', async () => {
        const labels = await labelsAt('outcome New "New" { delivers <|> }');
        expect(labels).toEqual(expect.arrayContaining(['Help', 'Growth', 'Fast', 'Strategic', 'Sweet', 'Org.Speed', 'Org.Training']));
        for (const wrong of ['Hours', 'Answers', 'Deflection', 'Spent', 'Analysts', 'Org.OrgIndicator', 'Org.Unit']) expect(labels).not.toContain(wrong);
    });

    test('after `delivers` no keyword is offered, with or without the closing brace', async () => {
        for (const body of [
            'outcome New "New" { delivers <|> }',
            'outcome New "New" { delivers <|>',
            'outcome New "New" {\n    delivers <|>\n    measure Spent\n}\ncycle immediate {\n}'
        ]) {
            const labels = await labelsAt(body);
            expect(labels).toContain('Help');
            for (const keyword of ['cycle', 'indicator', 'outcome', 'members', 'measure', 'from', 'data']) expect(labels).not.toContain(keyword);
        }
    });

    test("the plan's own elements come by their bare name only, not again as `Cop.X`", async () => {
        const labels = await labelsAt('outcome New "New" { delivers <|> }');
        expect(labels.filter(label => label.startsWith('Cop.'))).toEqual([]);
    });

    test('in a shared value, `member` offers member values and `organization` organization values', async () => {
        const member = await labelsAt('shared Other "Other" { member <|> }');
        expect(member).toEqual(expect.arrayContaining(['Help', 'Growth', 'Org.Training', 'Org.Careers']));
        for (const wrong of ['Fast', 'Strategic', 'Org.Speed', 'Org.Reach', 'Sweet', 'Spent']) expect(member).not.toContain(wrong);
        const organization = await labelsAt('shared Other "Other" { organization <|> }');
        expect(organization).toEqual(expect.arrayContaining(['Fast', 'Strategic', 'Org.Speed', 'Org.Reach']));
        for (const wrong of ['Help', 'Growth', 'Org.Training', 'Sweet']) expect(organization).not.toContain(wrong);
    });

    test('`from` offers inputs in an output, outputs and outcomes in an outcome', async () => {
        const inOutput = await labelsAt('output New "New" { from <|> }');
        expect(inOutput).toContain('Hours');
        for (const wrong of ['Answers', 'Deflection', 'Help', 'Spent']) expect(inOutput).not.toContain(wrong);
        const inOutcome = await labelsAt('outcome New "New" { from <|> }');
        expect(inOutcome).toEqual(expect.arrayContaining(['Answers', 'Deflection']));
        for (const wrong of ['Hours', 'Help', 'Spent']) expect(inOutcome).not.toContain(wrong);
    });

    test('a block is not offered in its own `from`, nor a name already listed', async () => {
        const labels = await labelsAt('outcome New "New" { from <|> }');
        expect(labels).not.toContain('New');
        const listed = await labelsAt('outcome New "New" { delivers Sweet, Help, <|> }');
        expect(listed).toContain('Growth');
        expect(listed).not.toContain('Sweet');
        expect(listed).not.toContain('Help');
        // Completing over a name already there offers it (and what follows it) again.
        const over = await labelsAt('outcome New "New" { delivers Sweet, <|>Help, Growth }');
        expect(over).toEqual(expect.arrayContaining(['Help', 'Growth', 'Fast']));
        expect(over).not.toContain('Sweet');
        const typing = await labelsAt('outcome New "New" { delivers Sweet, S<|> }');
        expect(typing).toContain('Strategic');
        expect(typing).not.toContain('Sweet');
    });

    test('`measure` and `track` offer indicators', async () => {
        for (const body of ['input New "New" { measure <|> }', 'cycle applied { track <|> }']) {
            const labels = await labelsAt(body);
            expect(labels).toEqual(expect.arrayContaining(['Spent', 'Quality', 'Org.OrgIndicator']));
            for (const wrong of ['Hours', 'Help', 'Sweet', 'Deflection']) expect(labels).not.toContain(wrong);
        }
    });

    test("`Plan.` offers that plan's elements of the right kind", async () => {
        const labels = await labelsAt('outcome New "New" { delivers Org.<|> }');
        expect(labels).toEqual(expect.arrayContaining(['Org.Speed', 'Org.Reach', 'Org.Training']));
        expect(labels).not.toContain('Org.OrgIndicator');
    });
});

describe('keywords by context', () => {
    test("inside an indicator: its own lines, not other blocks' lines nor keywords-as-names", async () => {
        const labels = await labelsAt('indicator New "New" {\n    <|>\n}');
        expect(labels).toEqual(expect.arrayContaining(['unit', 'baseline', 'target', 'data', 'cadence', 'owner', 'qualitative']));
        for (const wrong of ['delivers', 'from', 'member', 'short', 'aspiration', 'plan', 'indicator']) expect(labels).not.toContain(wrong);
    });

    test('after `cadence` only the cadences; after `cycle` only the seven kinds', async () => {
        expect((await labelsAt('indicator New "New" { cadence <|> }')).sort()).toEqual(['monthly', 'quarterly', 'weekly', 'yearly']);
        expect((await labelsAt('cycle <|>')).sort()).toEqual(['applied', 'enabling', 'immediate', 'potential', 'realized', 'strategic', 'transformative']);
    });

    test('where a name is expected, keywords are not offered', async () => {
        // After `unit` the catalog offers unit words; no keyword may appear among them, nor where a block's name goes.
        const keywords = ['data', 'unit', 'target', 'value', 'plan', 'short', 'member', 'members', 'cycle', 'indicator', 'monthly', 'immediate'];
        const unit = await labelsAt('indicator New "New" { unit <|> }');
        expect(unit).toContain('hours');
        for (const keyword of keywords) expect(unit).not.toContain(keyword);
        const name = await labelsAt('members <|>');
        for (const keyword of keywords) expect(name).not.toContain(keyword);
    });
});

describe('completion of a name among thousands', () => {
    const many = (count: number) => `members Many "Many" {\n${Array.from({ length: count }, (_, i) => `    short Value${i} "Value ${i}"`).join('\n')}\n}`;

    test(`offers at most ${MAX_REFERENCE_ITEMS} names, and every match once more of the name is typed`, async () => {
        const all = await labelsAt(`${many(1200)}\noutcome New "New" { delivers <|> }`);
        expect(all).toHaveLength(MAX_REFERENCE_ITEMS);
        const narrowed = await labelsAt(`${many(1200)}\noutcome New "New" { delivers Value11<|> }`);
        // Value11, Value110..Value119, Value1100..Value1199: 111 names, all offered.
        expect(narrowed.filter(label => /^Value11\d*$/.test(label))).toHaveLength(111);
        expect(narrowed.length).toBeLessThan(MAX_REFERENCE_ITEMS);
    });
});
