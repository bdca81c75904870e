import type { PlanViewModel } from '../../view-model/plan-view-model.js';
import { escapeHtml } from '../escape.js';
import { revealable } from './reveal.js';
import { nameTag, plural } from './text.js';

/** The plan's title, purpose and sponsor, and how many diagnostics it has. */
export function renderHeader(model: PlanViewModel): string {
    const plan = model.plan;
    const title = plan
        ? `<h1${revealable(plan, 'plan-title')}>${escapeHtml(plan.title ?? plan.name)}</h1>${plan.title ? nameTag(plan.name) : ''}`
        : '<h1 class="plan-title">Plan without a header</h1><p class="hint">Start the file with <code>plan Name "Title" { … }</code>.</p>';
    const facts = [
        plan?.purpose ? `<div><dt>Purpose</dt><dd>${escapeHtml(plan.purpose)}</dd></div>` : '',
        plan?.sponsor ? `<div><dt>Sponsor</dt><dd>${escapeHtml(plan.sponsor)}</dd></div>` : ''
    ].join('');
    return `<header class="plan-header">
${title}
${facts ? `<dl class="facts">${facts}</dl>` : ''}
${renderDiagnosticCounts(model)}
</header>`;
}

function renderDiagnosticCounts(model: PlanViewModel): string {
    const { error, warning, information, hint } = model.diagnostics.counts;
    if (error + warning + information + hint === 0) {
        return '<p class="diagnostic-counts ok" data-diagnostics="0">No problems found.</p>';
    }
    const parts = [
        error ? `<span class="count error">${plural(error, 'error')}</span>` : '',
        warning ? `<span class="count warning">${plural(warning, 'warning')}</span>` : '',
        information ? `<span class="count information">${plural(information, 'note')}</span>` : '',
        hint ? `<span class="count hint">${plural(hint, 'hint')}</span>` : ''
    ]
        .filter(Boolean)
        .join(' ');
    return `<p class="diagnostic-counts" data-diagnostics="${error + warning + information + hint}">${parts} <a href="#diagnostics">see the list</a></p>`;
}
