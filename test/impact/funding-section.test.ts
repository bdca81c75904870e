import { describe, expect, test } from 'vitest';
import { buildImpactView } from '../../language/impact/impact-view.js';
import { renderFunding } from '../../language/impact/render/funding-section.js';
import { contractExample, evaluate } from './impact-helpers.js';

async function fundingOf(text: string, asOf: string): Promise<string> {
    const { document, impact } = await evaluate(text, asOf);
    return renderFunding(buildImpactView(document.parseResult.value, impact.model));
}

describe('"Is it worth funding?" of cop report', () => {
    test('lists the forecasts that miss, by title, the largest share of the target first', async () => {
        const html = await fundingOf(contractExample, '2026-09-30');
        const rows = [...html.matchAll(/<tr><td>([^<]+)<\/td>/g)].map(match => match[1]);
        // Deflected: short by 302 of 1,000 (30.2 %); the kpi: 23,478 of 50,000 (47 %).
        expect(rows).toEqual(['Support cost avoidance', 'Support requests deflected']);
        expect(html).toContain('<td class="num">26,522 USD by 2027-06</td>');
        expect(html).toContain('<td class="num">302 requests (30.2%)</td>');
    });

    test('says when no forecast misses, and when there are no forecasts yet', async () => {
        expect(await fundingOf(contractExample.replace('target >= 1000 by 2027-06', 'target >= 600 by 2027-06')
            .replace('target >= 50000 by 2027-06\n    translates', 'target >= 20000 by 2027-06\n    translates'), '2026-09-30'))
            .toContain('Every forecast reaches its target at the present pace.');
        expect(await fundingOf(contractExample, '2026-08-15')).toContain('No forecasts yet: a forecast needs a target with a date and three actuals.');
    });
});
