import { describe, expect, test } from 'vitest';
import { buildDecisionsView } from '../../language/decisions/decisions-view.js';
import { renderFundingSection } from '../../language/funding/funding-html.js';
import { fundingMarkdown } from '../../language/funding/funding-markdown.js';
import { buildFundingView, hasFunding } from '../../language/funding/funding-view.js';
import { isStory } from '../../language/generated/ast.js';
import { buildImpactView } from '../../language/impact/impact-view.js';
import { contractExample, evaluate } from '../impact/impact-helpers.js';

async function fundingOf(text: string, asOf: string) {
    const { document, impact, services } = await evaluate(text, asOf);
    const root = document.parseResult.value;
    const decisions = buildDecisionsView(await services.impact.Decisions.decisionsOf(document), impact.model, root.elements.filter(isStory));
    return buildFundingView(buildImpactView(root, impact.model), decisions);
}

// Two kpis count (PartK is inside TotalK): Total = 10 h × 10 EUR/h × 2 = 200 (100..400), Extra =
// 50 × 4 = 200 (0..400); the return 400 (100..800) over a cost of 1,000 is 0.4× (0.1×..0.8×).
const withCost = `plan P { cost BudgetA }
outcome O {}
assumption BudgetA "Community budget" { value 1000 unit EUR source "s" }
assumption RateA "Hourly rate" { value 10 range 5..20 unit EUR/hour source "s" evidence observational }
assumption BonusA "Bonus <b>x</b>" { value 50 range 0..100 unit EUR source "s" }
indicator Hours { unit hours data "d" }
actual Hours { 2026-01 10 }
kpi PartK "Hours saved" { formula Hours * RateA unit EUR translates O }
kpi TotalK "Time value" { formula PartK * 2 unit EUR translates O evidence observational }
kpi ExtraK "Extra value" { formula BonusA * 4 unit EUR translates O }
`;

