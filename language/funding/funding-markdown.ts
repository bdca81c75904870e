import { formatNumber } from '../impact/amounts.js';
import { operatorText } from '../impact/render/html.js';
import { escapeMarkdown } from '../render/markdown/escape-markdown.js';
import type { FundingView } from './funding-view.js';

const unitText = (unit: string | null): string => (unit ? ` ${escapeMarkdown(unit)}` : '');
const rangeText = (low: number | null, high: number | null, suffix = ''): string =>
    low !== null && high !== null && low !== high ? ` (${formatNumber(low)}${suffix} – ${formatNumber(high)}${suffix})` : '';
const list = (titles: readonly string[]): string => {
    const escaped = titles.map(escapeMarkdown);
    return escaped.length <= 1 ? escaped.join('') : `${escaped.slice(0, -1).join(', ')} and ${escaped[escaped.length - 1]}`;
};

/**
 * "Is it worth funding?" as Markdown lines, the same answer as the HTML section
 * (funding-html.ts): ROI and net impact with their ranges and weakest evidence grade, what
 * would change the answer, the forecasts that miss their targets.
 */
export function fundingMarkdown(view: FundingView): string[] {
    const out: string[] = ['## Is it worth funding?', ''];
    const roi = view.roi;
    if (roi) {
        const cost = `a cost of ${roi.cost === null ? 'no value yet' : `${formatNumber(roi.cost)} ${escapeMarkdown(roi.currency)}`} (${escapeMarkdown(roi.costTitle)})`;
        out.push(
            roi.value === null
                ? `No return to set against ${cost} yet: no kpi in ${escapeMarkdown(roi.currency)} has a value.`
                : `**${formatNumber(roi.value)}× the cost**${rangeText(roi.low, roi.high, '×')}: a net return of ${formatNumber(roi.net ?? undefined)} ${escapeMarkdown(roi.currency)}${rangeText(roi.netLow, roi.netHigh)} from ${list(view.counted.map(kpi => kpi.title))}, against ${cost}.`,
            ''
        );
    }
    if (view.counted.length === 0) {
        if (!roi) out.push('_No kpi translates an outcome into value yet._', '');
    } else if (view.total && (!roi || roi.value === null)) {
        out.push(
            `Net impact **${formatNumber(view.total.value)}${unitText(view.total.unit)}**${rangeText(view.total.low, view.total.high)} from ${list(view.counted.map(kpi => kpi.title))}.`,
            ''
        );
    } else if (!view.total) {
        for (const kpi of view.counted) {
            out.push(
                `- **${escapeMarkdown(kpi.title)}**: ${kpi.value === null ? 'no value yet' : `${formatNumber(kpi.value)}${unitText(kpi.unit)}${rangeText(kpi.low, kpi.high)}`} · evidence ${kpi.grade}`
            );
        }
        out.push('');
    }
    if (view.grade) out.push(`Weakest evidence: **${view.grade}** (${list(view.weakest)}).`, '');
    if (view.drivers.length > 0) {
        out.push('### What would change the answer', '');
        view.drivers.forEach((driver, index) => {
            const ratio =
                driver.roiLow !== null && driver.roiHigh !== null ? ` (${formatNumber(driver.roiLow)}× – ${formatNumber(driver.roiHigh)}× the cost)` : '';
            out.push(
                `${index + 1}. **${escapeMarkdown(driver.title)}**: ${driver.kpi ? `${escapeMarkdown(driver.kpi)} ` : ''}from ${formatNumber(driver.low)} to ${formatNumber(driver.high)}${unitText(driver.unit)}${ratio}`
            );
        });
        out.push('');
    }
    out.push('### Forecasts that miss their targets', '');
    if (view.misses.length > 0) {
        out.push('| Forecast that misses its target | Forecast | Target | Short by |', '| --- | ---: | --- | ---: |');
        for (const miss of view.misses) {
            const unit = miss.percent ? '' : unitText(miss.unit);
            const target = `${operatorText(miss.target.op)} ${formatNumber(miss.target.value, miss.percent)}${unit}${miss.target.by ? ` by ${escapeMarkdown(miss.target.by)}` : ''}`;
            const share = miss.share !== null ? ` (${formatNumber(miss.share, true)})` : '';
            out.push(
                `| ${escapeMarkdown(miss.title)} | ${formatNumber(miss.forecast.projected, miss.percent)}${unit} by ${escapeMarkdown(miss.forecast.by)} | ${target} | ${formatNumber(miss.forecast.shortfall, miss.percent)}${unit}${share} |`
            );
        }
    } else {
        out.push(
            view.forecasts
                ? '_Every forecast reaches its target at the present pace._'
                : '_No forecasts yet: a forecast needs a target with a date and three actuals._'
        );
    }
    out.push('');
    return out;
}
