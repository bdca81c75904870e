import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, launchChromium, testOutput, trapScripts, trappedScripts } from '../helpers/chromium.js';

// The playground as a user meets it: out/playground/index.html opened as a file, with the
// network off, driven by keyboard in headless Chromium.
const pageUrl = pathToFileURL(resolve(import.meta.dirname, '../../out/playground/index.html')).href;
const hostile = readFileSync(resolve(import.meta.dirname, '../fixtures/preview/hostile.cop'), 'utf8');

const plan = `plan Demo "Demo community" {
    purpose "Help each other"
}

members Members "Members" {
    short Answers "Quick answers"
}

shared Help "Help" {
    member Answers, Nope
}

indicator Hours "" {
}
`;

let browser: Browser;
let context: BrowserContext;
const requests: string[] = [];
const problems: string[] = [];
beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ offline: true, viewport: { width: 1400, height: 900 } });
    // Anything but the page's own files (file:), its blobs (workers) and data: URLs is recorded and refused.
    await context.route('**/*', route => {
        const url = route.request().url();
        if (/^(file|blob|data):/.test(url)) return route.continue();
        requests.push(url);
        return route.abort();
    });
    await trapScripts(context);
}, 60_000);
afterAll(async () => {
    await browser?.close();
});

async function openPlayground(url = pageUrl): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', error => problems.push(`page error: ${error.message}`));
    page.on('console', message => {
        if (message.type() === 'error' || /Content Security Policy|Refused to/.test(message.text())) problems.push(`console: ${message.text()}`);
    });
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    return page;
}

