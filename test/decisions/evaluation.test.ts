import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { evaluate } from '../impact/impact-helpers.js';

const example = readFileSync(resolve(import.meta.dirname, '../fixtures/part6-example.cop'), 'utf8');

async function decisionsOf(text: string, asOf: string) {
    const { document, services } = await evaluate(text, asOf);
    return services.impact.Decisions.decisionsOf(document);
}

const header = (extra: string) => `plan P { ${extra} }
outcome O {}
`;

describe('ROI', () => {
    test('the example: savings over the community cost, with the range of the ticket cost', async () => {
        const model = await decisionsOf(example, '2026-09-30');
        // SupportSavings = 300 × 38 = 11400 (range 25..55 → 7500..16500) over a cost of 20000.
        expect(model.roi?.cost.value).toBe(20000);
        expect(model.roi?.kpis.map(kpi => kpi.name)).toEqual(['SupportSavings']);
        expect(model.roi?.value).toBeCloseTo(0.57);
        expect(model.roi?.low).toBeCloseTo(0.375);
        expect(model.roi?.high).toBeCloseTo(0.825);
    });

    test("only top-level kpis that translate an outcome and are in the cost's currency count", async () => {
        const plan =
            header('cost Budget') +
            `
assumption Budget { value 1000 unit EUR source "s" }
assumption Rate { value 10 range 5..20 unit EUR/hour source "s" }
indicator Hours { unit hours data "d" }
actual Hours { 2026-01 10 }
kpi Part "counted only inside Total" { formula Hours * Rate unit EUR translates O }
kpi Total { formula Part * 2 unit EUR translates O }
kpi Untranslated { formula Hours * Rate unit EUR }
kpi InDollars { formula 500 unit USD translates O }
kpi Hourly { formula Hours unit hours translates O }`;
        const model = await decisionsOf(plan, '2026-06-01');
        expect(model.roi?.kpis.map(kpi => kpi.name)).toEqual(['Total']);
        // Total = 10 × 10 × 2 = 200 (100..400) over 1000.
        expect(model.roi?.value).toBeCloseTo(0.2);
        expect(model.roi?.low).toBeCloseTo(0.1);
        expect(model.roi?.high).toBeCloseTo(0.4);
    });

    test('an indicator as cost: its latest actual; no currency, no ROI; a cost of 0, no ratio', async () => {
        const kpi = `kpi Savings { formula 600 unit USD translates O }\n`;
        const spend = header('cost Spend') + kpi + `indicator Spend { unit USD data "d" }\nactual Spend { 2026-01 100 2026-03 300 2026-12 900 }`;
        expect((await decisionsOf(spend, '2026-06-01')).roi?.value).toBeCloseTo(2);
        const hours = header('cost Spend') + kpi + `indicator Spend { unit hours data "d" }\nactual Spend { 2026-01 100 }`;
        expect((await decisionsOf(hours, '2026-06-01')).roi).toBeUndefined();
        const zero = header('cost Free') + kpi + `assumption Free { value 0 unit USD source "s" }`;
        const roi = (await decisionsOf(zero, '2026-06-01')).roi;
        expect(roi?.net).toBe(600);
        expect(roi?.value).toBeUndefined();
    });
});

