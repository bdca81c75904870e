import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserServer } from 'playwright-core';
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
