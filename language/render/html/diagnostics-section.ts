import { attr, escapeHtml } from '../escape.js';
import type { HtmlSection } from './html-section.js';

/** The plan's diagnostics, each clickable to its line (positions are 1-based here). */
export const diagnosticsSection: HtmlSection = {
    id: 'diagnostics',
    label: 'Problems',
    applies: model => model.diagnostics.items.length > 0,
    render(model) {
        const items = model.diagnostics.items
            .map(
                d =>
                    `<li ${attr('class', `diagnostic ${d.severity} reveal`)} ${attr('data-at', `${d.line - 1}:${d.column - 1}`)}><span class="where">${d.line}:${d.column}</span> <span class="severity">${d.severity}</span> <code>${escapeHtml(d.code)}</code> ${escapeHtml(d.message)}</li>`
            )
            .join('');
        return `<h2>Problems</h2><ul class="diagnostics">${items}</ul>`;
    }
};
