import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { globSync } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadOnePlan } from '../../cli/plan-workspace.js';
import { renderWebviewShell } from '../../client/preview/webview-shell.js';
import { withImpact } from '../../language/impact/impact-view-model.js';
import { renderExecutiveReport } from '../../language/impact/render/executive-report.js';
import { errorBannerOf } from '../../language/render/error-banner.js';
import { renderHtmlBody, renderStandaloneHtml } from '../../language/render/html/render-html.js';
import { buildViewModel } from '../../language/view-model/build-view-model.js';
import type { PlanViewModel } from '../../language/view-model/plan-view-model.js';
import { launchChromium, testOutput } from '../helpers/chromium.js';

/**
 * Every page cop writes, for every example plan, in light and dark themes, passes axe-core's
 * WCAG 2.1 A/AA and best-practice rules with no violation: the HTML export and the executive
 * report as a browser shows them (light or dark preferred: both pages are drawn light), and
 * the preview webview under VS Code's Light Modern and Dark Modern theme colours.
 */
const root = resolve(import.meta.dirname, '../..');
const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
const previewScript = readFileSync(join(root, 'media/preview.js'), 'utf8');
const examples = globSync('examples/**/*.cop', { cwd: root, absolute: true }).sort();
const origin = 'http://cop.test';

/** The theme colours VS Code gives a webview (`--vscode-*`), from its default themes. */
const themes = {
    light: {
        kind: 'vscode-light',
        colors: {
            'editor-background': '#ffffff',
            'editor-foreground': '#3b3b3b',
            descriptionForeground: '#3b3b3b',
            'panel-border': '#e5e5e5',
            'widget-border': '#e5e5e5',
            'editorWidget-background': '#f8f8f8',
            'textLink-foreground': '#005fb8',
            'badge-background': '#cccccc',
            'badge-foreground': '#3b3b3b',
            'editorWarning-foreground': '#bf8803',
            'editorError-foreground': '#e51400',
            'editorInfo-foreground': '#1a85ff',
            'charts-blue': '#1a85ff',
            'charts-purple': '#652d90',
            'charts-green': '#388a34',
            focusBorder: '#005fb8'
        }
    },
    dark: {
        kind: 'vscode-dark',
        colors: {
            'editor-background': '#1f1f1f',
            'editor-foreground': '#cccccc',
            descriptionForeground: '#9d9d9d',
            'panel-border': '#2b2b2b',
            'widget-border': '#313131',
            'editorWidget-background': '#202020',
            'textLink-foreground': '#4daafc',
            'badge-background': '#616161',
            'badge-foreground': '#f8f8f8',
            'editorWarning-foreground': '#cca700',
            'editorError-foreground': '#f85149',
            'editorInfo-foreground': '#3794ff',
            'charts-blue': '#3794ff',
            'charts-purple': '#b180d7',
            'charts-green': '#89d185',
            focusBorder: '#0078d4'
        }
    }
} as const;
type Theme = keyof typeof themes;

interface Pages {
    readonly model: PlanViewModel;
    readonly exported: string;
    readonly report: string;
}

/** What `cop export --format html` and `cop report` write for a plan, rendered in process. */
async function pagesOf(file: string): Promise<Pages> {
    const { services, document } = await loadOnePlan([file], 'export', 'cop export plan.cop');
    const model = await withImpact(buildViewModel(document, services), document, services);
    const banner = errorBannerOf(basename(file), model.diagnostics.items);
    const exported = renderStandaloneHtml(model, { file: basename(file), footer: 'Made with cop.' });
    const report = renderExecutiveReport(
        {
            name: model.plan?.name ?? 'Plan',
            title: model.plan?.title ?? null,
            purpose: model.plan?.purpose ?? null,
            sponsor: model.plan?.sponsor ?? null
        },
        model.impact!,
        banner
    );
    return { model, exported, report };
}

let browser: Browser;
beforeAll(async () => {
    browser = await launchChromium();
});
afterAll(async () => {
    await browser?.close();
});

interface Violation {
    id: string;
    impact: string | null;
    help: string;
    nodes: Array<{ target: string[]; failureSummary?: string }>;
}

async function axe(page: Page): Promise<Violation[]> {
    // Once per page: each page is checked in the light theme, then in the dark one.
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
    return page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<{ violations: Violation[] }> } }).axe.run(
            document,
            {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
                resultTypes: ['violations']
            }
        );
        return result.violations.map(v => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.map(n => ({ target: n.target, failureSummary: n.failureSummary }))
        }));
    });
}

/**
 * A view opened once for both themes (a page costs more than its check): `show` switches it
 * to a theme as the reader's browser or VS Code does, without loading it again.
 */
interface OpenView {
    readonly page: Page;
    show(theme: Theme): Promise<void>;
}

