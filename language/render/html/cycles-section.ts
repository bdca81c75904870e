import type { CycleView } from '../../view-model/plan-view-model.js';
import { escapeHtml } from '../escape.js';
import { renderIndicators } from './chain-section.js';
import type { HtmlSection } from './html-section.js';
import { revealable } from './reveal.js';

/**
 * The seven value-creation cycles (seed 003) in the framework's order, each with its four
 * rounds. Cycles the plan has not written yet are listed, dimmed, so the gaps are visible.
 */
export const cyclesSection: HtmlSection = {
    id: 'cycles',
    label: 'Cycles',
    applies: () => true,
    render(model) {
        return `<h2>Value-creation cycles</h2>\n<div class="cycles">${model.cycles.map(renderCycle).join('\n')}</div>`;
    }
};

function renderCycle(cycle: CycleView): string {
    if (!cycle.present) {
        return `<article class="cycle absent" data-cycle="${cycle.kind}"><h3>${cycle.label}</h3><p class="question">${escapeHtml(cycle.question)}</p><p class="empty">Not planned yet: <code>cycle ${cycle.kind} { … }</code></p></article>`;
    }
    return `<article${revealable(cycle, 'cycle')} data-cycle="${cycle.kind}">
<h3>${cycle.label}</h3>
<p class="question">${escapeHtml(cycle.question)}</p>
<dl class="rounds">
<div><dt>Aspirations</dt><dd>${renderTexts(cycle.aspirations)}</dd></div>
<div><dt>Conditions</dt><dd>${renderTexts(cycle.conditions)}</dd></div>
<div><dt>Indicators</dt><dd>${renderIndicators(cycle.tracks)}</dd></div>
<div><dt>Data</dt><dd>${renderTexts(cycle.data)}</dd></div>
</dl>
</article>`;
}

function renderTexts(texts: readonly string[]): string {
    if (texts.length === 0) return '<p class="empty missing">none yet</p>';
    return `<ul>${texts.map(text => `<li>${escapeHtml(text)}</li>`).join('')}</ul>`;
}
