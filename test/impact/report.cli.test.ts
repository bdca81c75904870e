import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { launchChromium as launchBrowser } from '../helpers/chromium.js';
import { contractExample } from './impact-helpers.js';

const example = resolve(import.meta.dirname, '../../examples/support-community');

describe('cop check --as-of and cop report', () => {
    let browser: Browser;
    beforeAll(async () => { browser = await launchBrowser(); });
    afterAll(async () => { await browser?.close(); });

    test('the support-community example checks clean as of 2026-11-01', () => {
        const result = runCli(['check', example, '--as-of', '2026-11-01', '--format', 'json']);
        expect(result.stderr).toBe('');
        expect(JSON.parse(result.stdout).diagnostics).toEqual([]);
        expect(result.code).toBe(0);
    });

    test('--as-of moves the judgement: two months later the data is stale', () => {
        const result = runCli(['check', example, '--as-of', '2027-01-05', '--format', 'json']);
        const codes = JSON.parse(result.stdout).diagnostics.map((d: { code: string }) => d.code);
        expect(codes).toEqual(['stale-data', 'stale-data']);
    });

    test('a bad --as-of is a usage error in plain words', () => {
        const result = runCli(['check', example, '--as-of', '2026-13-01']);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain('--as-of "2026-13-01" is not a date');
        expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
    });

    test('writes the report atomically and it renders: decisions, assumptions, stories, tiles, charts', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'cop-report-'));
        const output = join(folder, 'report.html');
        const result = runCli(['report', join(example, 'support-community.cop'), '-o', output, '--as-of', '2026-11-01']);
        expect(result.code).toBe(0);
        expect(readdirSync(folder)).toEqual(['report.html']);
        const html = readFileSync(output, 'utf8');
        expect(html).toContain('@media print');
        expect(html).not.toMatch(/<(link|script)[^>]+(src|href)=["']?https?:/);
        const page = await browser.newPage();
        await page.goto(pathToFileURL(output).toString());
        // Decisions come first.
        const headings = await page.locator('h2').allTextContents();
        expect(headings[0]).toContain('Decisions');
        expect(headings).toContain('Assumptions finance should challenge');
        const decisions = await page.locator('#decisions tbody tr').allTextContents();
        expect(decisions.join('\n')).toContain('Yearly impact');
        expect(decisions.join('\n')).toContain('at risk');
        expect(await page.locator('#decisions svg path.actual-line').count()).toBe(2);
        // Assumptions sorted by the swing they cause, the largest first.
        expect(await page.locator('#assumptions tbody tr').first().textContent()).toContain('Share of a renewal');
        expect(await page.locator('#stories .objective-story').count()).toBe(3);
        expect(await page.locator('#stories .story').count()).toBe(3);
        expect(await page.locator('.kpi-tile').count()).toBe(4);
        // Right after the decisions: is it worth funding? The forecasts that miss, largest share first, by title.
        expect(headings[1]).toBe('Is it worth funding?');
        expect(await page.locator('#funding tbody tr td:first-child').allTextContents())
            .toEqual(['Yearly impact', 'Renewal cohorts', 'Performance of newcomers']);
        expect(await page.locator('#funding tbody tr').nth(1).textContent()).toContain('109 accounts by 2027-06');
        // Objectives with their scores as percentages, key results by their subjects' titles.
        const objective = page.locator('#stories .objective-story').first();
        expect(await objective.locator('h3').textContent()).toMatch(/ Score \d+(\.\d+)?%$/);
        expect(await objective.locator('.meta').textContent()).toMatch(/^Support requests deflected ≥ 400: on track \(\d+(\.\d+)?%\)/);
        // One page on paper, A4 and Letter: Chromium's PDF of the print stylesheet has a single page object.
        for (const format of ['A4', 'Letter']) {
            const pdf = (await page.pdf({ format })).toString('latin1');
            expect(pdf.match(/\/Type\s*\/Page[^s]/g), format).toHaveLength(1);
        }
        await page.close();
    });

    test('hostile plan strings are shown as text; a missing actuals file still gives a report', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'cop-report-'));
        const hostile = '<script>window.pwned=1</script><b>bold</b>';
        const plan = contractExample
            .replace('"Customer Support Community"', JSON.stringify(hostile))
            .replace('purpose "Peers answer each other so fewer tickets reach support"', `purpose "x"\n    actuals "missing.csv"`)
            .replace(`"A customer's admin found the fix in a thread and renewed the next week."`, JSON.stringify(hostile));
        writeFileSync(join(folder, 'plan.cop'), plan);
        const result = runCli(['report', 'plan.cop', '-o', 'out.html', '--as-of', '2026-09-30'], { cwd: folder });
        // Written, but the plan has an error (the missing actuals file): exit 1, as check.
        expect(result.code).toBe(1);
        expect(result.stderr).toContain('has 1 error');
        const page = await browser.newPage();
        await page.goto(pathToFileURL(join(folder, 'out.html')).toString());
        // The banner comes first on the page and names the error where it is.
        const banner = page.locator('body > .error-banner');
        expect(await banner.getAttribute('role')).toBe('alert');
        expect(await banner.locator('strong').textContent()).toBe('This plan has 1 error: what this page shows may be incomplete or wrong.');
        expect(await banner.locator('li').first().textContent()).toMatch(/^plan\.cop:\d+ .*missing\.csv/);
        expect(await page.evaluate(() => document.body.firstElementChild?.className)).toBe('error-banner');
        expect(await page.locator('h1').textContent()).toBe(hostile);
        expect(await page.title()).toContain(hostile);
        expect(await page.locator('#stories .story-text').textContent()).toBe(hostile);
        expect(await page.locator('main script, main b').count()).toBe(0);
        expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
        // Off-track items are listed first, with what they are worth.
        const decisions = await page.locator('#decisions tbody').textContent();
        expect(decisions).toContain('off track');
        expect(decisions).toContain('38,600 USD short of target');
        await page.close();
    });

    test('report usage errors', () => {
        expect(runCli(['report']).code).toBe(2);
        const missing = runCli(['report', '/nonexistent/plan.cop']);
        expect(missing.code).toBe(2);
        expect(missing.stderr).toContain('no such file');
        expect(runCli(['report', '--help']).stdout).toContain('Usage: cop report');
    });
});
