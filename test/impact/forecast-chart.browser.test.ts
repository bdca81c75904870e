import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { withImpact } from '../../language/impact/impact-view-model.js';
import { renderStandaloneHtml } from '../../language/render/html/render-html.js';
import { renderMarkdown } from '../../language/render/markdown/render-markdown.js';
import { buildViewModel } from '../../language/view-model/build-view-model.js';
import { axeViolations, launchChromium } from '../helpers/chromium.js';
import { contractExample, evaluate } from './impact-helpers.js';

async function modelOf(text: string, asOf: string) {
    const { document, services } = await evaluate(text, asOf);
    return withImpact(buildViewModel(document, services), document, services);
}

describe('forecasts and scores in the Impact tab (headless Chromium)', () => {
    let browser: Browser;
    beforeAll(async () => {
        browser = await launchChromium();
    });
    afterAll(async () => {
        await browser?.close();
    });

    test('the forecast line runs to the by date beside the target path; objectives show scores; no axe violations', async () => {
        const model = await modelOf(contractExample, '2026-09-30');
        const context = await browser.newContext({ bypassCSP: true });
        const page = await context.newPage();
        await page.setContent(renderStandaloneHtml(model));
        for (const card of ['.indicator-card[data-indicator="Deflected"]', '.kpi-card[data-kpi="SupportSavings"]']) {
            const chart = page.locator(`${card} svg.line-chart`);
            const forecast = chart.locator('path.forecast-line');
            const target = chart.locator('path.target-path');
            expect(await forecast.getAttribute('d')).toMatch(/^M[\d.]+ [\d.]+L[\d.]+ [\d.]+$/);
            const [line, path] = [(await forecast.boundingBox())!, (await target.boundingBox())!];
            expect(line.width).toBeGreaterThan(100);
            // Both end on the by date: the right edges coincide (the marker's radius aside).
            expect(Math.abs(line.x + line.width - (path.x + path.width))).toBeLessThan(1);
            // Short of the target: the forecast ends below the target path's end (SVG y grows downwards).
            expect(line.y).toBeGreaterThan(path.y + 5);
            expect(await chart.locator('circle.forecast-dot title').textContent()).toMatch(/^Forecast for 2027-06-01: /);
        }
        expect(await page.locator('.indicator-card[data-indicator="Deflected"] .forecast-note').textContent()).toBe(
            'Forecast: 698 by 2027-06, short of the target by 302.'
        );
        expect(await page.locator('.kpi-card[data-kpi="SupportSavings"] .forecast-note').textContent()).toBe(
            'Forecast: 26,522 USD by 2027-06, short of the target by 23,478 USD.'
        );
        // TimeToRespond has no actuals; SupportSavings is 8 % of the way from 7,980 to 50,000.
        const objective = page.locator('.objective[data-objective="FasterHelp"]');
        expect(await objective.locator('.objective-score').textContent()).toBe('Score 8.14% (1 of 2 key results scored)');
        expect(await objective.locator('.key-text').allTextContents()).toEqual([
            'Time to respond to questions ≤ 24 by 2027-06',
            'Support cost avoidance ≥ 50,000 by 2027-06'
        ]);
        expect(await objective.locator('svg.progress').nth(1).getAttribute('aria-valuenow')).toBe('8');
        // The Impact tab, where the forecast and the scores are drawn.
        expect(await page.locator('.impact-tab').isVisible()).toBe(true);
        expect(await axeViolations(page, ['.impact-tab'], { resultTypes: ['violations'] })).toEqual([]);
        await context.close();
    });

    test('the markdown export shows the same: forecasts, formulas, evidence, scores as percentages, titles', async () => {
        const markdown = renderMarkdown(await modelOf(contractExample, '2026-09-30'));
        expect(markdown).toContain('| Forecast |');
        expect(markdown).toContain('698 by 2027-06, short 302');
        expect(markdown).toContain('26,522 USD by 2027-06, short 23,478 USD');
        expect(markdown).toContain('- **Support cost avoidance** = `Deflected * TicketCost`');
        expect(markdown).toContain('Evidence: estimate.');
        expect(markdown).toMatch(/Members get help within a day\*\* — Score 8\.14% \\?\(1 of 2 key results scored\\?\)/);
        expect(markdown).toContain('  - Support cost avoidance ≥ 50,000 by 2027-06: off track — score 8.14%');
        expect(markdown).toContain('  - Time to respond to questions ≤ 24 by 2027-06: no data — not scored yet');
    });
});