/** Replaces the editor's text by pasting over it (a paste event, as the system clipboard sends it). */
async function setPlan(page: Page, text: string): Promise<void> {
    await page.click('#editor .view-lines');
    await page.keyboard.press('ControlOrMeta+A');
    await page.evaluate(pasted => {
        const data = new DataTransfer();
        data.setData('text/plain', pasted);
        document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
}

function preview(page: Page): Frame {
    const frame = page.frames().find(f => f !== page.mainFrame());
    if (!frame) throw new Error('no preview frame');
    return frame;
}

async function previewText(page: Page): Promise<string> {
    return (await preview(page).textContent('body')) ?? '';
}

/** The plan the address holds, decoded as anyone opening the link would. */
function planInUrl(url: string): string | undefined {
    const data = new URLSearchParams(new URL(url).hash.slice(1)).get('plan');
    return data === null ? undefined : inflateRawSync(Buffer.from(data, 'base64url')).toString('utf8');
}

describe('the playground from file:// with the network off', () => {
    test('opens an example with its preview and hovers, and loads nothing from the network', async () => {
        const page = await openPlayground();
        await expect.poll(() => previewText(page), { timeout: 20_000 }).toContain('Customer Support Community');
        expect(await previewText(page)).toContain('Value matrix');
        expect(await previewText(page)).toContain('Impact');
        // Hover on the `members` keyword: the framework's question for the row, from the server.
        await page
            .locator('#editor .view-line span span', { hasText: /^members$/ })
            .first()
            .hover();
        await expect
            .poll(async () => (await page.locator('.monaco-hover').allTextContents()).join(' '), { timeout: 20_000 })
            .toContain('one row of the value matrix');
        await page.mouse.move(0, 0);

        const options = await page.$$eval('#example option', nodes => nodes.map(node => node.textContent));
        expect(options).toContain('learning-community.cop');
        await page.selectOption('#example', 'learning-community.cop');
        await expect.poll(() => previewText(page), { timeout: 20_000 }).toContain('Learning');
        expect(requests).toEqual([]);
        expect(problems).toEqual([]);
        await page.close();
    });

    test('typing a plan shows its problems as markers, completion offers catalog entries, quick fixes apply, the preview follows, the link shares it', async () => {
        const page = await openPlayground();
        await setPlan(page, plan);
        // The unknown value `Nope` is an error: a squiggle in the editor and a word in the status line.
        await page.waitForSelector('#editor .squiggly-error', { timeout: 20_000 });
        await expect.poll(() => planInUrl(page.url()), { timeout: 10_000 }).toBe(plan);
        await expect.poll(() => page.textContent('#status')).toMatch(/1 error/);
        await expect.poll(() => previewText(page), { timeout: 20_000 }).toContain('Demo community');

        // Completion inside the indicator's empty title: the built-in catalog's indicators.
        await page.click('#editor .view-lines');
        // From the end of the text: up past `}` to the indicator's line, inside its `""`.
        await page.keyboard.press('ControlOrMeta+End');
        await page.keyboard.press('ArrowUp');
        await page.keyboard.press('ArrowUp');
        await page.keyboard.press('End');
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('Control+Space');
        await page.waitForSelector('.suggest-widget.visible', { timeout: 20_000 });
        await page.keyboard.type('Hours wor');
        await expect.poll(() => page.textContent('.suggest-widget.visible .monaco-list-row.focused')).toContain('Hours worked');
        await page.keyboard.press('Enter');
        await expect.poll(() => planInUrl(page.url()), { timeout: 10_000 }).toContain('indicator Hours "Hours worked"');

        // The fix in the text: the error goes, the preview shows the new state.
        const fixed = plan.replace('member Answers, Nope', 'member Answers').replace('indicator Hours ""', 'indicator Hours "Hours worked"');
        const rendered = Number(await page.getAttribute('#preview', 'data-rendered'));
        await setPlan(page, fixed.replace('Demo community', 'Demo community, fixed'));
        await expect.poll(() => page.locator('#editor .squiggly-error').count(), { timeout: 20_000 }).toBe(0);
        await expect.poll(() => previewText(page), { timeout: 20_000 }).toContain('Demo community, fixed');
        expect(Number(await page.getAttribute('#preview', 'data-rendered'))).toBeGreaterThan(rendered);

        // A quick fix from the light bulb: `Members` has no long-term value; the fix adds the line.
        await page.click('#editor .view-lines');
        await page.keyboard.press('ControlOrMeta+Home');
        for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Home');
        for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ControlOrMeta+Period');
        await page.waitForSelector('.action-widget', { timeout: 20_000 });
        await page.keyboard.press('Enter');
        await expect.poll(() => planInUrl(page.url()), { timeout: 10_000 }).toContain('    long MembersLongTerm "What they gain over time"\n}');

        // Reloading the shared address brings the same plan back.
        await expect.poll(() => planInUrl(page.url()), { timeout: 10_000 }).toContain('Demo community, fixed');
        const shared = page.url();
        await page.close();
        const again = await openPlayground(shared);
        await expect.poll(() => previewText(again), { timeout: 20_000 }).toContain('Demo community, fixed');
        expect(await again.$eval('#example', select => (select as HTMLSelectElement).selectedOptions[0]?.textContent)).toContain('(from the link)');
        // monaco draws spaces as no-break spaces.
        expect((await again.textContent('#editor .view-lines'))?.replace(/\u00a0/g, ' ')).toContain('plan Demo "Demo community, fixed"');
        expect(requests).toEqual([]);
        expect(problems).toEqual([]);
        await again.screenshot({ path: resolve(testOutput, 'playground.png') });
        await again.close();
    }, 120_000);

    test('Format writes the canonical layout, as cop fmt does; Download saves the plan', async () => {
        const page = await openPlayground();
        await setPlan(page, 'plan Messy "Messy" {purpose "p"\n      sponsor "s"}\n');
        await expect.poll(() => planInUrl(page.url()), { timeout: 10_000 }).toContain('{purpose');
        await page.click('#format');
        await expect.poll(() => planInUrl(page.url()), { timeout: 10_000 }).toBe('plan Messy "Messy" {\n    purpose "p"\n    sponsor "s"\n}\n');
        // Download .cop saves the text as it is now, under the plan's file name.
        const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
        expect(download.suggestedFilename()).toBe('support-community.cop');
        // Saved by the test (Chromium is shared over a connection: test/helpers/chromium.ts).
        const saved = join(mkdtempSync(join(tmpdir(), 'cop-download-')), download.suggestedFilename());
        await download.saveAs(saved);
        expect(readFileSync(saved, 'utf8')).toBe('plan Messy "Messy" {\n    purpose "p"\n    sponsor "s"\n}\n');
        await page.close();
    });

    test('hostile text is shown as text: nothing in it runs, in the editor or the preview', async () => {
        const page = await openPlayground();
        await setPlan(page, hostile);
        await expect.poll(() => previewText(page), { timeout: 20_000 }).toContain('<script>window.__pwned');
        await page.waitForTimeout(500);
        expect(await trappedScripts(page)).toEqual([]);
        expect(await preview(page).$$('script, img[src="x"], iframe, svg[onload]')).toEqual([]);
        expect(await page.$$('body > script:not([src])')).toEqual([]);
        await page.close();
    });

    test('a link holding a plan over the size limit says so instead of loading it', async () => {
        const huge = `plan Big "Big" {\n    purpose "x"\n}\n${'// filler line of a pasted log\n'.repeat(20_000)}`;
        const hash = new URLSearchParams({ file: 'big.cop', plan: deflateRawSync(Buffer.from(huge)).toString('base64url') });
        const page = await openPlayground(`${pageUrl}#${hash.toString()}`);
        await expect.poll(() => page.textContent('#notice')).toMatch(/the playground takes plans up to 512 KB/);
        expect((await page.textContent('#editor .view-lines'))?.replace(/\u00a0/g, ' ')).not.toContain('filler line');
        await page.close();
        const broken = await openPlayground(`${pageUrl}#file=x.cop&plan=not-a-plan`);
        await expect.poll(() => broken.textContent('#notice')).toMatch(/cannot be read: the link may have been cut short/);
        await broken.close();
    });

    test('has no accessibility violations (axe-core)', async () => {
        const page = await openPlayground();
        await expect.poll(() => previewText(page), { timeout: 20_000 }).toContain('Customer Support Community');
        const violations = await axeViolations(page, undefined, { iframes: false });
        expect(violations).toEqual([]);
        await page.close();
    });
});
