import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderWebviewShell } from '../../client/preview/webview-shell.js';
import { renderHtmlBody } from '../../language/render/html/render-html.js';
import { launchChromium, testOutput } from '../helpers/chromium.js';
import { viewModelOf } from '../helpers/view-model.js';

const root = resolve(import.meta.dirname, '../..');
const origin = 'http://webview.test';
const planUri = 'file:///plans/data-science.cop';

let browser: Browser;
beforeAll(async () => {
    browser = await launchChromium();
});
afterAll(async () => {
    await browser?.close();
});

interface Recorded {
    posted: Array<Record<string, unknown>>;
    states: unknown[];
    violations: string[];
    pwned: unknown[];
}

/**
 * The webview as VS Code would show it: the shell page under its CSP, `media/preview.js`
 * loaded by nonce, and a stand-in for `acquireVsCodeApi` that records messages and state.
 * A dark theme's variables are set on the root, as VS Code does.
 */
async function openWebview(savedState?: unknown, width = 1000): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    const shell = renderWebviewShell({ uri: planUri, title: 'Preview', cspSource: origin, nonce: 'abc123', scriptUri: `${origin}/media/preview.js` });
    await page.route('**/*', route => {
        const url = route.request().url();
        if (url === `${origin}/index.html`) return route.fulfill({ contentType: 'text/html', body: shell });
        if (url === `${origin}/media/preview.js`)
            return route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(root, 'media/preview.js'), 'utf8') });
        return route.abort();
    });
    await page.addInitScript((saved: unknown) => {
        const recorded = { posted: [] as unknown[], states: [] as unknown[], violations: [] as string[], pwned: [] as unknown[] };
        (window as unknown as { recorded: typeof recorded }).recorded = recorded;
        Object.defineProperty(window, '__pwned', {
            set: value => {
                recorded.pwned.push(value);
            },
            get: () => undefined
        });
        document.addEventListener('securitypolicyviolation', event => recorded.violations.push(`${event.violatedDirective} ${event.blockedURI}`));
        let state = saved;
        (window as unknown as { acquireVsCodeApi: () => unknown }).acquireVsCodeApi = () => ({
            postMessage: (message: unknown) => recorded.posted.push(message),
            getState: () => state,
            setState: (next: unknown) => {
                state = next;
                recorded.states.push(next);
            }
        });
        const dark: Record<string, string> = {
            '--vscode-editor-background': '#1e1e1e',
            '--vscode-editor-foreground': '#d4d4d4',
            '--vscode-panel-border': '#3c3c3c',
            '--vscode-editorWidget-background': '#252526',
            '--vscode-descriptionForeground': '#9d9d9d',
            '--vscode-textLink-foreground': '#3794ff'
        };
        document.addEventListener('DOMContentLoaded', () => {
            for (const [name, value] of Object.entries(dark)) document.documentElement.style.setProperty(name, value);
        });
    }, savedState);
    await page.goto(`${origin}/index.html`);
    await page.waitForFunction(() => (window as unknown as { recorded: Recorded }).recorded.posted.length > 0);
    return page;
}

const recorded = (page: Page) => page.evaluate(() => (window as unknown as { recorded: Recorded }).recorded);
const send = (page: Page, message: unknown) => page.evaluate(m => window.postMessage(m, '*'), message);

