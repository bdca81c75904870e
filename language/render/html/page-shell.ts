import type { ErrorBanner } from '../error-banner.js';
import { attr, escapeHtml } from '../escape.js';
import { errorBannerCss, renderErrorBanner } from './error-banner-html.js';

/**
 * The one shell of every page cop writes: the standalone pages (`cop export --format html`,
 * `cop report`) and the editor's preview webview. One Content Security Policy, built here:
 * nothing by default and nothing fetched; a standalone page has only its inline stylesheet
 * and data: images, no scripts, and the light colour scheme (no VS Code variables outside
 * the editor); the webview adds its one script and its stylesheet by nonce (VS Code's webview
 * guide) and takes its colours from the editor's theme. The error banner comes first when
 * the plan has errors.
 */
export interface PageParts {
    /** The document title, plain text. */
    readonly title: string;
    readonly css: string;
    /** HTML, already escaped by its renderer. */
    readonly body: string;
    readonly bodyClass?: string;
    /** `data-*` attributes of the body (plain text values), e.g. the plan URI for the webview script. */
    readonly bodyData?: Readonly<Record<string, string>>;
    readonly banner?: ErrorBanner;
    /** A plain-text line at the bottom, e.g. which tool and version made the file. */
    readonly footer?: string;
    /** In a VS Code webview: the script that fills the page, and what the CSP allows for it. */
    readonly webview?: WebviewParts;
}

export interface WebviewParts {
    /** `webview.cspSource`. */
    readonly cspSource: string;
    readonly nonce: string;
    /** The webview URI of the page's script. */
    readonly scriptUri: string;
}

export const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** The Content Security Policy of a page: a standalone page's, or a webview's with its nonce. */
export function contentSecurityPolicy(webview?: WebviewParts): string {
    if (!webview) return PAGE_CSP;
    const { cspSource, nonce } = webview;
    return [
        "default-src 'none'",
        `img-src ${cspSource} data:`,
        `font-src ${cspSource}`,
        `style-src ${cspSource} 'nonce-${nonce}'`,
        `script-src 'nonce-${nonce}'`
    ].join('; ');
}

export function renderPage(parts: PageParts): string {
    const { webview } = parts;
    const footer = parts.footer ? `\n<footer>${escapeHtml(parts.footer)}</footer>` : '';
    const banner = renderErrorBanner(parts.banner);
    // A webview follows the editor's theme; a standalone page is drawn light.
    const colorScheme = webview ? '' : '\n<meta name="color-scheme" content="light">';
    const styleNonce = webview ? ` ${attr('nonce', webview.nonce)}` : '';
    const script = webview ? `\n<script ${attr('nonce', webview.nonce)} ${attr('src', webview.scriptUri)}></script>` : '';
    const bodyAttributes = [
        parts.bodyClass ? ` ${attr('class', parts.bodyClass)}` : '',
        ...Object.entries(parts.bodyData ?? {}).map(([name, value]) => ` ${attr(`data-${name}`, value)}`)
    ].join('');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" ${attr('content', contentSecurityPolicy(webview))}>
<meta name="viewport" content="width=device-width, initial-scale=1">${colorScheme}
<title>${escapeHtml(parts.title)}</title>
<style${styleNonce}>${parts.css}${errorBannerCss}</style>
</head>
<body${bodyAttributes}>
${banner ? `${banner}\n` : ''}${parts.body}${footer}${script}
</body>
</html>
`;
}
