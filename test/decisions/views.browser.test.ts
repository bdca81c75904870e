import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderStandaloneHtml } from '../../language/render/html/render-html.js';
import { withImpact } from '../../language/impact/impact-view-model.js';
import { buildViewModel } from '../../language/view-model/build-view-model.js';
import { axeViolations, launchChromium, testOutput, trapScripts, trappedScripts } from '../helpers/chromium.js';
import { runCliInProcess } from '../helpers/cli.js';
import { evaluate } from '../impact/impact-helpers.js';

const example = readFileSync(resolve(import.meta.dirname, '../fixtures/part6-example.cop'), 'utf8');

/** The example's page as of a date, through the one view model and the one page shell. */
async function pageHtml(text: string, asOf: string): Promise<string> {
    const { document, services } = await evaluate(text, asOf);
    return renderStandaloneHtml(await withImpact(buildViewModel(document, services), document, services));
}

// Every text a community manager writes in Part 6, as markup a browser would run if unescaped.
const hostile = example
    .replace('"Renew the community budget for FY2028"', `"<script>window.__pwned = 'decision'</script>"`)
    .replace('owner "VP Support"', `owner "<img src=x onerror=\\"window.__pwned = 'owner'\\">"`)
    .replace('"Forum relaunch doubled replies"', `"</li><svg onload=\\"window.__pwned = 'win'\\"></svg>"`)
    .replace('"Try a weekend rota"', `"<iframe src=\\"javascript:window.__pwned = 'experiment'\\"></iframe>"`)
    .replace('"Weekend rota of experts"', `"\\" onmouseover=\\"window.__pwned = 'action'\\" x=\\""`)
    .replace('"From a question to a saved renewal"', `"</title><script>window.__pwned = 'story'</script>"`)
    .replace('"Q3 operating review"', `"<b onclick=\\"window.__pwned = 'review'\\">Q3</b>"`);

let browser: Browser;
beforeAll(async () => {
    browser = await launchChromium();
});
afterAll(async () => {
    await browser?.close();
});

async function open(html: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.route('**/*', route =>
        route.request().url() === 'http://cop.test/plan.html' ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }) : route.abort()
    );
    await trapScripts(page);
    await page.goto('http://cop.test/plan.html', { waitUntil: 'load' });
    return page;
}

/** axe-core's violations in the views of Part 6 (the sections this branch adds). */
async function part6Violations(page: Page): Promise<string[]> {
    const views = [];
    for (const id of ['#decisions', '#okr', '#scorecard', '#reviews', '#story-paths']) if (await page.$(id)) views.push(id);
    return axeViolations(page, views, { resultTypes: ['violations'] });
}