/** A standalone page as a browser opens it, with the reader's preferred colour scheme. */
async function openStandalone(html: string, theme: Theme): Promise<OpenView> {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, colorScheme: theme, bypassCSP: true });
    await page.route('**/*', route =>
        route.request().url() === `${origin}/page.html` ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }) : route.abort()
    );
    await page.goto(`${origin}/page.html`, { waitUntil: 'load' });
    return { page, show: colorScheme => page.emulateMedia({ colorScheme }) };
}

/** The preview webview as VS Code shows it: the shell, its script, the theme's variables, the body the extension sends. */
async function openPreview(model: PlanViewModel, theme: Theme): Promise<OpenView> {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 }, colorScheme: theme, bypassCSP: true });
    const shell = renderWebviewShell({ uri: model.uri, title: 'Preview', cspSource: origin, nonce: 'n0nce', scriptUri: `${origin}/preview.js` });
    await page.route('**/*', route => {
        const url = route.request().url();
        if (url === `${origin}/index.html`) return route.fulfill({ contentType: 'text/html', body: shell });
        if (url === `${origin}/preview.js`) return route.fulfill({ contentType: 'text/javascript', body: previewScript });
        return route.abort();
    });
    const { kind, colors } = themes[theme];
    await page.addInitScript(
        ({ kind, colors }) => {
            (window as unknown as { acquireVsCodeApi: () => unknown }).acquireVsCodeApi = () => ({
                postMessage: () => undefined,
                getState: () => undefined,
                setState: () => undefined
            });
            document.addEventListener('DOMContentLoaded', () => {
                document.body.classList.add(kind);
                for (const [name, value] of Object.entries(colors)) document.documentElement.style.setProperty(`--vscode-${name}`, value);
            });
        },
        { kind, colors }
    );
    await page.goto(`${origin}/index.html`, { waitUntil: 'load' });
    await page.evaluate(html => window.postMessage({ type: 'render', html }, '*'), renderHtmlBody(model));
    await page.waitForFunction(() => !document.querySelector('#root > p.empty'));
    // As VS Code changes a webview's theme: the body's class and the `--vscode-*` colours.
    const show = async (next: Theme) => {
        await page.evaluate(
            ({ kind, colors, kinds }) => {
                document.body.classList.remove(...kinds);
                document.body.classList.add(kind);
                for (const [name, value] of Object.entries(colors)) document.documentElement.style.setProperty(`--vscode-${name}`, value);
            },
            { ...themes[next], kinds: Object.values(themes).map(known => known.kind) }
        );
        await page.emulateMedia({ colorScheme: next });
    };
    return { page, show };
}

function describeViolations(violations: Violation[]): string[] {
    return violations.map(
        v =>
            `${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} element(s), e.g. ${v.nodes
                .slice(0, 3)
                .map(n => n.target.join(' '))
                .join(', ')}`
    );
}

describe.each(examples.map(file => [file.slice(root.length + 1), file]))('accessibility of %s', (name, file) => {
    let pages: Pages;
    /** The three views, opened by the first theme's test and shown in the other's. */
    const opened = new Map<string, OpenView>();
    beforeAll(async () => {
        pages = await pagesOf(file);
    });
    afterAll(async () => {
        for (const view of opened.values()) await view.page.close();
    });

    test.each(['light', 'dark'] as const)('in the %s theme: export, report and preview have no axe violation', async theme => {
        const found: Record<string, string[]> = {};
        const views: Array<[string, () => Promise<OpenView>]> = [
            ['export html', () => openStandalone(pages.exported, theme)],
            ['report', () => openStandalone(pages.report, theme)],
            ['preview', () => openPreview(pages.model, theme)]
        ];
        for (const [view, open] of views) {
            let shown = opened.get(view);
            if (shown) await shown.show(theme);
            else {
                shown = await open();
                opened.set(view, shown);
            }
            const { page } = shown;
            // Charts are images to assistive technology: each needs its data in words.
            const silentCharts = await page.evaluate(() =>
                [...document.querySelectorAll('svg[role="img"]')]
                    .filter(svg => !svg.querySelector(':scope > desc')?.textContent?.trim())
                    .map(svg => svg.getAttribute('class') ?? 'svg')
            );
            if (silentCharts.length > 0) found[`${view} charts without a text equivalent`] = silentCharts;
            const violations = await axe(page);
            if (violations.length > 0) {
                found[view] = describeViolations(violations);
                writeFileSync(
                    join(testOutput, `a11y-${name.replace(/[/\\.]/g, '_')}-${view.replace(' ', '-')}-${theme}.json`),
                    JSON.stringify(violations, null, 2)
                );
            }
        }
        expect(found).toEqual({});
    });
});