describe('decision status', () => {
    const plan = (threshold: string, actual: string) =>
        header('') +
        `
indicator Replies { unit replies baseline 0 target >= 100 by 2027-01 data "d" }
actual Replies { ${actual} }
decision D { owner "o" due 2027-01 uses Replies ${threshold} }`;

    test('no-data without a value, at-risk below a threshold, on-track at it', async () => {
        expect((await decisionsOf(plan('threshold Replies >= 50', ''), '2026-06-01')).decisions[0].status).toBe('no-data');
        const below = (await decisionsOf(plan('threshold Replies >= 50', '2026-01 49'), '2026-01-15')).decisions[0];
        expect(below.status).toBe('at-risk');
        expect(below.reasons[0]).toContain('`Replies` is 49');
        expect((await decisionsOf(plan('threshold Replies >= 50', '2026-01 50'), '2026-01-15')).decisions[0].status).toBe('on-track');
    });

    test('at-risk when a metric it uses is missed, though every threshold holds', async () => {
        const model = await decisionsOf(plan('threshold Replies >= 5', '2026-01 10'), '2027-02-01');
        expect(model.decisions[0].status).toBe('at-risk');
        expect(model.decisions[0].reasons).toEqual(['`Replies` is off track']);
    });

    test("an objective: its score is its value; off track through its key results' subjects", async () => {
        const text =
            header('') +
            `
indicator Replies { unit replies baseline 0 target >= 100 by 2027-01 data "d" }
actual Replies { 2026-01 40 }
objective Help { key Replies >= 80 }
decision D { owner "o" due 2027-01 uses Help }`;
        const model = await decisionsOf(text, '2026-02-01');
        expect(model.objectives[0].score).toBeCloseTo(0.5);
        expect(model.decisions[0].status).toBe('on-track');
        expect((await decisionsOf(text, '2027-02-01')).decisions[0].status).toBe('at-risk');
        const unmeasured = text.replace('actual Replies { 2026-01 40 }', '');
        expect((await decisionsOf(unmeasured, '2026-02-01')).decisions[0].status).toBe('no-data');
    });
});

describe('action status', () => {
    const review =
        header('') +
        `review R { date 2026-10-05
    action "open" owner "o" due 2026-11-30
    action "done late" owner "o" due 2026-10-12 done 2026-11-01 }`;

    test('due on the check date is open, the day after it is overdue; done is done', async () => {
        const onDue = await decisionsOf(review, '2026-11-30');
        expect(onDue.reviews[0].actions.map(a => a.status)).toEqual(['open', 'done']);
        const after = await decisionsOf(review, '2026-12-01');
        expect(after.reviews[0].actions.map(a => a.status)).toEqual(['overdue', 'done']);
        expect(after.reviews[0].missing).toEqual(['win', 'worry', 'experiment']);
    });
});

describe('scorecard', () => {
    test('indicators and kpis by perspective, in plan order, others left out', async () => {
        const model = await decisionsOf(example, '2026-09-30');
        const names = Object.fromEntries(Object.entries(model.scorecard).map(([perspective, metrics]) => [perspective, metrics.map(m => m.name)]));
        expect(names).toEqual({ financial: ['SupportSavings'], customer: ['Responders'], process: ['Deflected'], learning: ['ExpertTime'] });
    });

    test('the North Star: latest value, series and target', async () => {
        const model = await decisionsOf(example, '2026-09-30');
        expect(model.northstar?.metric.name).toBe('Responders');
        expect(model.northstar?.latest).toBe(45);
        expect(model.northstar?.series.map(point => point.value)).toEqual([30, 45]);
        expect(model.northstar?.goal?.value).toBe(80);
    });
});

describe('framework templates', () => {
    test('each shows its framework once made', async () => {
        const { findTemplate } = await import('../../language/templates/index.js');
        const today = new Date();
        const render = (name: string) => findTemplate(name)!.render({ planName: 'Sample', fileStem: 'sample', today }).plan;
        const asOf = today.toISOString().slice(0, 10);
        const okr = await decisionsOf(render('okr'), asOf);
        expect(okr.objectives.map(o => o.objective.name)).toEqual(['FasterHelp']);
        expect(okr.decisions.map(d => d.status)).toEqual(['no-data']);
        const star = await decisionsOf(render('north-star'), asOf);
        expect(star.northstar?.metric.name).toBe('Responders');
        expect(star.roi?.cost.value).toBe(20000);
        const card = await decisionsOf(render('scorecard'), asOf);
        expect(Object.values(card.scorecard).map(metrics => metrics.length)).toEqual([1, 1, 1, 1]);
        const review = await decisionsOf(render('operating-review'), asOf);
        expect(review.reviews[0].missing).toEqual([]);
        expect(review.reviews[0].actions.map(a => a.status)).toEqual(['open']);
    });
});
