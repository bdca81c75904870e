import { formatNumber } from '../../impact/amounts.js';
import { operatorText, statusLabels } from '../../impact/render/html.js';
import { attr, escapeHtml } from '../../render/escape.js';
import type { DecisionView, DecisionsView, NorthStarView } from '../decisions-view.js';
import type { FundingView } from '../../funding/funding-view.js';
import { renderFundingSection } from '../../funding/funding-html.js';
import { decisionStatusLabels } from './decision-labels.js';
import { renderThresholdChart } from './threshold-chart.js';

/** Whether a plan has anything for the Decisions view. */
export function hasDecisions(view: DecisionsView | undefined): view is DecisionsView {
    return view !== undefined && (view.decisions.length > 0 || view.northstar !== null || view.roi !== null);
}

/**
 * The Decisions view, the first the preview and the report open on (seed 004: "start by
 * listing decisions executives must make"): each decision, soonest due first, with its due
 * date, owner, status and a small chart per metric with its threshold line; then the North
 * Star; then the one answer to "is it worth funding?" (funding-html.ts, as in `cop report`).
 */
export function renderDecisionsView(view: DecisionsView, funding: FundingView): string {
    const decisions = view.decisions.length
        ? `<ol class="decision-list">${view.decisions.map(renderDecision).join('')}</ol>`
        : '<p class="impact-empty">No decisions yet: add a <code>decision</code> naming the metrics it uses and their thresholds.</p>';
    return (
        `<div class="impact decisions"><h2>Decisions</h2>` +
        `<p class="impact-as-of">As of ${escapeHtml(view.asOf)}.</p>` +
        decisions +
        (view.northstar ? renderNorthStar(view.northstar) : '') +
        renderFundingSection(funding) +
        `</div>`
    );
}

function renderDecision(decision: DecisionView): string {
    const due = decision.due ? `${decision.overdue ? 'was due' : 'due'} ${escapeHtml(decision.due)}` : 'no due date';
    const metrics = decision.metrics
        .map(metric => {
            const latest =
                metric.latest === null
                    ? 'no value yet'
                    : metric.kind === 'objective'
                      ? `score ${formatNumber(metric.latest)}`
                      : `latest ${formatNumber(metric.latest)}${metric.unit ? ` ${escapeHtml(metric.unit)}` : ''}`;
            const thresholds = metric.thresholds
                .map(
                    t =>
                        `<li class="${t.met === false ? 'unmet' : 'met'}">threshold ${operatorText(t.op)} ${formatNumber(t.value)}: ${t.met === null ? 'no value yet' : t.met ? 'met' : 'not met'}</li>`
                )
                .join('');
            return (
                `<figure class="decision-metric" ${attr('data-metric', metric.name)}>${renderThresholdChart(metric)}` +
                `<figcaption><strong>${escapeHtml(metric.title ?? metric.name)}</strong> · ${latest}${thresholds ? `<ul>${thresholds}</ul>` : ''}</figcaption></figure>`
            );
        })
        .join('');
    const reasons = decision.reasons.length
        ? `<p class="decision-reasons">${decision.reasons.map(reason => escapeHtml(reason.replace(/`/g, ''))).join('; ')}</p>`
        : '';
    return (
        `<li class="decision-card decision-${decision.status}${decision.dueSoon ? ' due-soon' : ''}" ${attr('data-decision', decision.name)}>` +
        `<h3>${escapeHtml(decision.title ?? decision.name)}</h3>` +
        `<p class="decision-meta"><span class="decision-status">${decisionStatusLabels[decision.status]}</span> · ${due}${decision.owner ? ` · owner ${escapeHtml(decision.owner)}` : ''}</p>` +
        reasons +
        `<div class="decision-metrics">${metrics}</div>` +
        `</li>`
    );
}

/**
 * What `cop report` opens with: the decisions due next (soonest first), then the North Star
 * (the report's "is it worth funding?" follows). The same cards as the preview's.
 */
export function renderDecisionsReport(view: DecisionsView): string {
    if (!hasDecisions(view)) return '';
    const decisions = view.decisions.length
        ? `<section id="decisions-due"><h2>Decisions due next</h2><ol class="decision-list">${view.decisions.map(renderDecision).join('')}</ol></section>`
        : '';
    return `<div class="impact decisions">${decisions}${view.northstar ? renderNorthStar(view.northstar) : ''}</div>`;
}

function renderNorthStar(star: NorthStarView): string {
    const unit = star.unit ? ` <span class="kpi-unit">${escapeHtml(star.unit)}</span>` : '';
    const value = star.latest === null ? 'no value yet' : `${formatNumber(star.latest, star.percent)}${unit}`;
    const target = star.target
        ? `target ${operatorText(star.target.op)} ${formatNumber(star.target.value, star.percent)}${star.target.by ? ` by ${escapeHtml(star.target.by)}` : ''}`
        : 'no target';
    const status = star.status ? ` · <span class="kpi-status">${statusLabels[star.status]}</span>` : '';
    return (
        `<section class="northstar status-${star.status ?? 'none'}" aria-label="North Star"><h3>North Star: ${escapeHtml(star.title ?? star.name)}</h3>` +
        `<p class="northstar-value">${value}</p>` +
        `<p class="kpi-target">${target}${status}</p>` +
        renderTrend(star) +
        `</section>`
    );
}

/** The North Star's trend: a sparkline of its values. */
function renderTrend(star: NorthStarView): string {
    if (star.series.length < 2) return '';
    const values = star.series.map(point => point.value);
    const min = Math.min(...values, star.target?.value ?? Infinity);
    const max = Math.max(...values, star.target?.value ?? -Infinity);
    const span = max - min || 1;
    const x = (i: number) => (4 + (i / (values.length - 1)) * 192).toFixed(1);
    const y = (v: number) => (36 - ((v - min) / span) * 32).toFixed(1);
    const target = star.target
        ? `<path class="target-path" d="M4 ${y(star.target.value)}H196"><title>Target ${formatNumber(star.target.value, star.percent)}</title></path>`
        : '';
    return (
        `<svg class="sparkline" role="img" viewBox="0 0 200 40" width="200" height="40" xmlns="http://www.w3.org/2000/svg"><title>Trend from ${formatNumber(values[0], star.percent)} to ${formatNumber(values[values.length - 1], star.percent)}</title>` +
        target +
        `<path class="actual-line" d="${values.map((v, i) => `${i ? 'L' : 'M'}${x(i)} ${y(v)}`).join('')}"/></svg>`
    );
}
