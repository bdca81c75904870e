import type { PlanViewModel } from '../../view-model/plan-view-model.js';
import { attr, escapeHtml } from '../escape.js';
import { renderHeader } from './header-section.js';
import type { HtmlSection } from './html-section.js';
import { htmlSections } from './html-sections.js';
import { printCss, themeCss } from './styles.js';
import { impactStyles } from '../../impact/render/impact-styles.js';

/**
 * The plan's page body (header, navigation, sections) — what the webview shows and what the
 * standalone export wraps. Every plan string is escaped by the sections.
 */
export function renderHtmlBody(model: PlanViewModel, sections: readonly HtmlSection[] = htmlSections): string {
    const shown = sections.filter(section => section.applies(model));
    const nav = shown.map(section => `<a ${attr('href', `#${section.id}`)}>${escapeHtml(section.label)}</a>`).join('');
    const body = shown.map(section => `<section ${attr('id', section.id)}>\n${section.render(model)}\n</section>`).join('\n');
    return `<main>
${renderHeader(model)}
<nav class="sections" aria-label="Sections">${nav}</nav>
${body}
</main>`;
}

/** The CSS of the page: theme-aware rules plus the print stylesheet. */
export function pageCss(): string {
    return themeCss + impactStyles + printCss;
}

export interface StandaloneOptions {
    /** A line at the bottom, e.g. which tool and version made the file. */
    readonly footer?: string;
}

/**
 * One self-contained HTML file to mail to a sponsor: light theme (no VS Code variables are
 * defined outside the editor), print stylesheet, no scripts and nothing fetched — its CSP
 * forbids everything but the inline stylesheet.
 */
export function renderStandaloneHtml(model: PlanViewModel, options: StandaloneOptions = {}): string {
    const title = model.plan ? (model.plan.title ?? model.plan.name) : 'Plan';
    const footer = options.footer ? `\n<footer>${escapeHtml(options.footer)}</footer>` : '';
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(title)} — value matrix</title>
<style>${pageCss()}</style>
</head>
<body class="standalone">
${renderHtmlBody(model)}${footer}
</body>
</html>
`;
}
