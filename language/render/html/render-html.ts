import type { PlanViewModel } from '../../view-model/plan-view-model.js';
import { attr, escapeHtml } from '../escape.js';
import { renderHeader } from './header-section.js';
import type { HtmlSection } from './html-section.js';
import { htmlSections } from './html-sections.js';
import { errorBannerOf, fileNameOfUri } from '../error-banner.js';
import { renderPage } from './page-shell.js';
import { printCss, themeCss } from './styles.js';
import { decisionStyles } from '../../decisions/render/decision-styles.js';
import { fundingStyles } from '../../funding/funding-styles.js';
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
    return themeCss + impactStyles + decisionStyles + fundingStyles + printCss;
}

export interface StandaloneOptions {
    /** A line at the bottom, e.g. which tool and version made the file. */
    readonly footer?: string;
    /** The plan's file as the error banner names it (default: the file name of its URI). */
    readonly file?: string;
}

/**
 * One self-contained HTML file to mail to a sponsor (page-shell.ts: no scripts, nothing
 * fetched, print stylesheet), opening with the error banner when the plan has errors.
 */
export function renderStandaloneHtml(model: PlanViewModel, options: StandaloneOptions = {}): string {
    const title = model.plan ? (model.plan.title ?? model.plan.name) : 'Plan';
    return renderPage({
        title: `${title} — value matrix`,
        css: pageCss(),
        bodyClass: 'standalone',
        body: renderHtmlBody(model),
        banner: errorBannerOf(options.file ?? fileNameOfUri(model.uri), model.diagnostics.items),
        footer: options.footer
    });
}
