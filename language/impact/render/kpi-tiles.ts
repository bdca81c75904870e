import { formatNumber } from '../amounts.js';
import type { ImpactView, KpiView } from '../impact-view.js';
import { escapeHtml } from '../../render/escape.js';
import { operatorText, statusLabels } from './html.js';

/** One tile per kpi: status colour, value (or planned value), low–high range, target. */
export function renderKpiTiles(view: ImpactView): string {
    if (view.kpis.length === 0) return '<p class="impact-empty">No kpis yet: add a <code>kpi</code> with a formula.</p>';
    return `<div class="kpi-tiles">${view.kpis.map(renderTile).join('')}</div>`;
}

export function renderTile(kpi: KpiView): string {
    const status = kpi.status ?? 'none';
    const unit = kpi.unit ? ` <span class="kpi-unit">${escapeHtml(kpi.unit)}</span>` : '';
    const value =
        kpi.value !== null
            ? `${formatNumber(kpi.value)}${unit}`
            : kpi.planned !== null
              ? `<span class="kpi-planned-only">planned ${formatNumber(kpi.planned)}</span>${unit}`
              : 'no data';
    const range =
        kpi.low !== null && kpi.high !== null && kpi.low !== kpi.high
            ? `<p class="kpi-range">range ${formatNumber(kpi.low)} – ${formatNumber(kpi.high)}</p>`
            : kpi.low === null && kpi.high === null && kpi.value !== null
              ? '<p class="kpi-range">range unbounded</p>'
              : '';
    const target = kpi.target
        ? `<p class="kpi-target">target ${operatorText(kpi.target.op)} ${formatNumber(kpi.target.value)}${kpi.target.by ? ` by ${escapeHtml(kpi.target.by)}` : ''}</p>`
        : '';
    const planned = kpi.value !== null && kpi.planned !== null ? `<p class="kpi-planned">planned ${formatNumber(kpi.planned)}</p>` : '';
    return (
        `<article class="kpi-tile status-${status}" data-kpi="${escapeHtml(kpi.name)}">` +
        `<h3>${escapeHtml(kpi.title ?? kpi.name)}</h3>` +
        `<p class="kpi-value">${value}</p>${range}${planned}${target}` +
        `<p class="kpi-status">${kpi.status ? statusLabels[kpi.status] : 'no target'}</p>` +
        `</article>`
    );
}
