import type { ErrorBanner } from '../error-banner.js';
import { escapeHtml } from '../escape.js';
import { errorBannerCss, renderErrorBanner } from './error-banner-html.js';

/**
 * The one shell of every standalone page cop writes (`cop export --format html`, `cop
 * report`): one Content Security Policy — no scripts and nothing fetched, only the inline
 * stylesheet and data: images — the light colour scheme (no VS Code variables outside the
 * editor), and the error banner first when the plan has errors.
 */
export interface PageParts {
    /** The document title, plain text. */
    readonly title: string;
    readonly css: string;
    /** HTML, already escaped by its renderer. */
    readonly body: string;
    readonly bodyClass?: string;
    readonly banner?: ErrorBanner;
    /** A plain-text line at the bottom, e.g. which tool and version made the file. */
    readonly footer?: string;
}

export const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export function renderPage(parts: PageParts): string {
    const footer = parts.footer ? `\n<footer>${escapeHtml(parts.footer)}</footer>` : '';
    const banner = renderErrorBanner(parts.banner);
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(parts.title)}</title>
<style>${parts.css}${errorBannerCss}</style>
</head>
<body${parts.bodyClass ? ` class="${escapeHtml(parts.bodyClass)}"` : ''}>
${banner ? `${banner}\n` : ''}${parts.body}${footer}
</body>
</html>
`;
}