describe('Part 6 views in Chromium', () => {
    test('the page opens on the decisions, with a threshold line per metric, then the North Star and whether it is worth funding', async () => {
        const page = await open(await pageHtml(example, '2026-12-01'));
        const sections = await page.$$eval('main > section', all => all.map(s => s.id));
        expect(sections[0]).toBe('decisions');
        expect(sections).toEqual(expect.arrayContaining(['scorecard', 'reviews', 'story-paths', 'impact']));
        const tabs = await page.$$eval('nav.sections a', links => links.map(a => a.textContent));
        expect(tabs[0]).toBe('Decisions');
        expect(tabs).toEqual(expect.arrayContaining(['Impact', 'Scorecard', 'Reviews', 'Stories']));
        const card = page.locator('[data-decision="Renewal"]');
        expect(await card.locator('.decision-meta').textContent()).toBe('on track · due 2027-05 · owner VP Support');
        expect(await card.locator('.decision-metric').count()).toBe(2);
        expect(await card.locator('[data-metric="SupportSavings"] svg .threshold-line').count()).toBe(1);
        expect(await card.locator('[data-metric="Responders"] svg .threshold-line').count()).toBe(0);
        expect(await card.locator('[data-metric="SupportSavings"] figcaption').textContent()).toContain('threshold ≥ 10,000: met');
        const order = await page.$$eval('#decisions .decision-list, #decisions .northstar, #decisions .funding', all =>
            all.map(e => e.className.split(' ')[0])
        );
        expect(order).toEqual(['decision-list', 'northstar', 'funding']);
        // One answer to "is it worth funding?" on the page, not one per view.
        expect(
            await page
                .locator('h2, h3')
                .filter({ hasText: /^Is it worth funding\?$/ })
                .count()
        ).toBe(1);
        expect(await page.textContent('#decisions .northstar-value')).toBe('45 members');
        expect(await page.locator('#decisions .northstar svg.sparkline').count()).toBe(1);
        expect(await page.textContent('#decisions .funding .funding-roi strong')).toBe('0.57× the cost');
        expect(await page.textContent('#decisions .funding .funding-roi')).toMatch(
            /^0\.57× the cost \(0\.38× – 0\.83×\): a net return of 11,400 USD \(7,500 – 16,500\) from .+, against a cost of 20,000 USD \(.+\)\.$/
        );
        expect(await page.textContent('#decisions .funding .funding-grade')).toMatch(
            /^Weakest evidence: (experiment|quasi-experiment|observational|estimate) \(.+\)\.$/
        );
        expect(await page.locator('#decisions .funding .funding-drivers li').count()).toBeGreaterThan(0);
        await page.screenshot({ path: join(testOutput, 'decisions-view.png'), fullPage: true });
        expect(await part6Violations(page)).toEqual([]);
        await page.close();
    });

    test("the matrix says how a row's values were found (seed 002)", async () => {
        const page = await open(await pageHtml(example, '2026-12-01'));
        expect(await page.textContent('#matrix tr[data-side="members"] .found')).toBe(
            'Found through Survey of 120 members, May 2026; Interviews with the core group'
        );
        await page.close();
    });

    test('an unmet threshold is drawn red and the decision says it is at risk', async () => {
        const page = await open(await pageHtml(example.replace('threshold SupportSavings >= 10000', 'threshold SupportSavings >= 40000'), '2026-12-01'));
        const card = page.locator('[data-decision="Renewal"]');
        expect(await card.locator('.decision-status').textContent()).toBe('at risk');
        expect(await card.locator('svg .threshold-line.unmet').count()).toBe(1);
        expect(await card.locator('.decision-reasons').textContent()).toContain('SupportSavings is 11,400 where the threshold asks >= 40000');
        await page.close();
    });

    test('reviews: a timeline with open and overdue actions marked; OKR, scorecard and story paths', async () => {
        const page = await open(await pageHtml(example, '2026-12-01'));
        const actions = await page.$$eval('#reviews .action', all => all.map(a => [a.className, a.querySelector('.action-status')?.textContent]));
        expect(actions).toEqual([
            ['action action-overdue', 'overdue'],
            ['action action-done', 'done']
        ]);
        expect(await page.textContent('#reviews .impact-as-of')).toBe('As of 2026-12-01: 1 open action, 1 overdue.');
        const perspectives = await page.$$eval('#scorecard .perspective', all =>
            all.map(p => [p.getAttribute('data-perspective'), p.querySelectorAll('li').length])
        );
        expect(perspectives).toEqual([
            ['financial', 1],
            ['customer', 1],
            ['process', 1],
            ['learning', 1]
        ]);
        expect(await page.locator('#story-paths svg .story-path').count()).toBe(1);
        expect(await page.textContent('#story-paths .story-path-list')).toContain('immediate → applied → realized');
        // On its due date the action is still open.
        expect(await pageHtml(example, '2026-11-30')).toContain('action action-open');
        await page.close();
    });

    test('an OKR tab scores objectives', async () => {
        const withObjective = `${example}\nobjective Reach "Reach more members" {\n    key Responders >= 80 by 2027-06\n}\n`;
        const page = await open(await pageHtml(withObjective, '2026-12-01'));
        // (45 − 20) / (80 − 20) = 41.7 %.
        expect(await page.textContent('#okr [data-objective="Reach"] h3 .score')).toBe('41.7%');
        expect(await part6Violations(page)).toEqual([]);
        await page.close();
    });

    test('cop report opens with the decisions due next, then the North Star and whether it is worth funding', async () => {
        const fixture = resolve(import.meta.dirname, '../fixtures/part6-example.cop');
        const result = await runCliInProcess(['report', fixture, '--as-of', '2026-12-01']);
        expect(result.code).toBe(0);
        const page = await open(result.stdout);
        const headings = await page.$$eval('main h2, main h3', all => all.map(h => h.textContent));
        expect(headings.slice(0, 4)).toEqual([
            'Decisions due next',
            'Renew the community budget for FY2028',
            'North Star: Members who replied',
            'Is it worth funding?'
        ]);
        expect(await page.locator('#decisions-due svg .threshold-line').count()).toBe(1);
        await page.screenshot({ path: join(testOutput, 'decisions-report.png'), fullPage: true });
        // Still one page on paper: the decisions shrink to their words in print.
        const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
        expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
        await page.close();
    });

    test('cop export --format md opens with the decisions and lists the reviews', async () => {
        const fixture = resolve(import.meta.dirname, '../fixtures/part6-example.cop');
        const md = (await runCliInProcess(['export', fixture, '--format', 'md', '--as-of', '2026-12-01'])).stdout;
        expect(md.indexOf('## Decisions')).toBeLessThan(md.indexOf('## Value matrix'));
        expect(md).toContain('| **Renew the community budget for FY2028** | 2027-05 | VP Support | on track |');
        expect(md).toContain('Action (**overdue**): Weekend rota of experts');
        expect(md).toContain('## Is it worth funding?\n\n**0.57× the cost** (0.38× – 0.83×): a net return of 11,400 USD (7,500 – 16,500)');
        expect(md.indexOf('## Is it worth funding?')).toBeLessThan(md.indexOf('## Value matrix'));
        expect(md.match(/Is it worth funding\?/g)).toHaveLength(1);
    });

    test('hostile text in decisions, reviews and stories stays text', async () => {
        const html = await pageHtml(hostile, '2026-12-01');
        const page = await open(html);
        await page.evaluate(() => {
            for (const element of document.querySelectorAll('body *')) {
                for (const type of ['mouseover', 'click', 'focus']) element.dispatchEvent(new Event(type, { bubbles: true }));
            }
        });
        expect(await trappedScripts(page), JSON.stringify(await part6Violations(page))).toEqual([]);
        expect(await page.locator('script, iframe, img, b').count()).toBe(0);
        expect(await page.textContent('[data-decision="Renewal"] h3')).toBe("<script>window.__pwned = 'decision'</script>");
        expect(await part6Violations(page)).toEqual([]);
        await page.close();
    });
});
