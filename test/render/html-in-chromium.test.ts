import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pageCss, renderHtmlBody, renderStandaloneHtml } from '../../language/render/html/render-html.js';
import { launchChromium, testOutput, trapScripts, trappedScripts } from '../helpers/chromium.js';
import { viewModelOf } from '../helpers/view-model.js';

const example = readFileSync(resolve(import.meta.dirname, '../fixtures/contract-example.cop'), 'utf8');
const hostile = readFileSync(resolve(import.meta.dirname, '../fixtures/preview/hostile.cop'), 'utf8');

let browser: Browser;
beforeAll(async () => {
    browser = await launchChromium();
});
afterAll(async () => {
    await browser?.close();
});

/** Opens the HTML with a trap: any script of the page that sets `window.__pwned` is recorded. */
async function open(html: string, width = 1100): Promise<{ page: Page; requests: string[] }> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const requests: string[] = [];
    // The page is served from a made-up origin (so init scripts run); anything else it asks for is recorded and refused.
    await page.route('**/*', route => {
        if (route.request().url() === pageUrl) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
        requests.push(route.request().url());
        return route.abort();
    });
    await trapScripts(page);
    await page.goto(pageUrl, { waitUntil: 'load' });
    return { page, requests };
}

const pageUrl = 'http://cop.test/plan.html';

