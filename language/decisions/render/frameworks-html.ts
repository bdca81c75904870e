import { formatNumber } from '../../impact/amounts.js';
import { operatorText, statusLabels } from '../../impact/render/html.js';
import { attr, escapeHtml } from '../../render/escape.js';
import type { DecisionsView } from '../decisions-view.js';

const perspectiveLabels: Record<string, string> = {
    financial: 'Financial',
    customer: 'Customer',
    process: 'Internal process',
    learning: 'Learning and growth'
};

/** A score 0..1 as a percentage and a bar (told in words too). */
function scoreBar(score: number | null, label: string): string {
    if (score === null) return '<span class="score none">no score yet</span>';
    const width = Math.round(score * 100);
    return (
        `<span class="score">${formatNumber(score, true)}</span>` +
        // The score is in words just before it, so the bar is decoration to assistive technology.
        `<svg class="progress" aria-hidden="true" data-label="${escapeHtml(label)}" viewBox="0 0 100 10" width="100" height="10" xmlns="http://www.w3.org/2000/svg">` +
        `<rect class="progress-track" width="100" height="10"/><rect class="progress-fill" width="${width}" height="10"/></svg>`
    );
}

/** The OKR view: each objective with its score, its key results with theirs (Part 3's rule). */
export function renderOkr(view: DecisionsView): string {
    if (view.okr.length === 0)
        return '<div class="impact"><h2>OKR</h2><p class="impact-empty">No objectives yet: add an <code>objective</code> with <code>key</code> results.</p></div>';
    const objectives = view.okr
        .map(
            objective =>
                `<article class="okr-objective" ${attr('data-objective', objective.name)}>` +
                `<h3>${escapeHtml(objective.title ?? objective.name)} ${scoreBar(objective.score, objective.title ?? objective.name)}</h3>` +
                `<ul>${objective.keys
                    .map(
                        key =>
                            `<li class="key-result status-${key.status ?? 'none'}"><span>${escapeHtml(key.subjectTitle ?? key.subject)} ${operatorText(key.op)} ${key.value === null ? '?' : formatNumber(key.value)}${key.by ? ` by ${escapeHtml(key.by)}` : ''}</span>` +
                            `${scoreBar(key.score, key.subjectTitle ?? key.subject)}<span class="key-status">${key.status ? statusLabels[key.status] : 'no target'}</span></li>`
                    )
                    .join('')}</ul>` +
                `</article>`
        )
        .join('');
    return `<div class="impact okr"><h2>OKR</h2><p class="impact-as-of">As of ${escapeHtml(view.asOf)}.</p>${objectives}</div>`;
}

/** The Balanced Scorecard: the four perspectives, each with its metrics and their statuses. */
export function renderScorecard(view: DecisionsView): string {
    const groups = view.scorecard
        .map(
            group =>
                `<article class="perspective" ${attr('data-perspective', group.perspective)}>` +
                `<h3>${perspectiveLabels[group.perspective]}</h3>` +
                (group.metrics.length === 0
                    ? `<p class="empty missing">No indicator or kpi yet: add <code>perspective ${group.perspective}</code> to one.</p>`
                    : `<ul>${group.metrics
                          .map(
                              metric =>
                                  `<li class="status-${metric.status ?? 'none'}">${escapeHtml(metric.title ?? metric.name)}` +
                                  `<span class="metric-latest">${metric.latest === null ? 'no value yet' : formatNumber(metric.latest)}</span>` +
                                  `<span class="key-status">${metric.status ? statusLabels[metric.status] : 'no target'}</span></li>`
                          )
                          .join('')}</ul>`) +
                `</article>`
        )
        .join('');
    return `<div class="impact scorecard"><h2>Balanced Scorecard</h2><div class="perspectives">${groups}</div></div>`;
}
