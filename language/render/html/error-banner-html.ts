import type { ErrorBanner } from '../error-banner.js';
import { bannerHeadline, bannerMore } from '../error-banner.js';
import { escapeHtml } from '../escape.js';

/** The error banner at the top of a standalone page (export html, report); every plan string escaped. */
export function renderErrorBanner(banner: ErrorBanner | undefined): string {
    if (!banner) return '';
    const items = banner.first
        .map(error => `<li><code class="where">${escapeHtml(`${banner.file}:${error.line}`)}</code> ${escapeHtml(error.message)}</li>`)
        .join('');
    const more = bannerMore(banner);
    return `<div class="error-banner" role="alert" data-errors="${banner.errors}">
<p><strong>${escapeHtml(bannerHeadline(banner))}</strong></p>
<ul>${items}</ul>${more ? `\n<p>${escapeHtml(more)}</p>` : ''}
</div>`;
}

/** The banner's look: the same on every page (it prints too). */
export const errorBannerCss = `
.error-banner { border: 2px solid #cf222e; background: #ffebe9; color: #24292f; border-radius: 6px; padding: 8px 12px; margin: 0 0 16px; }
.error-banner p { margin: 4px 0; } .error-banner ul { margin: 4px 0; padding-left: 1.2em; }
.error-banner code.where { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
@media print { .error-banner { break-inside: avoid; -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
`;
