import { formatNumber } from '../amounts.js';
import type { ComputedView } from '../../measure/measure-view.js';
import { escapeHtml } from '../../render/escape.js';

/**
 * The mark of a figure computed by `cop measure`: a badge whose hover (and whose text for a
 * screen reader) says where the figures come from — the files, rows counted and excluded,
 * and the query, or that `cop measure --write` has not run yet.
 */
export function renderComputedBadge(computed: ComputedView | undefined): string {
    if (!computed) return '';
    const lineage = computed.lineage;
    const what = computed.form === 'influence' ? 'influence' : `compute ${computed.form}`;
    let detail: string;
    if (!lineage) {
        detail = `Computed from data (${what}); run cop measure --write to compute its figures.`;
    } else {
        const latest = lineage.figures[lineage.figures.length - 1];
        const files = lineage.files.map(file => `${file.file} (${formatNumber(file.rows)} rows, sha256 ${file.sha256.slice(0, 12)}…)`).join('; ');
        const rows =
            latest?.rows == null
                ? ''
                : ` Latest period ${latest.period}: ${formatNumber(latest.rows)} rows counted` +
                  (latest.excluded
                      ? `, ${formatNumber(latest.excluded.consent)} without consent, ${formatNumber(latest.excluded.missing)} missing a required field excluded.`
                      : '.');
        detail = `Computed by cop measure (${what}, DuckDB ${lineage.duckdb}) from ${files}.${rows} Query: ${lineage.query.replace(/\s+/g, ' ').slice(0, 400)}`;
    }
    return ` <span class="computed-badge" title="${escapeHtml(detail)}" aria-label="${escapeHtml(detail)}">computed</span>`;
}
