import { formatNumber } from '../impact/amounts.js';
import { operatorText } from '../impact/render/html.js';
import { escapeHtml } from '../render/escape.js';
import type { CountedKpi, ForecastMiss, FundingDriver, FundingView } from './funding-view.js';

const unitText = (unit: string | null): string => (unit ? ` ${escapeHtml(unit)}` : '');

/** ` (low – high)` when the two ends differ, else nothing. */
function rangeText(low: number | null, high: number | null, suffix = ''): string {
    return low !== null && high !== null && low !== high
        ? ` <span class="funding-range">(${formatNumber(low)}${suffix} – ${formatNumber(high)}${suffix})</span>`
        : '';
}

/**
 * The one "Is it worth funding?" section of the preview's Decisions view (or its Impact tab,
 * without one) and of `cop report`, right after the North Star: the ROI and net impact with
 * their ranges and the weakest evidence grade, what would change the answer, the forecasts
 * that miss their targets. Every plan string is escaped.
 */
export function renderFundingSection(view: FundingView): string {
    return (
        `<section id="funding" class="funding" aria-labelledby="funding-title"><h2 id="funding-title">Is it worth funding?</h2>` +
        `<div class="funding-answer">${renderAnswer(view)}${renderDrivers(view.drivers)}</div>` +
        `<div class="funding-misses">${renderMisses(view)}</div>` +
        `</section>`
    );
}

function renderAnswer(view: FundingView): string {
    const parts: string[] = [];
    const roi = view.roi;
    if (roi) {
        const currency = escapeHtml(roi.currency);
        const cost = `a cost of ${roi.cost === null ? 'no value yet' : `${formatNumber(roi.cost)} ${currency}`} (${escapeHtml(roi.costTitle)})`;
        parts.push(
            roi.value === null
                ? `<p class="funding-roi">No return to set against ${cost} yet: no kpi in ${currency} has a value.</p>`
                : `<p class="funding-roi"><strong>${formatNumber(roi.value)}× the cost</strong>${rangeText(roi.low, roi.high, '×')}: ` +
                      `a net return of ${formatNumber(roi.net ?? undefined)} ${currency}${rangeText(roi.netLow, roi.netHigh)} from ${list(view.counted.map(kpi => kpi.title))}, against ${cost}.</p>`
        );
    }
    if (view.counted.length === 0) {
        if (!roi)
            parts.push(
                '<p class="none">No kpi translates an outcome into value yet: add a kpi with <code>translates</code> to say what the community is worth.</p>'
            );
    } else if (view.total && (!roi || roi.value === null)) {
        parts.push(
            `<p class="funding-net">Net impact <strong>${formatNumber(view.total.value)}${unitText(view.total.unit)}</strong>${rangeText(view.total.low, view.total.high)} from ${list(view.counted.map(kpi => kpi.title))}.</p>`
        );
    } else if (!view.total) {
        parts.push(`<ul class="funding-kpis">${view.counted.map(renderCounted).join('')}</ul>`);
    }
    if (view.grade) {
        parts.push(
            `<p class="funding-grade">Weakest evidence: <span class="grade-badge grade-${view.grade}">${view.grade}</span> (${list(view.weakest)}).</p>`
        );
    }
    return parts.join('');
}

function renderCounted(kpi: CountedKpi): string {
    const value = kpi.value === null ? 'no value yet' : `${formatNumber(kpi.value)}${unitText(kpi.unit)}${rangeText(kpi.low, kpi.high)}`;
    return `<li><strong>${escapeHtml(kpi.title)}</strong>: ${value} · evidence ${kpi.grade}</li>`;
}

function renderDrivers(drivers: FundingDriver[]): string {
    if (drivers.length === 0) return '';
    const items = drivers
        .map(driver => {
            const roi =
                driver.roiLow !== null && driver.roiHigh !== null ? ` (${formatNumber(driver.roiLow)}× – ${formatNumber(driver.roiHigh)}× the cost)` : '';
            return `<li><strong>${escapeHtml(driver.title)}</strong>: ${driver.kpi ? `${escapeHtml(driver.kpi)} ` : ''}from ${formatNumber(driver.low)} to ${formatNumber(driver.high)}${unitText(driver.unit)}${roi}</li>`;
        })
        .join('');
    return `<h3>What would change the answer</h3><ol class="funding-drivers">${items}</ol>`;
}

function renderMisses(view: FundingView): string {
    const body = view.misses.length
        ? `<table><thead><tr><th>Forecast that misses its target</th><th class="num">Forecast</th><th>Target</th><th class="num">Short by</th></tr></thead><tbody>${view.misses.map(missRow).join('')}</tbody></table>`
        : view.forecasts
          ? '<p class="none">Every forecast reaches its target at the present pace.</p>'
          : '<p class="none">No forecasts yet: a forecast needs a target with a date and three actuals.</p>';
    return `<h3>Forecasts that miss their targets</h3>${body}`;
}

function missRow(miss: ForecastMiss): string {
    const unit = miss.percent ? '' : unitText(miss.unit);
    const target = `${operatorText(miss.target.op)} ${formatNumber(miss.target.value, miss.percent)}${unit}${miss.target.by ? ` by ${escapeHtml(miss.target.by)}` : ''}`;
    const relative = miss.share !== null ? ` (${formatNumber(miss.share, true)})` : '';
    return (
        `<tr><td>${escapeHtml(miss.title)}</td>` +
        `<td class="num">${formatNumber(miss.forecast.projected, miss.percent)}${unit} by ${escapeHtml(miss.forecast.by)}</td>` +
        `<td>${target}</td>` +
        `<td class="num">${formatNumber(miss.forecast.shortfall, miss.percent)}${unit}${relative}</td></tr>`
    );
}

/** `A`, `A and B`, `A, B and C`, each escaped. */
export function list(titles: readonly string[]): string {
    const escaped = titles.map(escapeHtml);
    return escaped.length <= 1 ? escaped.join('') : `${escaped.slice(0, -1).join(', ')} and ${escaped[escaped.length - 1]}`;
}
