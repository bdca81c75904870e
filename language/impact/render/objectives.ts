import { formatNumber } from '../amounts.js';
import type { ImpactView, ObjectiveView } from '../impact-view.js';
import { escapeHtml, operatorText, statusLabels } from './html.js';

/** Objectives with a progress bar per key result (share of the way from start to target). */
export function renderObjectives(view: ImpactView): string {
    if (view.objectives.length === 0) return '';
    return `<div class="objectives">${view.objectives.map(renderObjective).join('')}</div>`;
}

function renderObjective(objective: ObjectiveView): string {
    const keys = objective.keys.map(key => {
        const share = key.progress === null ? 0 : key.progress;
        const status = key.status ?? 'none';
        return `<li class="key-result status-${status}">`
            + `<span class="key-text">${escapeHtml(key.subject)} ${operatorText(key.op)} ${formatNumber(key.value ?? undefined)}${key.by ? ` by ${escapeHtml(key.by)}` : ''}</span>`
            + `<span class="progress" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow="${Math.round(share * 100)}"><span class="progress-fill" style="width:${(share * 100).toFixed(0)}%"></span></span>`
            + `<span class="key-status">${key.status ? statusLabels[key.status] : ''}${key.latest !== null ? ` · ${formatNumber(key.latest)}` : ''}</span>`
            + `</li>`;
    }).join('');
    return `<article class="objective" data-objective="${escapeHtml(objective.name)}"><h3>${escapeHtml(objective.title ?? objective.name)}</h3><ul>${keys}</ul></article>`;
}
