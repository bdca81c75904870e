import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildImpactView } from '../../language/impact/impact-view.js';
import { renderImpactSection } from '../../language/impact/render/impact-section.js';
import { impactStyles } from '../../language/impact/render/impact-styles.js';
import { axeViolations, launchChromium as launchBrowser } from '../helpers/chromium.js';
import { evaluate } from '../impact/impact-helpers.js';

const plan = `plan P "P" { purpose "p" }
indicator Visitors "Visitors" { unit visits data "d" }
actual Visitors { 2026-09 10000 }
experiment ForumFirst "Forum first" { metric Visitors treatment 412 of 2000 control 318 of 2000 }
experiment Flat "<b>Flat</b>" { treatment 105 of 1000 control 100 of 1000 }
experiment Broken { treatment 3 of 2 control 1 of 2 }
assumption Cost { value 38 range 25..55 unit USD/visit source "Finance" }
kpi Savings "Savings" { formula Visitors * Cost unit USD deadweight 10% displacement 0% attribution 20%..40% evidence observational }
kpi Plain "Plain" { formula Visitors }
`;

async function page(browser: Browser) {
    const { document, impact } = await evaluate(plan, '2026-09-30');
    const view = buildImpactView(document.parseResult.value, impact.model);
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Impact</title><style>${impactStyles}</style></head><body><main>${renderImpactSection(view)}</main></body></html>`;
    const result = await browser.newPage();
    await result.setContent(html);
    return result;
}

describe('waterfall, grade badge and experiments panel in headless Chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
        browser = await launchBrowser();
    });
    afterAll(async () => {
        await browser?.close();
    });

    test('a kpi with adjustments draws gross → each adjustment → net, with the figures in words', async () => {
        const view = await page(browser);
        const card = view.locator('.kpi-card[data-kpi="Savings"]');
        const steps = card.locator('svg.waterfall-chart .waterfall-step');
        expect(await steps.evaluateAll(nodes => nodes.map(node => node.getAttribute('data-step')))).toEqual([
            'gross',
            'deadweight',
            'displacement',
            'attribution',
            'net'
        ]);
        // Heights follow the figures: gross 380,000, −38,000, −0, −102,600, net 239,400.
        const heights = await card.locator('rect.waterfall-bar').evaluateAll(nodes => nodes.map(node => (node as SVGGraphicsElement).getBBox().height));
        expect(heights[0]).toBeGreaterThan(heights[4]);
        expect(heights[4] / heights[0]).toBeCloseTo(239400 / 380000, 2);
        expect(heights[1] / heights[0]).toBeCloseTo(0.1, 2);
        expect(heights[2]).toBeLessThanOrEqual(1);
        expect(await card.locator('.waterfall-text').textContent()).toBe(
            'Gross 380,000 − deadweight 10% (38,000) − displacement 0% (0) − attribution 20%–40% (102,600) = net 239,400.'
        );
        expect(await card.locator('.grade-badge').textContent()).toBe('evidence: estimate'); // Cost has no evidence line
        // A kpi without adjustments has no waterfall, but its grade.
        const plain = view.locator('.kpi-card[data-kpi="Plain"]');
        expect(await plain.locator('svg.waterfall-chart').count()).toBe(0);
        expect(await plain.locator('.grade-badge').textContent()).toBe('evidence: observational');
        await view.close();
    });

    test('experiments: uplift as a dot with its interval as an error bar, n per arm in the table', async () => {
        const view = await page(browser);
        const panel = view.locator('.experiments-card');
        const rows = panel.locator('svg.experiments-chart .experiment-row');
        expect(await rows.count()).toBe(2); // Broken has no uplift to draw
        const forum = panel.locator('.experiment-row[data-experiment="ForumFirst"]');
        expect(await forum.getAttribute('class')).toContain('significant');
        const bar = (await forum.locator('path.error-bar').boundingBox())!;
        const dot = (await forum.locator('circle.uplift-dot').boundingBox())!;
        const zero = (await forum.locator('path.experiment-zero').boundingBox())!;
        expect(bar.width).toBeGreaterThan(50);
        // The whole interval (0.023..0.071) lies right of 0; the dot inside it.
        expect(bar.x).toBeGreaterThan(zero.x);
        expect(dot.x).toBeGreaterThan(bar.x);
        expect(dot.x + dot.width).toBeLessThan(bar.x + bar.width);
        const flat = panel.locator('.experiment-row[data-experiment="Flat"]');
        expect(await flat.getAttribute('class')).toContain('inconclusive');
        const flatBar = (await flat.locator('path.error-bar').boundingBox())!;
        const flatZero = (await flat.locator('path.experiment-zero').boundingBox())!;
        expect(flatBar.x).toBeLessThan(flatZero.x);
        expect(flatBar.x + flatBar.width).toBeGreaterThan(flatZero.x);
        const table = await panel
            .locator('.experiments-table tbody tr')
            .evaluateAll(nodes => nodes.map(node => [...node.children].map(cell => cell.textContent)));
        expect(table).toEqual([
            ['Forum first', '4.7% (29.6% relative)', '2.31% to 7.09%', '2,000', '2,000', 'yes'],
            ['<b>Flat</b>', '0.5% (5% relative)', '-2.16% to 3.16%', '1,000', '1,000', 'no: the interval includes 0'],
            ['Broken', 'none (see the errors)', '—', '2', '2', '—']
        ]);
        expect(await panel.locator('b').count()).toBe(0);
        await view.close();
    });

    test('axe-core finds no accessibility violations in the Impact section', async () => {
        const view = await page(browser);
        expect(await axeViolations(view, ['.impact'])).toEqual([]);
        await view.close();
    });
});
