import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildImpactView } from '../../language/impact/impact-view.js';
import { renderImpactSection } from '../../language/impact/render/impact-section.js';
import { impactStyles } from '../../language/impact/render/impact-styles.js';
import { launchChromium as launchBrowser } from '../helpers/chromium.js';
import { contractExample, evaluate } from './impact-helpers.js';

const hostile = `<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>&amp; "quoted"`;

async function sectionFor(text: string, asOf: string): Promise<string> {
    const { document, impact } = await evaluate(text, asOf);
    const view = buildImpactView(document.parseResult.value, impact.model);
    return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${impactStyles}</style></head><body>${renderImpactSection(view)}</body></html>`;
}

describe('the Impact section in headless Chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
        browser = await launchBrowser();
    });
    afterAll(async () => {
        await browser?.close();
    });

    test('tiles, tornado bars, line charts with drawn paths, stories beside their indicators, objectives', async () => {
        const text = contractExample
            .replace('text "A customer\'s admin found the fix in a thread and renewed the next week."', `text ${JSON.stringify(hostile)}`)
            .replace('story RenewalSaved "A peer answer that saved a renewal"', `story RenewalSaved ${JSON.stringify(hostile)}`);
        const page = await browser.newPage();
        await page.setContent(await sectionFor(text, '2026-09-30'));
        const tiles = page.locator('.kpi-tile');
        expect(await tiles.count()).toBe(1);
        expect(await tiles.first().getAttribute('class')).toContain('status-off-track');
        expect(await tiles.first().locator('.kpi-value').textContent()).toContain('11,400');
        expect(await tiles.first().locator('.kpi-range').textContent()).toContain('7,500 – 16,500');
        // The tornado has one bar per driver, with a width.
        const bar = page.locator('svg.tornado-chart rect.driver-bar');
        expect(await bar.count()).toBe(1);
        expect((await bar.boundingBox())!.width).toBeGreaterThan(10);
        // Line charts: the actual line and the dashed path to target are drawn (non-empty geometry).
        const deflected = page.locator('.indicator-card[data-indicator="Deflected"]');
        for (const selector of ['path.actual-line', 'path.target-path']) {
            const path = deflected.locator(selector);
            expect(await path.getAttribute('d')).toMatch(/^M[\d.]+ [\d.]+L/);
            expect((await path.boundingBox())!.width).toBeGreaterThan(50);
        }
        expect(await deflected.locator('circle.actual-dot').count()).toBe(3);
        // The story sits beside the indicator it is tagged to, and the kpi; its text is text.
        const story = deflected.locator('.story');
        expect(await story.locator('.story-text').textContent()).toBe(hostile);
        expect(await story.locator('strong').textContent()).toBe(hostile);
        expect(await page.locator('.kpi-card[data-kpi="SupportSavings"] .story').count()).toBe(1);
        expect(await page.locator('.story img, .story script').count()).toBe(0);
        expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
        // Objectives with one progress bar per key result.
        expect(await page.locator('.objective .key-result').count()).toBe(2);
        expect(await page.locator('.objective .progress-fill').count()).toBe(2);
        await page.close();
    });

    test('a plan without impact elements says so instead of drawing empty charts', async () => {
        const page = await browser.newPage();
        await page.setContent(await sectionFor('plan P "P" { purpose "x" }\n', '2026-09-30'));
        expect(await page.locator('.impact-empty').textContent()).toContain('No kpis');
        expect(await page.locator('svg').count()).toBe(0);
        await page.close();
    });
});
