import { formatCompact, formatNumber } from '../amounts.js';
import type { KpiView } from '../impact-view.js';
import { escapeHtml } from '../../render/escape.js';

const WIDTH = 520;
const HEIGHT = 170;
const PAD = { top: 20, right: 12, bottom: 34, left: 12 };

/** One bar of the waterfall: from `from` to `to` (a step down for an adjustment). */
interface Step {
    readonly label: string;
    readonly kind: 'gross' | 'adjustment' | 'net';
    readonly from: number;
    readonly to: number;
    /** `10%`, `20%–40%` for an adjustment. */
    readonly share?: string;
}

/**
 * The steps from a kpi's gross value to its net value: gross, then each adjustment it writes
 * (deadweight, displacement, attribution, at their point values), then net. From actuals, or
 * from the planned value while there are none. None for a kpi without adjustments.
 */
export function waterfallSteps(kpi: KpiView): Step[] {
    if (kpi.shares.length === 0) return [];
    const factor = kpi.shares.reduce((product, share) => product * (1 - share.point), 1);
    const gross = kpi.gross ?? (kpi.planned !== null && factor > 0 ? kpi.planned / factor : null);
    if (gross === null || !Number.isFinite(gross)) return [];
    const steps: Step[] = [{ label: 'gross', kind: 'gross', from: 0, to: gross }];
    let current = gross;
    for (const share of kpi.shares) {
        const next = current * (1 - share.point);
        const written = share.low === share.high ? formatNumber(share.point, true) : `${formatNumber(share.low, true)}–${formatNumber(share.high, true)}`;
        steps.push({ label: share.kind, kind: 'adjustment', from: current, to: next, share: written });
        current = next;
    }
    steps.push({ label: 'net', kind: 'net', from: 0, to: current });
    return steps;
}

/**
 * A kpi's waterfall from gross to net as SVG, with its text equivalent beside it (the same
 * figures as a sentence), so the chart is never the only way to read them.
 */
export function renderWaterfall(kpi: KpiView): string {
    const steps = waterfallSteps(kpi);
    if (steps.length === 0) return '';
    const values = steps.flatMap(step => [step.from, step.to]);
    const min = Math.min(0, ...values);
    let max = Math.max(0, ...values);
    if (max === min) max = min + 1;
    const plotHeight = HEIGHT - PAD.top - PAD.bottom;
    const y = (value: number) => PAD.top + ((max - value) / (max - min)) * plotHeight;
    const slot = (WIDTH - PAD.left - PAD.right) / steps.length;
    const bars = steps
        .map((step, index) => {
            const x = PAD.left + index * slot + slot * 0.15;
            const width = slot * 0.7;
            const top = y(Math.max(step.from, step.to));
            const height = Math.max(1, Math.abs(y(step.from) - y(step.to)));
            const amount = step.kind === 'adjustment' ? `−${formatCompact(step.from - step.to)}` : formatCompact(step.to);
            const title =
                step.kind === 'adjustment'
                    ? `${step.label} ${step.share}: ${formatNumber(step.from)} to ${formatNumber(step.to)}`
                    : `${step.label}: ${formatNumber(step.to)}`;
            return (
                `<g class="waterfall-step waterfall-${step.kind}" data-step="${escapeHtml(step.label)}">` +
                `<rect class="waterfall-bar" x="${x.toFixed(1)}" y="${top.toFixed(1)}" width="${width.toFixed(1)}" height="${height.toFixed(1)}"><title>${escapeHtml(title)}</title></rect>` +
                `<text class="waterfall-amount" x="${(x + width / 2).toFixed(1)}" y="${(top - 4).toFixed(1)}" text-anchor="middle">${amount}</text>` +
                `<text class="waterfall-label" x="${(x + width / 2).toFixed(1)}" y="${HEIGHT - PAD.bottom + 14}" text-anchor="middle">${escapeHtml(step.label)}</text>` +
                (step.share
                    ? `<text class="waterfall-share" x="${(x + width / 2).toFixed(1)}" y="${HEIGHT - PAD.bottom + 27}" text-anchor="middle">${escapeHtml(step.share)}</text>`
                    : '') +
                `</g>`
            );
        })
        .join('');
    const name = kpi.title ?? kpi.name;
    const [gross, ...rest] = steps;
    const net = rest[rest.length - 1];
    const sentence =
        `Gross ${formatNumber(gross.to)}` +
        rest
            .slice(0, -1)
            .map(step => ` − ${step.label} ${step.share} (${formatNumber(step.from - step.to)})`)
            .join('') +
        ` = net ${formatNumber(net.to)}.`;
    return (
        `<figure class="waterfall">` +
        `<svg class="waterfall-chart" role="img" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" xmlns="http://www.w3.org/2000/svg">` +
        `<title>${escapeHtml(`${name}: from gross to net`)}</title>` +
        // The chart's text equivalent: an image's inner titles are hidden from screen readers.
        `<desc>${escapeHtml(sentence)}</desc>` +
        `<path class="axis" d="M${PAD.left} ${y(0).toFixed(1)}H${WIDTH - PAD.right}"/>` +
        bars +
        `</svg>` +
        `<figcaption class="waterfall-text">${escapeHtml(sentence)}</figcaption>` +
        `</figure>`
    );
}
