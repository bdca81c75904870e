import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { axeViolations, launchChromium } from '../helpers/chromium.js';
import { runCliInProcess } from '../helpers/cli.js';

const root = resolve(import.meta.dirname, '../..');

describe('the Impact section of a measured plan, in Chromium', () => {
    test('computed badges and influence cards pass axe-core, and their lineage is in the hover title', async () => {
        const result = await runCliInProcess(['export', 'examples/measure/forum-measures.cop', '--as-of', '2026-11-01', '--format', 'html'], { cwd: root });
        expect(result.code).toBe(0);
        const browser = await launchChromium();
        try {
            const page = await browser.newPage();
            // The page's CSP allows no script at all: the test drops it to run axe in the page.
            await page.setContent(result.stdout.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''));
            expect(await axeViolations(page, ['.impact'])).toEqual([]);
            const titles = await page.$$eval('.computed-badge', badges => badges.map(badge => badge.getAttribute('title') ?? ''));
            expect(titles.length).toBe(7);
            expect(titles.every(title => title.startsWith('Computed by cop measure ('))).toBe(true);
            expect(await page.$$eval('.influence-card', cards => cards.length)).toBe(1);
        } finally {
            await browser.close();
        }
    }, 60_000);
});
