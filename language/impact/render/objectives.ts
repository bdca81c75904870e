import { formatNumber } from '../amounts.js';
import type { ImpactView, ObjectiveView } from '../impact-view.js';
import { escapeHtml } from '../../render/escape.js';
import { operatorText, statusLabels } from './html.js';

/** Objectives with their score and a bar per key result (its score: the share of the way from start to target). */
export function renderObjectives(view: ImpactView): string {
    if (view.objectives.length === 0) return '';
    return `<div class="objectives">${view.objectives.map(renderObjective).join('')}</div>`;
}

/** `Score 80 %` with how many key results it is the mean of, when not all. */
export function objectiveScoreText(objective: ObjectiveView): string {
    if (objective.score === null) return 'Not scored yet (no actuals)';
    const of = objective.scored < objective.keys.length ? ` (${objective.scored} of ${objective.keys.length} key results scored)` : '';
    return `Score ${formatNumber(objective.score, true)}${of}`;
}

function renderObjective(objective: ObjectiveView): string {
    const keys = objective.keys
        .map(key => {
            const share = key.score ?? 0;
            const status = key.status ?? 'none';
            const subject = key.subjectTitle ?? key.subject;
            return (
                `<li class="key-result status-${status}">` +
                `<span class="key-text">${escapeHtml(subject)} ${operatorText(key.op)} ${formatNumber(key.value ?? undefined, key.percent)}${key.by ? ` by ${escapeHtml(key.by)}` : ''}</span>` +
                // An SVG bar, not a styled span: the preview's CSP forbids inline style attributes.
                `<svg class="progress" role="progressbar" aria-label="Score of ${escapeHtml(subject)}" aria-valuemin="0" aria-valuemax="100" aria-valuenow="${Math.round(share * 100)}" viewBox="0 0 100 10" width="160" height="10" preserveAspectRatio="none" xmlns="http://www.w3.org/2000/svg">` +
                `<rect class="progress-track" x="0" y="0" width="100" height="10" rx="5"/><rect class="progress-fill" x="0" y="0" width="${(share * 100).toFixed(1)}" height="10" rx="5"/></svg>` +
                `<span class="key-status">${key.score !== null ? `${formatNumber(key.score, true)} · ` : ''}${key.status ? statusLabels[key.status] : ''}${key.latest !== null ? ` · latest ${formatNumber(key.latest, key.percent)}` : ''}</span>` +
                `</li>`
            );
        })
        .join('');
    return `<article class="objective" data-objective="${escapeHtml(objective.name)}"><h3>${escapeHtml(objective.title ?? objective.name)} <small class="objective-score">${escapeHtml(objectiveScoreText(objective))}</small></h3><ul>${keys}</ul></article>`;
}