describe('the one answer to "is it worth funding?"', () => {
    test('with a cost: the ROI and net return with ranges, the weakest grade, drivers of the total', async () => {
        const view = await fundingOf(withCost, '2026-06-01');
        expect(view.roi).toMatchObject({ value: 0.4, low: 0.1, high: 0.8, net: 400, netLow: 100, netHigh: 800, cost: 1000, costTitle: 'Community budget' });
        expect(view.counted.map(kpi => kpi.title)).toEqual(['Time value', 'Extra value']);
        expect(view.total).toEqual({ value: 400, low: 100, high: 800, unit: 'EUR' });
        // ExtraK rests on BonusA, an assumption without evidence: an estimate, weaker than observational.
        expect(view.grade).toBe('estimate');
        expect(view.weakest).toEqual(['Extra value']);
        // Bonus at 0 and 100 moves the return from 200 to 600 (swing 400); Rate at 5 and 20 from 300 to 600.
        expect(view.drivers.map(d => [d.title, d.low, d.high, d.roiLow, d.roiHigh])).toEqual([
            ['Bonus <b>x</b>', 200, 600, 0.2, 0.6],
            ['Hourly rate', 300, 600, 0.3, 0.6]
        ]);
        const html = renderFundingSection(view);
        expect(html).toContain('<h2 id="funding-title">Is it worth funding?</h2>');
        expect(html).toContain(
            '<strong>0.4× the cost</strong> <span class="funding-range">(0.1× – 0.8×)</span>: a net return of 400 EUR <span class="funding-range">(100 – 800)</span> from Time value and Extra value, against a cost of 1,000 EUR (Community budget).'
        );
        expect(html).toContain('Weakest evidence: <span class="grade-badge grade-estimate">estimate</span> (Extra value).');
        expect(html).toContain('<li><strong>Bonus &lt;b&gt;x&lt;/b&gt;</strong>: from 200 to 600 EUR (0.2× – 0.6× the cost)</li>');
        expect(html).not.toContain('<b>');
        // Titles, never identifiers.
        expect(html).not.toMatch(/\b(BudgetA|RateA|BonusA|PartK|TotalK|ExtraK)\b/);
        const md = fundingMarkdown(view).join('\n');
        expect(md).toContain('## Is it worth funding?');
        expect(md).toContain(
            '**0.4× the cost** (0.1× – 0.8×): a net return of 400 EUR (100 – 800) from Time value and Extra value, against a cost of 1,000 EUR (Community budget).'
        );
        expect(md).toContain('Weakest evidence: **estimate** (Extra value).');
        expect(md).toContain('1. **Bonus &lt;b&gt;x&lt;/b&gt;**: from 200 to 600 EUR (0.2× – 0.6× the cost)');
    });

    test('without a cost: the net impact of the top-level value kpis, and the forecasts that miss', async () => {
        const view = await fundingOf(contractExample, '2026-09-30');
        expect(view.roi).toBeNull();
        expect(view.counted.map(kpi => kpi.title)).toEqual(['Support cost avoidance']);
        expect(view.drivers.map(d => d.title)).toEqual(['Fully loaded cost of one support ticket']);
        const html = renderFundingSection(view);
        expect(html).toMatch(/Net impact <strong>[\d,]+ USD<\/strong>/);
        // Deflected: short by 302 of 1,000 (30.2 %); the kpi: 23,478 of 50,000 (47 %): largest share first.
        expect([...html.matchAll(/<tr><td>([^<]+)<\/td>/g)].map(match => match[1])).toEqual(['Support cost avoidance', 'Support requests deflected']);
        expect(html).toContain('<td class="num">26,522 USD by 2027-06</td>');
        expect(html).toContain('<td class="num">302 requests (30.2%)</td>');
        expect(fundingMarkdown(view).join('\n')).toContain(
            '| Support requests deflected | 698 requests by 2027-06 | ≥ 1,000 requests by 2027-06 | 302 requests (30.2%) |'
        );
    });

    test('says when no forecast misses, and when there are no forecasts yet', async () => {
        const reached = contractExample
            .replace('target >= 1000 by 2027-06', 'target >= 600 by 2027-06')
            .replace('target >= 50000 by 2027-06\n    translates', 'target >= 20000 by 2027-06\n    translates');
        expect(renderFundingSection(await fundingOf(reached, '2026-09-30'))).toContain('Every forecast reaches its target at the present pace.');
        expect(renderFundingSection(await fundingOf(contractExample, '2026-08-15'))).toContain(
            'No forecasts yet: a forecast needs a target with a date and three actuals.'
        );
    });

    test('kpis in different units stand alone: each with its range and grade, drivers named with their kpi', async () => {
        // A = 10 × 3 × (1 − 20 %) = 24; attribution at 10 % and 30 %: 27 and 21.
        const view = await fundingOf(
            `plan P {}
outcome O {}
indicator Hours { unit hours data "d" }
actual Hours { 2026-01 10 }
kpi A "Money saved" { formula Hours * 3 unit EUR attribution 10%..30% translates O }
kpi B "Time saved" { formula Hours unit hours translates O }
`,
            '2026-06-01'
        );
        expect(view.total).toBeNull();
        expect(view.drivers).toEqual([
            { title: 'attribution of Money saved', kpi: 'Money saved', low: 27, high: 21, unit: 'EUR', roiLow: null, roiHigh: null }
        ]);
        const html = renderFundingSection(view);
        expect(html).toContain('<li><strong>Money saved</strong>: 24 EUR <span class="funding-range">(21 – 27)</span> · evidence observational</li>');
        expect(html).toContain('<li><strong>Time saved</strong>: 10 hours · evidence observational</li>');
        expect(html).toContain('<li><strong>attribution of Money saved</strong>: Money saved from 27 to 21 EUR</li>');
    });

    test('a plan with nothing to answer with has no answer', async () => {
        const view = await fundingOf('plan P {}\noutcome O {}\n', '2026-06-01');
        expect(hasFunding(view)).toBe(false);
    });
});
