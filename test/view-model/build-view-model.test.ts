import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { viewModelOf } from '../helpers/view-model.js';
import { buildViewModel } from '../../language/view-model/build-view-model.js';
import { validateWorkspaceWithServices } from '../helpers/workspace.js';

const example = readFileSync(resolve(import.meta.dirname, '../fixtures/contract-example.cop'), 'utf8');

describe('plan view model', () => {
    test('matrix rows in source order, values by term, with delivery and shared badges', async () => {
        const model = await viewModelOf(example);
        expect(model.plan).toMatchObject({ name: 'DataScienceCoP', title: 'Data Science Community of Practice', sponsor: 'Analytics & Insights Unit' });
        expect(model.matrix.rows.map(r => [r.stakeholder, r.side])).toEqual([
            ['Practitioners', 'members'],
            ['Experts', 'members'],
            ['AnalyticsUnit', 'organization']
        ]);
        const practitioners = model.matrix.rows[0];
        expect(practitioners.short.map(v => v.name)).toEqual(['HelpWithChallenges', 'AccessToExpertise']);
        expect(practitioners.long.map(v => v.name)).toEqual(['ProfessionalDevelopment']);
        expect(practitioners.short[0]).toMatchObject({ title: 'Help with challenges', delivered: true, shared: ['FasterAnswers'] });
        expect(practitioners.long[0]).toMatchObject({ delivered: false, shared: [] });
        // The value's name on line 9 (0-based 8), after `    short `.
        expect(practitioners.short[0].at).toEqual({ line: 8, character: 10, endLine: 8, endCharacter: 28 });
        expect(practitioners.short[0].uri).toBeUndefined();
    });

    test('shared values, chain steps with indicators, all seven cycles, diagnostics counted', async () => {
        const model = await viewModelOf(example);
        expect(model.shared).toHaveLength(1);
        expect(model.shared[0]).toMatchObject({ name: 'FasterAnswers', badge: 1, delivered: true });
        expect(model.shared[0].member.map(r => [r.name, r.title, r.resolved])).toEqual([
            ['HelpWithChallenges', 'Help with challenges', true],
            ['AccessToExpertise', 'Access to expertise', true]
        ]);
        expect(model.chain.outputs[0].from.map(r => r.name)).toEqual(['ExpertHours']);
        expect(model.chain.outcomes[0].delivers.map(r => [r.name, r.kind])).toEqual([
            ['RapidProblemSolving', 'value'],
            ['FasterAnswers', 'shared']
        ]);
        const time = model.chain.outputs[0].measures.find(m => m.name === 'TimeToRespond');
        expect(time).toMatchObject({ unit: 'hours', baseline: '48', target: { op: '<=', value: '24', by: '2027-06' }, cadence: 'monthly' });
        expect(model.cycles.map(c => c.kind)).toEqual(['immediate', 'potential', 'applied', 'realized', 'transformative', 'strategic', 'enabling']);
        expect(model.cycles[0]).toMatchObject({ present: true, aspirations: ['Questions answered within one working day'], data: ['Forum timestamps'] });
        expect(model.cycles[0].tracks.map(t => t.name)).toEqual(['TimeToRespond', 'DebateDepth']);
        expect(model.cycles[1].present).toBe(false);
        const warnings = model.diagnostics.items.filter(d => d.severity === 'warning').length;
        expect(model.diagnostics.counts.warning).toBe(warnings);
        expect(model.diagnostics.items.map(d => d.code)).toContain('value-without-outcome');
        // Plain data: survives the JSON round trip of the LSP wire unchanged.
        expect(JSON.parse(JSON.stringify(model))).toEqual(model);
    });

    test('a value of another plan is located in its own file, and unresolved references stay visible', async () => {
        const org = `plan Org "Org" { purpose "p" }
organization Unit "Unit" {
    short Quick "Quick fixes"
    long Deep "Deep capacity"
}`;
        const model = await viewModelOf(
            `plan Cop "Cop" { purpose "p" }
members M "Members" {
    short Help "Help"
    long Grow "Grow"
}
shared S "Sweet" {
    member Help
    organization Org.Quick, Missing
}`,
            [org]
        );
        const [quick, missing] = model.shared[0].organization;
        expect(quick).toMatchObject({ name: 'Org.Quick', title: 'Quick fixes', resolved: true });
        expect(quick.uri).toMatch(/^file:\/\/\/ws\/other\d+\.cop$/);
        expect(missing).toMatchObject({ name: 'Missing', resolved: false });
        expect(model.diagnostics.counts.error).toBeGreaterThan(0);
    });

    test('a shared value delivered by an outcome of another plan is shown as delivered', async () => {
        const plan = `plan Cop "Cop" { purpose "x" }
members M "M" {
    short Help "Help"
    long Grow "Grow"
}
organization U "U" {
    short Quick "Quick"
    long Deep "Deep"
}
shared S "Sweet" {
    member Help, Grow
    organization Quick, Deep
}`;
        const alone = await viewModelOf(plan);
        expect(alone.shared[0].delivered).toBe(false);
        // Both plans in one build, so the other plan's `Cop.S` resolves.
        const delivering = 'plan Other "Other" { purpose "x" }\noutcome O "O" {\n    delivers Cop.S\n}\n';
        const {
            services,
            documents: [document]
        } = await validateWorkspaceWithServices([plan, delivering]);
        const model = buildViewModel(document, services);
        expect(model.shared[0].delivered).toBe(true);
        expect(model.matrix.rows[0].short[0].delivered).toBe(true);
    });

    test('a file without a plan header has no plan but still a model', async () => {
        const model = await viewModelOf('members M { short A }');
        expect(model.plan).toBeUndefined();
        expect(model.matrix.rows[0].short[0].name).toBe('A');
        expect(model.diagnostics.items.map(d => d.code)).toContain('missing-plan');
    });
});
