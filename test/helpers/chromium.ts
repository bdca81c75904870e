import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, BrowserServer, Page } from 'playwright-core';
import { chromium } from 'playwright-core';

/** Where tests write screenshots for people to look at (gitignored). */
export const testOutput = resolve(import.meta.dirname, '../../test-output');

/**
 * One Chromium per test worker: a worker runs many test files one after another (vitest's
 * `isolate: false`), and starting Chromium for each cost more than most of their tests.
 * Playwright ends it when the worker exits.
 */
let server: Promise<BrowserServer> | undefined;

/**
 * Debian's headless Chromium, without network chatter: a connection of the caller's own to
 * the worker's Chromium. Its `close()` closes the pages and contexts the caller opened and
 * leaves Chromium running for the next test file.
 */
export async function launchChromium(): Promise<Browser> {
    mkdirSync(testOutput, { recursive: true });
    server ??= chromium
        .launchServer({
            executablePath: '/usr/bin/chromium',
            headless: true,
            args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync']
        })
        .then(started => {
            started.on('close', () => {
                server = undefined;
            });
            return started;
        });
    return chromium.connect((await server).wsEndpoint());
}

/** Ends the worker's Chromium (a script that is done with it: scripts/render-media.ts); tests leave it to the worker's exit. */
export async function stopChromium(): Promise<void> {
    const running = server;
    server = undefined;
    await (await running)?.close();
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's violations on `page`, as `rule: targets`: within the elements `include` selects
 * (the whole document when none), with axe's `options`. Its script is evaluated in the page,
 * past the page's CSP, once per page.
 */
export async function axeViolations(page: Page, include?: readonly string[], options: Record<string, unknown> = {}): Promise<string[]> {
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
    return page.evaluate(
        async ({ include, options }) => {
            const axe = (
                window as unknown as {
                    axe: { run(context: unknown, options: unknown): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }> }> };
                }
            ).axe;
            const context = include ? { include: include.map(selector => [selector]) } : document;
            const result = await axe.run(context, options);
            return result.violations.map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`);
        },
        { include, options }
    );
}

/**
 * A trap for scripts a page must not run: setting `window.__pwned` (what the hostile texts of
 * the tests try) or calling `alert` is recorded, in a frame too, on the top window;
 * `trappedScripts` reads what was recorded.
 */
export async function trapScripts(target: Page | BrowserContext): Promise<void> {
    await target.addInitScript(() => {
        const w = window as unknown as { __pwnedBy: unknown[] };
        w.__pwnedBy = [];
        const record = (value: unknown) => (window.top as unknown as typeof w).__pwnedBy.push(value);
        Object.defineProperty(window, '__pwned', { set: record, get: () => undefined });
        window.alert = (message?: unknown) => {
            record(`alert ${String(message)}`);
        };
    });
}

export function trappedScripts(page: Page): Promise<unknown[]> {
    return page.evaluate(() => (window as unknown as { __pwnedBy: unknown[] }).__pwnedBy);
}