/** The body alone in a page without CSP: escaping must hold on its own, not only behind the CSP. */
function bareBody(html: string): string {
    return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${pageCss()}</style></head><body>${html}</body></html>`;
}

/** Hover, click and focus every element, as a curious user would (events, not real pointer moves: fast). */
async function touchEverything(page: Page): Promise<void> {
    await page.evaluate(() => {
        for (const element of document.querySelectorAll('body *')) {
            for (const type of ['mouseover', 'mouseenter', 'click', 'focus']) element.dispatchEvent(new Event(type, { bubbles: true }));
            (element as HTMLElement).focus?.();
        }
    });
}

describe('rendered plan in Chromium', () => {
    test('the matrix reads as stakeholders × short term / long term, with shared-value badges and a legend', async () => {
        const model = await viewModelOf(example);
        const { page } = await open(renderStandaloneHtml(model));
        const headers = await page.$$eval('table.matrix thead th', cells => cells.map(c => c.textContent?.trim()));
        expect(headers).toEqual(['Stakeholder', 'Short term', 'Long term']);
        const rows = await page.$$eval('table.matrix tbody tr', trs =>
            trs.map(tr => ({
                stakeholder: tr.querySelector('th .stakeholder')?.textContent,
                short: [...tr.querySelectorAll('td[data-term="short"] .value-title')].map(e => e.textContent),
                long: [...tr.querySelectorAll('td[data-term="long"] .value-title')].map(e => e.textContent)
            }))
        );
        expect(rows).toEqual([
            {
                stakeholder: 'Data practitioners in country offices',
                short: ['Help with challenges', 'Access to expertise'],
                long: ['Professional development']
            },
            { stakeholder: 'Senior data scientists', short: ['Meaningful participation'], long: ['Enhanced reputation'] },
            { stakeholder: 'Analytics & Insights Unit', short: ['Rapid problem solving'], long: ['Strategic capacity building'] }
        ]);
        // Shared values: badge "1" on the three values of FasterAnswers, a legend, and the sweet-spot card.
        const badged = await page.$$eval('li.value.is-shared', items => items.map(i => [i.getAttribute('data-value'), i.querySelector('.badge')?.textContent]));
        expect(badged).toEqual([
            ['HelpWithChallenges', '1'],
            ['AccessToExpertise', '1'],
            ['RapidProblemSolving', '1']
        ]);
        expect(await page.textContent('.legend-shared')).toContain('Hard problems solved faster');
        expect(await page.textContent('#shared .side-list.members')).toContain('Access to expertise');
        expect(await page.textContent('#shared .side-list.organization')).toContain('Rapid problem solving');
        // Values no outcome delivers are flagged, and the header counts the diagnostics.
        const flagged = await page.$$eval('li.value.undelivered', items => items.map(i => i.getAttribute('data-value')));
        expect(flagged).toEqual(['ProfessionalDevelopment', 'MeaningfulParticipation', 'EnhancedReputation', 'StrategicCapacity']);
        expect(await page.textContent('.diagnostic-counts')).toContain('4 warnings');
        // The chain diagram is drawn and readable; the cycles section lists all seven.
        const columns = await page.$$eval('svg.chain-diagram .chain-column', ts => ts.map(t => t.textContent));
        expect(columns).toEqual(['Inputs', 'Outputs', 'Outcomes', 'Values']);
        expect(await page.$$eval('svg.chain-diagram .chain-edge', es => es.length)).toBe(4);
        expect(await page.$$eval('#cycles article', as => as.length)).toBe(7);
        await page.screenshot({ path: join(testOutput, 'preview-export-light.png'), fullPage: true });
        await page.close();
    });

    test('reads at a narrow width: no horizontal scroll of the page, matrix cells stacked with their term', async () => {
        const model = await viewModelOf(example);
        const { page } = await open(renderStandaloneHtml(model), 380);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        const label = await page.$eval('td[data-term="long"]', td => getComputedStyle(td, '::before').content);
        expect(label).toBe('"Long term"');
        await page.screenshot({ path: join(testOutput, 'preview-export-narrow.png'), fullPage: false });
        await page.close();
    });

    test('a plan whose titles are hostile markup shows them as literal text and runs nothing', async () => {
        // The trap works: unescaped markup in a page without CSP springs it.
        const control = await open(bareBody(`<img src="x" onerror="window.__pwned = 'control'"><script>window.__pwned = 'control script'</script>`));
        await touchEverything(control.page);
        expect(await trappedScripts(control.page)).toEqual(['control script', 'control']);
        await control.page.close();

        const model = await viewModelOf(hostile);
        for (const html of [bareBody(renderHtmlBody(model)), renderStandaloneHtml(model)]) {
            const bare = await open(html);
            await touchEverything(bare.page);
            await bare.page.mouse.move(300, 300);
            expect(await trappedScripts(bare.page)).toEqual([]);
            expect(bare.requests).toEqual([]);
            expect(bare.page.url()).toBe(pageUrl);
            await bare.page.close();
        }

        const { page } = await open(renderStandaloneHtml(model));
        // No markup from the plan became elements.
        const counts = await page.evaluate(() => ({
            scripts: document.querySelectorAll('script').length,
            styles: document.querySelectorAll('style').length,
            iframes: document.querySelectorAll('iframe, img, base, link, meta[http-equiv="refresh"], marquee, b').length,
            handlers: [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length,
            links: [...document.querySelectorAll('a')].map(a => a.getAttribute('href')).filter(h => !h?.startsWith('#'))
        }));
        expect(counts).toEqual({ scripts: 0, styles: 1, iframes: 0, handlers: 0, links: [] });
        // The text reads exactly as written in the plan.
        expect(await page.textContent('h1')).toBe("<script>window.__pwned = 'plan title'</script>");
        expect(await page.textContent('tr[data-side="members"] .stakeholder')).toBe('<style>body { display: none !important }</style>');
        expect(await page.textContent('li[data-value="A"] .value-title')).toBe('" onmouseover="window.__pwned = \'attribute break\'" x="');
        expect(await page.textContent('li[data-value="D"] .value-title')).toBe("' onfocus='window.__pwned = 1' autofocus='");
        expect(await page.textContent('tr[data-side="organization"] .stakeholder')).toBe(
            '</td></tr></table><svg onload="window.__pwned = \'svg onload\'"></svg>'
        );
        expect(await page.textContent('#cycles')).toContain("<script>window.__pwned = 'aspiration'</script>");
        const svgTexts = await page.$$eval('svg.chain-diagram .chain-title', ts => ts.map(t => t.textContent));
        expect(svgTexts.some(t => t?.startsWith('</text><script>'))).toBe(true);
        expect(await page.isVisible('table.matrix')).toBe(true);
        await page.screenshot({ path: join(testOutput, 'preview-hostile.png'), fullPage: true });
        await page.close();
    });
});
