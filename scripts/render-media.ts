// `npm run media`: renders the extension's icon (media/icon.svg → media/icon.png, 128×128)
// and the marketplace screenshots (media/marketplace/*.png) in headless Chromium, from
// `cop export --format html` of the support-community example. Run after `npm run build`
// when the icon or the preview's look changes; the PNGs are committed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium, stopChromium } from '../test/helpers/chromium.js';

const root = resolve(import.meta.dirname, '..');
const media = join(root, 'media');
const example = join(root, 'examples/support-community/support-community.cop');

const browser = await launchChromium();
try {
    const icon = await browser.newPage({ viewport: { width: 128, height: 128 } });
    const svg = readFileSync(join(media, 'icon.svg'), 'utf8');
    await icon.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}</style>${svg}`);
    await icon.locator('svg').screenshot({ path: join(media, 'icon.png'), omitBackground: true });

    const html = join(mkdtempSync(join(tmpdir(), 'cop-media-')), 'plan.html');
    const exported = spawnSync(process.execPath, [join(root, 'out/cli.js'), 'export', example, '--format', 'html', '--as-of', '2026-11-01', '-o', html], {
        encoding: 'utf8'
    });
    if (exported.status !== 0) throw new Error(`cop export failed: ${exported.stderr}`);
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 }, deviceScaleFactor: 1 });
    await page.goto(pathToFileURL(html).href);
    for (const [section, file, height] of [
        ['matrix', 'value-matrix.png', 900],
        ['chain', 'chain.png', 320],
        ['impact', 'impact.png', 600]
    ] as const) {
        // The top of each section (the chain's diagram, the impact's tiles and first chart).
        const box = await page.locator(`section#${section}`).boundingBox();
        if (!box) throw new Error(`the export has no section #${section}`);
        await page.screenshot({
            path: join(media, 'marketplace', file),
            fullPage: true,
            clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, height) }
        });
    }
} finally {
    await browser.close();
    await stopChromium();
}
