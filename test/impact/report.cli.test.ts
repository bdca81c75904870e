import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli, runCliInProcess } from '../helpers/cli.js';
import { launchChromium as launchBrowser } from '../helpers/chromium.js';
import { contractExample } from './impact-helpers.js';

const example = resolve(import.meta.dirname, '../../examples/support-community');

describe('cop check --as-of and cop report', () => {
    let browser: Browser;
    beforeAll(async () => {
        browser = await launchBrowser();
    });
    afterAll(async () => {
        await browser?.close();
    });

    test('the support-community example checks clean as of 2026-11-01', async () => {
        const result = await runCliInProcess(['check', example, '--as-of', '2026-11-01', '--format', 'json']);
        expect(result.stderr).toBe('');
        expect(JSON.parse(result.stdout).diagnostics).toEqual([]);
        expect(result.code).toBe(0);
    });

    test('--as-of moves the judgement: two months later the data is stale', async () => {
        const result = await runCliInProcess(['check', example, '--as-of', '2027-01-05', '--format', 'json']);
        const codes = JSON.parse(result.stdout).diagnostics.map((d: { code: string }) => d.code);
        expect(codes).toEqual(['stale-data', 'stale-data']);
    });

    test('a bad --as-of is a usage error in plain words', async () => {
        const result = await runCliInProcess(['check', example, '--as-of', '2026-13-01']);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain('--as-of "2026-13-01" is not a date');
        expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
    });

    test('writes the report atomically and it renders: is it worth funding, off track, assumptions, stories, tiles', async () => {
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
        // Without Part 6 decisions, the answer to "is it worth funding?" comes first, then the rest.
        const headings = await page.locator('h2').allTextContents();
        expect(headings).toEqual([
            'Is it worth funding?',
            'What is off track or at risk',
            'Assumptions finance should challenge',
            'One story per objective',
            'All kpis'
        ]);
        // Net impact of the top-level value kpi (Yearly impact; its parts are inside it), its range and grade.
        const funding = page.locator('#funding');
        expect(await funding.locator('.funding-net').textContent()).toBe('Net impact 562,080 USD (187,290 – 1,322,850) from Yearly impact.');
        expect(await funding.locator('.funding-grade').textContent()).toBe('Weakest evidence: observational (Yearly impact).');
        // What would change the answer: the drivers of the total, largest swing first, by title.
        expect(await funding.locator('.funding-drivers li').allTextContents()).toEqual([
            'Share of a renewal credited to the community: from 377,760 to 869,280 USD',
            'Ramp-up days before the community: from 475,680 to 648,480 USD',
            'Average annual contract value: from 485,280 to 638,880 USD'
        ]);
        // The forecasts that miss, largest share first, by title.
        expect(await funding.locator('tbody tr td:first-child').allTextContents()).toEqual(['Yearly impact', 'Renewal cohorts', 'Performance of newcomers']);
        expect(await funding.locator('tbody tr').nth(1).textContent()).toContain('109 accounts by 2027-06');
        const offTrack = await page.locator('#off-track tbody tr').allTextContents();
        expect(offTrack.join('\n')).toContain('Yearly impact');
        expect(offTrack.join('\n')).toContain('at risk');
        expect(await page.locator('#off-track svg path.actual-line').count()).toBe(2);
        // Assumptions sorted by the swing they cause, the largest first.
        expect(await page.locator('#assumptions tbody tr').first().textContent()).toContain('Share of a renewal');
        expect(await page.locator('#stories .objective-story').count()).toBe(3);
        expect(await page.locator('#stories .story').count()).toBe(3);
        expect(await page.locator('.kpi-tile').count()).toBe(4);
        // Objectives with their scores as percentages, key results by their subjects' titles.
        const objective = page.locator('#stories .objective-story').first();
        expect(await objective.locator('h3').textContent()).toMatch(/ Score \d+(\.\d+)?%$/);
        expect(await objective.locator('.meta').textContent()).toMatch(/^Support requests deflected ≥ 400: on track \(\d+(\.\d+)?%\)/);
        await page.close();
    });

    // One page on paper, A4 and Letter, for every example: Chromium's PDF of the print
    // stylesheet has a single page object.
    const examples = readdirSync(resolve(example, '..'), { recursive: true, encoding: 'utf8' })
        .filter(file => file.endsWith('.cop'))
        .sort();
    test('every example plan is measured', async () => {
        expect(examples).toEqual(expect.arrayContaining(['customer-community.cop', join('support-community', 'support-community.cop')]));
    });
    test.each(examples)('the report of examples/%s fits one page on A4 and on Letter', async file => {
        const folder = mkdtempSync(join(tmpdir(), 'cop-report-'));
        const output = join(folder, 'report.html');
        const result = await runCliInProcess(['report', resolve(example, '..', file), '-o', output, '--as-of', '2026-11-01']);
        // The flawed example has errors: written all the same, with the banner on top.
        expect([0, 1]).toContain(result.code);
        const page = await browser.newPage();
        await page.goto(pathToFileURL(output).toString());
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
        const result = await runCliInProcess(['report', 'plan.cop', '-o', 'out.html', '--as-of', '2026-09-30'], { cwd: folder });
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
        // Off-track items are listed, with what they are worth.
        const decisions = await page.locator('#off-track tbody').textContent();
        expect(decisions).toContain('off track');
        expect(decisions).toContain('38,600 USD short of target');
        await page.close();
    });

    test('report usage errors', async () => {
        expect(runCli(['report']).code).toBe(2);
        const missing = runCli(['report', '/nonexistent/plan.cop']);
        expect(missing.code).toBe(2);
        expect(missing.stderr).toContain('no such file');
        expect(runCli(['report', '--help']).stdout).toContain('Usage: cop report');
    });
});
