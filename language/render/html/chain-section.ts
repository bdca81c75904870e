import type { ChainStepView, IndicatorView } from '../../view-model/plan-view-model.js';
import { escapeHtml } from '../escape.js';
import { layoutChain } from './chain-layout.js';
import { renderChainSvg } from './chain-svg.js';
import type { HtmlSection } from './html-section.js';
import { revealable } from './reveal.js';
import { renderRefs } from './shared-section.js';
import { nameTag, titleOf } from './text.js';

/**
 * Inputs → outputs → outcomes → values (seed 000): the diagram, then the same steps as text
 * with every indicator, which is what narrow panes, screen readers and printouts rely on.
 */
export const chainSection: HtmlSection = {
    id: 'chain',
    label: 'Chain',
    applies: model => model.chain.inputs.length + model.chain.outputs.length + model.chain.outcomes.length > 0,
    render(model) {
        const { inputs, outputs, outcomes } = model.chain;
        return `<h2>Inputs → outputs → outcomes → values</h2>
<div class="diagram-scroll">${renderChainSvg(layoutChain(model))}</div>
<div class="steps">
${renderColumn('Inputs', inputs)}
${renderColumn('Outputs', outputs)}
${renderColumn('Outcomes', outcomes)}
</div>`;
    }
};

function renderColumn(label: string, steps: readonly ChainStepView[]): string {
    if (steps.length === 0) return `<div class="step-column"><h3>${label}</h3><p class="empty">none yet</p></div>`;
    return `<div class="step-column"><h3>${label}</h3>${steps.map(renderStep).join('')}</div>`;
}

function renderStep(step: ChainStepView): string {
    const from = step.kind !== 'input' ? `<div class="step-part"><span class="label">from</span>${renderRefs(step.from)}</div>` : '';
    const delivers = step.kind === 'outcome' ? `<div class="step-part"><span class="label">delivers</span>${renderRefs(step.delivers)}</div>` : '';
    return `<article${revealable(step, `step ${step.kind}`)}>
<h4>${escapeHtml(titleOf(step))}${step.title ? nameTag(step.name) : ''}</h4>
${from}${delivers}
<div class="step-part"><span class="label">measured by</span>${renderIndicators(step.measures)}</div>
</article>`;
}

export function renderIndicators(indicators: readonly IndicatorView[]): string {
    if (indicators.length === 0) return '<p class="empty">no indicator</p>';
    return `<ul class="indicators">${indicators.map(renderIndicator).join('')}</ul>`;
}

export function renderIndicator(indicator: IndicatorView): string {
    if (!indicator.resolved) return `<li class="indicator unresolved" title="Not declared anywhere">${escapeHtml(indicator.name)}</li>`;
    const facts = [
        indicator.qualitative ? 'qualitative' : '',
        indicator.unit ? `in ${indicator.unit}` : '',
        indicator.baseline !== undefined ? `baseline ${indicator.baseline}` : '',
        indicator.target ? `target ${indicator.target.op} ${indicator.target.value}${indicator.target.by ? ` by ${indicator.target.by}` : ''}` : '',
        indicator.cadence ?? '',
        indicator.owner ? `owner: ${indicator.owner}` : ''
    ]
        .filter(Boolean)
        .map(escapeHtml)
        .join(' · ');
    const data = indicator.data ? `<span class="data">data: ${escapeHtml(indicator.data)}</span>` : '<span class="data missing">no data source</span>';
    return `<li${revealable(indicator, 'indicator')}><span class="indicator-title">${escapeHtml(titleOf(indicator))}</span>${facts ? ` <span class="facts-line">${facts}</span>` : ''} ${data}</li>`;
}
