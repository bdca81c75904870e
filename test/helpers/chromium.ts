import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';

/** Where tests write screenshots for people to look at (gitignored). */
export const testOutput = resolve(import.meta.dirname, '../../test-output');

/** Debian's headless Chromium, without network chatter. */
export async function launchChromium(): Promise<Browser> {
    mkdirSync(testOutput, { recursive: true });
    return chromium.launch({
        executablePath: '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync']
    });
}
