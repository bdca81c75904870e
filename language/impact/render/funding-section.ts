import { formatNumber } from '../amounts.js';
import type { ForecastView, ImpactView } from '../impact-view.js';
import { escapeHtml } from '../../render/escape.js';
import { operatorText } from './html.js';

interface Miss {
    readonly title: string;
    readonly forecast: ForecastView;
    readonly target: { op: string; value: number; by: string | null };
    readonly unit: string | null;
    readonly percent: boolean;
}

/**
 * "Is it worth funding?" of the executive report: where the trends lead. Lists every kpi and
 * indicator whose forecast (the least-squares line of its actuals on its `by` date) falls
 * short of its target, the largest share of the target first, so the sponsor sees what will
 * not be reached at the present pace, not only what is behind today.
 */
export function renderFunding(view: ImpactView): string {
    const misses: Miss[] = [
        ...view.kpis.map(kpi => ({ title: kpi.title ?? kpi.name, forecast: kpi.forecast, target: kpi.target, unit: kpi.unit, percent: false })),
        ...view.indicators.map(i => ({ title: i.title ?? i.name, forecast: i.forecast, target: i.target, unit: i.unit, percent: i.percent }))
    ].filter((item): item is Miss => item.forecast !== null && item.target !== null && item.forecast.shortfall > 0)
        .sort((a, b) => share(b) - share(a));
    const forecasts = view.kpis.filter(k => k.forecast).length + view.indicators.filter(i => i.forecast).length;
    const body = misses.length
        ? `<table><thead><tr><th>Forecast that misses its target</th><th class="num">Forecast</th><th>Target</th><th class="num">Short by</th></tr></thead><tbody>${misses.map(missRow).join('')}</tbody></table>`
        : forecasts
            ? `<p class="none">Every forecast reaches its target at the present pace.</p>`
            : `<p class="none">No forecasts yet: a forecast needs a target with a date and three actuals.</p>`;
    return `<section id="funding"><h2>Is it worth funding?</h2>${body}</section>`;
}

/** The shortfall as a share of the target, so misses of different units compare. */
function share(miss: Miss): number {
    return miss.target.value === 0 ? Infinity : miss.forecast.shortfall / Math.abs(miss.target.value);
}

function missRow(miss: Miss): string {
    const unit = miss.unit && !miss.percent ? ` ${escapeHtml(miss.unit)}` : '';
    const target = `${operatorText(miss.target.op)} ${formatNumber(miss.target.value, miss.percent)}${unit}${miss.target.by ? ` by ${escapeHtml(miss.target.by)}` : ''}`;
    const relative = Number.isFinite(share(miss)) ? ` (${formatNumber(share(miss), true)})` : '';
    return `<tr><td>${escapeHtml(miss.title)}</td>`
        + `<td class="num">${formatNumber(miss.forecast.projected, miss.percent)}${unit} by ${escapeHtml(miss.forecast.by)}</td>`
        + `<td>${target}</td>`
        + `<td class="num">${formatNumber(miss.forecast.shortfall, miss.percent)}${unit}${relative}</td></tr>`;
}
