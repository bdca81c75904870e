import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { planExportSchema } from '../../language/export/export-schema.js';
import { renderMarkdown } from '../../language/render/markdown/render-markdown.js';
import { renderHtmlBody, renderStandaloneHtml } from '../../language/render/html/render-html.js';
import { withImpact } from '../../language/impact/impact-view-model.js';
import { buildViewModel } from '../../language/view-model/build-view-model.js';
import { runCliInProcess } from '../helpers/cli.js';
import { launchChromium as launchBrowser } from '../helpers/chromium.js';
import { contractExample, evaluate } from './impact-helpers.js';

const hostile = `<img src=x onerror="window.pwned=1"><script>window.pwned=2</script> *not bold* | pipe`;
const hostilePlan = contractExample
    .replace(`"A customer's admin found the fix in a thread and renewed the next week."`, JSON.stringify(hostile))
    .replace('kpi SupportSavings "Support cost avoidance"', `kpi SupportSavings ${JSON.stringify(hostile)}`);

async function modelOf(text: string, asOf: string) {
    const { document, services } = await evaluate(text, asOf);
    return withImpact(buildViewModel(document, services), document, services);
}

describe('the Impact tab of the preview and the exports', () => {
    let browser: Browser;
    beforeAll(async () => {
        browser = await launchBrowser();
    });
    afterAll(async () => {
        await browser?.close();
    });

    test('cop export --format json adds kpis and indicators as the contract shows', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'cop-impact-export-'));
        writeFileSync(join(folder, 'support.cop'), contractExample);
        const result = await runCliInProcess(['export', 'support.cop', '--format', 'json', '--as-of', '2026-09-30'], { cwd: folder });
        expect(result.code).toBe(0);
        const exported = JSON.parse(result.stdout);
        expect(exported.kpis).toHaveLength(1);
        expect(exported.kpis[0]).toMatchObject({
            name: 'SupportSavings',
            unit: 'USD',
            value: 11400,
            planned: 38000,
            low: 7500,
            high: 16500,
            status: 'off-track',
            drivers: [{ assumption: 'TicketCost', low: 7500, high: 16500 }]
        });
        expect(exported.indicators.find((i: { name: string }) => i.name === 'Deflected')).toMatchObject({
            name: 'Deflected',
            latest: { date: '2026-09', value: 300 },
            target: { op: '>=', value: 1000, by: '2027-06' },
            status: 'off-track'
        });
        // Everything exported is in the published schema (zod drops unknown keys).
        expect(planExportSchema.parse(exported)).toEqual(exported);
        // A later date judges the same actuals differently: by 2027-07 the target is missed.
        const later = JSON.parse((await runCliInProcess(['export', 'support.cop', '--format', 'json', '--as-of', '2027-07-01'], { cwd: folder })).stdout);
        expect(later.kpis[0].status).toBe('missed');
    });

    test('the standalone page has an Impact tab: tiles, drawn charts, hostile text as text, no inline styles', async () => {
        const model = await modelOf(hostilePlan, '2026-09-30');
        const html = renderStandaloneHtml(model);
        // The preview's CSP allows no style attributes: bars are SVG geometry, not styled spans.
        expect(renderHtmlBody(model)).not.toMatch(/\sstyle=/);
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on('console', message => {
            if (message.type() === 'error') errors.push(message.text());
        });
        await page.setContent(html);
        expect(await page.locator('nav.sections a[href="#impact"]').textContent()).toBe('Impact');
        const impact = page.locator('section#impact');
        expect(await impact.locator('.kpi-tile').count()).toBe(1);
        expect(await impact.locator('.kpi-tile h3').textContent()).toBe(hostile);
        expect(await impact.locator('.kpi-tile .kpi-status').textContent()).toBe('off track');
        const line = impact.locator('.indicator-card[data-indicator="Deflected"] path.actual-line');
        expect(await line.getAttribute('d')).toMatch(/^M[\d.]+ [\d.]+(L[\d.]+ [\d.]+){2}$/);
        expect((await line.boundingBox())!.width).toBeGreaterThan(50);
        expect((await impact.locator('rect.driver-bar').boundingBox())!.width).toBeGreaterThan(10);
        expect(await impact.locator('svg.progress rect.progress-fill').first().boundingBox()).not.toBeNull();
        expect(await impact.locator('.indicator-card[data-indicator="Deflected"] .story-text').textContent()).toBe(hostile);
        expect(await page.locator('#impact img, #impact script').count()).toBe(0);
        expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
        expect(errors).toEqual([]);
        await page.close();
    });

    test('a plan without impact elements has no Impact tab', async () => {
        const model = await modelOf('plan P "P" { purpose "x" }\nmembers M { short A long B }\n', '2026-09-30');
        expect(renderHtmlBody(model)).not.toContain('id="impact"');
        expect(renderMarkdown(model)).not.toContain('## Impact');
    });

    test('markdown gets the impact section, with plan text escaped', async () => {
        const markdown = renderMarkdown(await modelOf(hostilePlan, '2026-09-30'));
        expect(markdown).toContain('## Impact');
        expect(markdown).toMatch(
            /\| 11,400 USD \| 38,000 \| 7,500 – 16,500 \| ≥ 50,000 by 2027-06 \| off track \| 26,522 USD by 2027-06, short 23,478 USD \| estimate \| Fully loaded cost of one support ticket \(7,500 – 16,500\) \|/
        );
        expect(markdown).toContain('| Support requests deflected | 300 (2026-09) | ≥ 1,000 by 2027-06 | off track |');
        expect(markdown).not.toContain('<script>');
        expect(markdown).toContain('&lt;script&gt;');
        expect(markdown).toContain('\\*not bold\\* \\| pipe');
    });
});
