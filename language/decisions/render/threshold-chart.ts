import { formatCompact, formatNumber } from '../../impact/amounts.js';
import { formatDay, parseDay } from '../../impact/dates.js';
import { timeScale } from '../../impact/render/time-scale.js';
import { escapeHtml } from '../../render/escape.js';
import type { DecisionMetricView } from '../decisions-view.js';

const WIDTH = 260;
const HEIGHT = 110;
const LEFT = 44;
const RIGHT = 8;
const TOP = 10;
const BOTTOM = 22;

/**
 * A small chart of one metric a decision uses: its values over time (solid line) and each
 * threshold as a horizontal line (dashed, red when it is not met), so the owner sees at a
 * glance how far the figures are from what the decision needs.
 */
export function renderThresholdChart(metric: DecisionMetricView): string {
    const points = metric.series
        .map(point => ({ day: parseDay(point.date), value: point.value }))
        .filter((point): point is { day: number; value: number } => point.day !== undefined);
    const label = escapeHtml(metric.title ?? metric.name);
    if (points.length === 0 && metric.thresholds.length === 0) {
        return metric.latest === null ? `<p class="chart-empty">${label}: no value yet.</p>` : '';
    }
    const values = [...points.map(p => p.value), ...metric.thresholds.map(t => t.value)];
    const { minDay, maxDay, minValue, maxValue, x, y } = timeScale(
        points.map(p => p.day),
        values,
        { width: WIDTH, height: HEIGHT, left: LEFT, right: RIGHT, top: TOP, bottom: BOTTOM }
    );
    const axis =
        `<path class="axis" d="M${LEFT} ${TOP}V${HEIGHT - BOTTOM}H${WIDTH - RIGHT}"/>` +
        `<text class="tick" x="${LEFT - 4}" y="${(y(maxValue) + 4).toFixed(1)}" text-anchor="end">${formatCompact(maxValue)}</text>` +
        `<text class="tick" x="${LEFT - 4}" y="${(y(minValue) + 4).toFixed(1)}" text-anchor="end">${formatCompact(minValue)}</text>` +
        (points.length
            ? `<text class="tick" x="${LEFT}" y="${HEIGHT - 6}">${formatDay(minDay).slice(0, 7)}</text>` +
              `<text class="tick" x="${WIDTH - RIGHT}" y="${HEIGHT - 6}" text-anchor="end">${formatDay(maxDay).slice(0, 7)}</text>`
            : '');
    const thresholds = metric.thresholds
        .map(threshold => {
            const at = y(threshold.value).toFixed(1);
            const state = threshold.met === false ? 'not met' : threshold.met ? 'met' : 'no value yet';
            return (
                `<path class="threshold-line${threshold.met === false ? ' unmet' : ''}" d="M${LEFT} ${at}H${WIDTH - RIGHT}">` +
                `<title>Threshold ${escapeHtml(threshold.op)} ${formatNumber(threshold.value)} (${state})</title></path>`
            );
        })
        .join('');
    const line =
        points.length > 1
            ? `<path class="actual-line" d="${points.map((p, i) => `${i ? 'L' : 'M'}${x(p.day).toFixed(1)} ${y(p.value).toFixed(1)}`).join('')}"/>`
            : '';
    const dots = points
        .map(
            p =>
                `<circle class="actual-dot" cx="${x(p.day).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="2.5"><title>${formatDay(p.day)}: ${formatNumber(p.value)}</title></circle>`
        )
        .join('');
    const summary = metric.thresholds.map(t => `threshold ${t.op} ${formatNumber(t.value)}`).join(', ');
    return (
        `<svg class="threshold-chart" role="img" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" xmlns="http://www.w3.org/2000/svg">` +
        `<title>${label}: values over time${summary ? ` against the ${escapeHtml(summary)}` : ''}</title>` +
        axis +
        thresholds +
        line +
        dots +
        `</svg>`
    );
}