describe('preview webview script (media/preview.js) under the CSP', () => {
    test('says ready, renders the posted page, keeps the plan in its state, and a click asks to reveal the element', async () => {
        const model = await viewModelOf(readFileSync(join(root, 'test/fixtures/contract-example.cop'), 'utf8'));
        const page = await openWebview();
        expect((await recorded(page)).posted).toEqual([{ type: 'ready' }]);
        expect((await recorded(page)).states[0]).toEqual({ uri: planUri, scrollY: 0 });
        await send(page, { type: 'render', uri: planUri, html: renderHtmlBody(model) });
        await page.waitForSelector('table.matrix');
        await page.click('li[data-value="HelpWithChallenges"]');
        await page.click('#chain g.chain-node[data-key="outcome:Deflection"]');
        await page.focus('li[data-value="StrategicCapacity"]');
        await page.keyboard.press('Enter');
        const { posted, violations } = await recorded(page);
        expect(posted.slice(1)).toEqual([
            { type: 'reveal', line: 8, character: 10 },
            { type: 'reveal', line: 38, character: 8 },
            { type: 'reveal', line: 20, character: 9 }
        ]);
        // The stylesheet applied (nonce accepted): the table has borders from the page CSS; nothing was blocked.
        expect(await page.$eval('table.matrix td', td => getComputedStyle(td).borderTopStyle)).toBe('solid');
        expect(violations).toEqual([]);
        await page.screenshot({ path: join(testOutput, 'preview-webview-dark.png'), fullPage: true });
        await page.close();
    });

    test('restores the saved scroll position of the same plan after a reload', async () => {
        const model = await viewModelOf(readFileSync(join(root, 'test/fixtures/contract-example.cop'), 'utf8'));
        const page = await openWebview({ uri: planUri, scrollY: 400 }, 500);
        await send(page, { type: 'render', uri: planUri, html: renderHtmlBody(model) });
        await page.waitForSelector('table.matrix');
        expect(await page.evaluate(() => window.scrollY)).toBe(400);
        await page.close();
    });

    test('hostile plan text rendered in the webview runs nothing and breaks no CSP rule', async () => {
        const model = await viewModelOf(readFileSync(join(root, 'test/fixtures/preview/hostile.cop'), 'utf8'));
        const page = await openWebview();
        await send(page, { type: 'render', uri: planUri, html: renderHtmlBody(model) });
        await page.waitForSelector('table.matrix');
        await page.evaluate(() => {
            for (const element of document.querySelectorAll('#root *')) {
                for (const type of ['mouseover', 'click', 'focus']) element.dispatchEvent(new Event(type, { bubbles: true }));
            }
        });
        await page.mouse.move(200, 200);
        const { pwned, violations, posted } = await recorded(page);
        expect(pwned).toEqual([]);
        expect(violations).toEqual([]);
        expect(posted.every(m => m.type === 'ready' || m.type === 'reveal')).toBe(true);
        expect(await page.evaluate(() => document.querySelectorAll('script').length)).toBe(1);
        await page.close();
    });
});

describe('preview webview script: changes since HEAD', () => {
    test('a marks message flags the named values and kpi tiles with an outline and a word, kept across renders', async () => {
        const { supportPlan } = await import('../diff/diff-plans.js');
        const model = await viewModelOf(supportPlan());
        const page = await openWebview();
        await send(page, { type: 'render', uri: planUri, html: renderHtmlBody(model) });
        await page.waitForSelector('table.matrix');
        await send(page, { type: 'marks', uri: planUri, values: ['QuickHelp', '"]) *'], kpis: ['SupportSavings'] });
        const flagged = () =>
            page.$$eval('.changed-since-head', elements =>
                elements.map(e => (e.getAttribute('data-value') ?? e.getAttribute('data-kpi')) + ':' + e.querySelector('.since-head')?.textContent)
            );
        await page.waitForFunction(() => document.querySelectorAll('.changed-since-head').length > 0);
        expect((await flagged()).sort()).toEqual(['QuickHelp:changed since HEAD', 'SupportSavings:changed since HEAD']);
        await send(page, { type: 'render', uri: planUri, html: renderHtmlBody(model) });
        await page.waitForFunction(() => document.querySelectorAll('.since-head').length === 2);
        await send(page, { type: 'marks', uri: planUri, values: [], kpis: [] });
        await page.waitForFunction(() => document.querySelectorAll('.since-head').length === 0);
        expect((await recorded(page)).violations).toEqual([]);
        await page.close();
    });
});
