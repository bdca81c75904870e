import { codeSpan, escapeMarkdown } from '../../render/markdown/escape-markdown.js';
import { formatNumber } from '../amounts.js';
import type { ForecastView, ImpactView } from '../impact-view.js';
import { operatorText, statusLabels } from './html.js';
import { objectiveScoreText } from './objectives.js';
import { driverTitle } from '../../funding/funding-view.js';

/** `698 by 2027-06, short 302`, or `—` without a forecast. */
function forecastCell(forecast: ForecastView | null, percent = false, unit = ''): string {
    if (!forecast) return '—';
    const short = forecast.shortfall > 0 ? `, short ${formatNumber(forecast.shortfall, percent)}${unit}` : ', reaches the target';
    return `${formatNumber(forecast.projected, percent)}${unit} by ${escapeMarkdown(forecast.by)}${short}`;
}

/**
 * The impact layer as Markdown lines: kpis as a table (value, range, status, forecast,
 * evidence grade, top driver) and their formulas, each adjusted kpi from gross to net,
 * experiments, indicators with actuals and forecasts, assumptions with their evidence,
 * stories, objectives with their scores and key-result status.
 */
export function impactMarkdown(view: ImpactView): string[] {
    const out: string[] = ['## Impact', '', `_As of ${view.asOf}._`, ''];
    const status = (value: string | null) => (value ? statusLabels[value] : '—');
    const target = (goal: { op: string; value: number; by: string | null } | null, percent = false) =>
        goal ? `${operatorText(goal.op)} ${formatNumber(goal.value, percent)}${goal.by ? ` by ${goal.by}` : ''}` : '—';
    const adjustments: string[] = [];
    if (view.kpis.length > 0) {
        out.push(
            '| Kpi | Value | Planned | Range | Target | Status | Forecast | Evidence | Top driver |',
            '| --- | ---: | ---: | --- | --- | --- | --- | --- | --- |'
        );
        for (const kpi of view.kpis) {
            const unit = kpi.unit ? ` ${escapeMarkdown(kpi.unit)}` : '';
            const range = kpi.low !== null && kpi.high !== null ? `${formatNumber(kpi.low)} – ${formatNumber(kpi.high)}` : 'unbounded';
            const driver = kpi.drivers[0]
                ? `${escapeMarkdown(driverTitle(view, kpi.drivers[0].assumption))} (${formatNumber(kpi.drivers[0].low)} – ${formatNumber(kpi.drivers[0].high)})`
                : '—';
            out.push(
                `| **${escapeMarkdown(kpi.title ?? kpi.name)}** | ${kpi.value === null ? 'no data' : formatNumber(kpi.value) + unit} | ${formatNumber(kpi.planned ?? undefined)} | ${range} | ${target(kpi.target)} | ${status(kpi.status)} | ${forecastCell(kpi.forecast, false, unit)} | ${kpi.grade} | ${driver} |`
            );
            const adjusted = kpi.shares.length > 0 && kpi.gross !== null;
            if (adjusted)
                adjustments.push(
                    `- **${escapeMarkdown(kpi.title ?? kpi.name)}**: gross ${formatNumber(kpi.gross!)}${kpi.shares.map(share => ` − ${share.kind} ${share.low === share.high ? formatNumber(share.point, true) : `${formatNumber(share.low, true)}–${formatNumber(share.high, true)}`}`).join('')} = net ${formatNumber(kpi.value ?? undefined)}`
                );
        }
        out.push('');
        for (const kpi of view.kpis.filter(kpi => kpi.formula !== null)) out.push(`- **${escapeMarkdown(kpi.title ?? kpi.name)}** = ${codeSpan(kpi.formula!)}`);
        out.push('');
    }
    if (adjustments.length > 0) out.push('### From gross to net', '', ...adjustments, '');
    if (view.experiments.length > 0) {
        out.push(
            '### Experiments',
            '',
            '| Experiment | Uplift | 95% interval | n treatment | n control | Significant |',
            '| --- | ---: | --- | ---: | ---: | --- |'
        );
        for (const e of view.experiments) {
            const percent = e.form === 'proportion';
            const uplift = e.uplift === null ? 'none' : formatNumber(e.uplift, percent);
            const interval = e.low === null || e.high === null ? '—' : `${formatNumber(e.low, percent)} to ${formatNumber(e.high, percent)}`;
            out.push(
                `| ${escapeMarkdown(e.title ?? e.name)} | ${uplift} | ${interval} | ${e.treatment ? formatNumber(e.treatment.n) : '—'} | ${e.control ? formatNumber(e.control.n) : '—'} | ${e.uplift === null ? '—' : e.significant ? 'yes' : 'no'} |`
            );
        }
        out.push('');
    }
    const measured = view.indicators.filter(indicator => indicator.actuals.length > 0 || indicator.target);
    if (measured.length > 0) {
        out.push('| Indicator | Latest | Target | Status | Forecast |', '| --- | --- | --- | --- | --- |');
        for (const indicator of measured) {
            const latest = indicator.latest
                ? `${formatNumber(indicator.latest.value, indicator.percent)} (${escapeMarkdown(indicator.latest.date)})${indicator.stale ? ' ⚠ stale' : ''}`
                : 'no actuals';
            out.push(
                `| ${escapeMarkdown(indicator.title ?? indicator.name)} | ${latest} | ${target(indicator.target, indicator.percent)} | ${status(indicator.status)} | ${forecastCell(indicator.forecast, indicator.percent)} |`
            );
        }
        out.push('');
    }
    if (view.assumptions.length > 0) {
        out.push('### Assumptions', '');
        for (const a of view.assumptions) {
            const range = a.low !== null && a.high !== null ? ` (range ${formatNumber(a.low, a.percent)} – ${formatNumber(a.high, a.percent)})` : '';
            out.push(
                `- **${escapeMarkdown(a.title ?? a.name)}**: ${formatNumber(a.value ?? undefined, a.percent)}${a.unit ? ' ' + escapeMarkdown(a.unit) : ''}${range}. Source: ${a.source ? escapeMarkdown(a.source) : '_none given_'}. Evidence: ${a.grade}${a.from ? ` (from ${escapeMarkdown(a.from)})` : ''}.`
            );
        }
        out.push('');
    }
    if (view.stories.length > 0) {
        out.push('### Stories', '');
        for (const story of view.stories) {
            out.push(
                `- **${escapeMarkdown(story.title ?? story.name)}** (${escapeMarkdown(story.date ?? 'undated')}; ${story.tags.length ? story.tags.map(escapeMarkdown).join(', ') : 'untagged'}): ${escapeMarkdown(story.text ?? '')}`
            );
        }
        out.push('');
    }
    if (view.objectives.length > 0) {
        out.push('### Objectives', '');
        for (const objective of view.objectives) {
            out.push(`- **${escapeMarkdown(objective.title ?? objective.name)}** — ${escapeMarkdown(objectiveScoreText(objective))}`);
            for (const key of objective.keys) {
                const score = key.score === null ? ' — not scored yet' : ` — score ${formatNumber(key.score, true)}`;
                out.push(
                    `  - ${escapeMarkdown(key.subjectTitle ?? key.subject)} ${operatorText(key.op)} ${formatNumber(key.value ?? undefined, key.percent)}${key.by ? ` by ${key.by}` : ''}: ${status(key.status)}${score}`
                );
            }
        }
        out.push('');
    }
    return out;
}
