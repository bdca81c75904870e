import { formatCompact, formatNumber } from '../amounts.js';
import { formatDay, parseDay } from '../dates.js';
import type { PathView, PointView } from '../impact-view.js';
import { escapeHtml } from '../../render/escape.js';
import { timeScale } from './time-scale.js';

const WIDTH = 420;
const HEIGHT = 180;
const LEFT = 56;
const RIGHT = 16;
const TOP = 14;
const BOTTOM = 28;

export interface LineChartInput {
    readonly title: string;
    readonly points: readonly PointView[];
    readonly path: PathView | null;
    readonly percent?: boolean;
    /** The least-squares trend to the target's `by` date, drawn beside the path. */
    readonly forecast?: PathView | null;
}

/**
 * Actuals over time (solid line with dots) against the straight path from the first
 * actual (or the baseline) to the target at its `by` date (dashed), as the status rule
 * judges them, and the forecast: the least-squares trend of the actuals to the same date
 * (dotted), ending in a marker at the projected value.
 */
export function renderLineChart(input: LineChartInput): string {
    const points = input.points
        .map(point => ({ day: parseDay(point.date), value: point.value }))
        .filter((point): point is { day: number; value: number } => point.day !== undefined);
    const path = input.path && [
        { day: parseDay(input.path.from.date)!, value: input.path.from.value },
        { day: parseDay(input.path.to.date)!, value: input.path.to.value }
    ];
    const trend = input.forecast
        ? [
              { day: parseDay(input.forecast.from.date)!, value: input.forecast.from.value },
              { day: parseDay(input.forecast.to.date)!, value: input.forecast.to.value }
          ]
        : null;
    const all = [...points, ...(path ?? []), ...(trend ?? [])];
    if (all.length === 0) return `<p class="chart-empty">No actuals yet.</p>`;
    const { minDay, maxDay, minValue, maxValue, x, y } = timeScale(
        all.map(p => p.day),
        all.map(p => p.value),
        { width: WIDTH, height: HEIGHT, left: LEFT, right: RIGHT, top: TOP, bottom: BOTTOM }
    );
    const d = (list: readonly { day: number; value: number }[]) =>
        list.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.day).toFixed(1)} ${y(p.value).toFixed(1)}`).join('');
    const value = (v: number) => formatNumber(v, input.percent);
    const axis =
        `<path class="axis" d="M${LEFT} ${TOP}V${HEIGHT - BOTTOM}H${WIDTH - RIGHT}"/>` +
        `<text class="tick" x="${LEFT - 6}" y="${y(maxValue) + 4}" text-anchor="end">${formatCompact(maxValue, input.percent)}</text>` +
        `<text class="tick" x="${LEFT - 6}" y="${y(minValue) + 4}" text-anchor="end">${formatCompact(minValue, input.percent)}</text>` +
        `<text class="tick" x="${LEFT}" y="${HEIGHT - 8}">${formatDay(minDay).slice(0, 7)}</text>` +
        `<text class="tick" x="${WIDTH - RIGHT}" y="${HEIGHT - 8}" text-anchor="end">${formatDay(maxDay).slice(0, 7)}</text>`;
    const target = path ? `<path class="target-path" d="${d(path)}"><title>Straight path to the target</title></path>` : '';
    const end = trend?.[1];
    const forecast =
        trend && end
            ? `<path class="forecast-line" d="${d(trend)}"><title>Forecast: the trend of the actuals leads to ${value(end.value)} by ${formatDay(end.day)}</title></path>` +
              `<circle class="forecast-dot" cx="${x(end.day).toFixed(1)}" cy="${y(end.value).toFixed(1)}" r="3"><title>Forecast for ${formatDay(end.day)}: ${value(end.value)}</title></circle>`
            : '';
    const line = points.length > 0 ? `<path class="actual-line" d="${d(points)}"/>` : '';
    const dots = points
        .map(
            p =>
                `<circle class="actual-dot" cx="${x(p.day).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="3"><title>${formatDay(p.day)}: ${value(p.value)}</title></circle>`
        )
        .join('');
    return (
        `<svg class="line-chart" role="img" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" xmlns="http://www.w3.org/2000/svg">` +
        `<title>${escapeHtml(input.title)}: actuals against the straight path to the target${trend ? ' and the forecast' : ''}</title>` +
        // The chart's text equivalent: an image's inner titles are hidden from screen readers.
        `<desc>${escapeHtml(
            describeLine(
                points.map(p => `${formatDay(p.day)}: ${value(p.value)}`),
                path ? `${formatDay(path[0].day)}: ${value(path[0].value)} to ${formatDay(path[1].day)}: ${value(path[1].value)}` : undefined,
                end ? `${value(end.value)} by ${formatDay(end.day)}` : undefined
            )
        )}</desc>` +
        axis +
        target +
        forecast +
        line +
        dots +
        `</svg>`
    );
}

/** The data of a line chart in words. */
function describeLine(actuals: readonly string[], path: string | undefined, forecast: string | undefined): string {
    const said = actuals.length > 0 ? `Actuals: ${actuals.join('; ')}.` : 'No actuals yet.';
    const withPath = path ? `${said} Straight path to the target: ${path}.` : said;
    return forecast ? `${withPath} Forecast: ${forecast}.` : withPath;
}
