import { formatCompact, formatNumber } from '../amounts.js';
import type { KpiView } from '../impact-view.js';
import { escapeHtml } from '../../render/escape.js';
import { maxOf, minOf } from '../../model/lists.js';

const WIDTH = 520;
/** Assumption names on the left, then a gutter each side of the bars for their end values. */
const LABEL = 130;
const GUTTER = 60;
const ROW = 26;
const PAD = 24;

/**
 * The drivers of a kpi as a tornado chart: for each assumption, a bar from the kpi's value
 * with the assumption at the low end of its range to its value at the high end, largest
 * swing on top, around a line at the kpi's current (or planned) value.
 */
export function renderTornado(kpi: KpiView): string {
    const drivers = kpi.drivers;
    if (drivers.length === 0) return '';
    const base = kpi.value ?? kpi.planned ?? 0;
    const values = [base, ...drivers.flatMap(d => [d.low, d.high])];
    let min = minOf(values);
    let max = maxOf(values);
    if (min === max) {
        min -= 1;
        max += 1;
    }
    const height = PAD * 2 + drivers.length * ROW;
    const x = (value: number) => LABEL + GUTTER + ((value - min) / (max - min)) * (WIDTH - LABEL - 2 * GUTTER);
    const bars = drivers
        .map((driver, index) => {
            const y = PAD + index * ROW;
            const left = x(Math.min(driver.low, driver.high));
            const right = x(Math.max(driver.low, driver.high));
            return (
                `<g class="driver" data-assumption="${escapeHtml(driver.assumption)}">` +
                `<text class="driver-name" x="${LABEL - 8}" y="${y + ROW / 2 + 4}" text-anchor="end">${escapeHtml(driver.assumption)}</text>` +
                `<rect class="driver-bar" x="${left.toFixed(1)}" y="${y + 4}" width="${Math.max(1, right - left).toFixed(1)}" height="${ROW - 8}"><title>${escapeHtml(driver.assumption)}: ${formatNumber(driver.low)} at its low end, ${formatNumber(driver.high)} at its high end</title></rect>` +
                `<text class="driver-low" x="${(left - 4).toFixed(1)}" y="${y + ROW / 2 + 4}" text-anchor="end">${formatCompact(Math.min(driver.low, driver.high))}</text>` +
                `<text class="driver-high" x="${(right + 4).toFixed(1)}" y="${y + ROW / 2 + 4}">${formatCompact(Math.max(driver.low, driver.high))}</text>` +
                `</g>`
            );
        })
        .join('');
    const baseX = x(base).toFixed(1);
    return (
        `<svg class="tornado-chart" role="img" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" xmlns="http://www.w3.org/2000/svg">` +
        `<title>What moves ${escapeHtml(kpi.title ?? kpi.name)}: each assumption from the low to the high end of its range</title>` +
        // The chart's text equivalent: an image's inner titles are hidden from screen readers.
        `<desc>${escapeHtml(
            `With every assumption at its value: ${formatNumber(base)}. ` +
                drivers
                    .map(driver => `${driver.assumption}: ${formatNumber(driver.low)} at its low end, ${formatNumber(driver.high)} at its high end`)
                    .join('; ') +
                '.'
        )}</desc>` +
        bars +
        `<path class="tornado-base" d="M${baseX} ${PAD - 6}V${height - PAD + 6}"/>` +
        `<text class="tornado-base-label" x="${baseX}" y="${PAD - 10}" text-anchor="middle">${formatNumber(base)}</text>` +
        `</svg>`
    );
}
