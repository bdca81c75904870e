import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';

/** Headless Chromium from the system package: nothing is downloaded. */
export function launchBrowser(): Promise<Browser> {
    return chromium.launch({
        executablePath: '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync']
    });
}
