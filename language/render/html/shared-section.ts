import type { RefView } from '../../view-model/plan-view-model.js';
import { escapeHtml } from '../escape.js';
import type { HtmlSection } from './html-section.js';
import { revealable } from './reveal.js';
import { nameTag, titleOf } from './text.js';

/** Shared values (seed 002): the sweet spot where a member value meets an organization value. */
export const sharedSection: HtmlSection = {
    id: 'shared',
    label: 'Shared values',
    applies: model => model.shared.length > 0,
    render(model) {
        const cards = model.shared
            .map(
                shared => `<article${revealable(shared, 'shared-value')}>
<h3><span class="badge">${shared.badge}</span> ${escapeHtml(titleOf(shared))}${shared.title ? nameTag(shared.name) : ''}${shared.delivered ? '' : ' <span class="flag">not delivered</span>'}</h3>
<div class="sweet-spot">
<div class="side-list members"><h4>Member side</h4>${renderRefs(shared.member)}</div>
<div class="overlap" aria-hidden="true">⇄</div>
<div class="side-list organization"><h4>Organization side</h4>${renderRefs(shared.organization)}</div>
</div>
</article>`
            )
            .join('\n');
        return `<h2>Shared values</h2>\n<div class="shared-list">${cards}</div>`;
    }
};

export function renderRefs(refs: readonly RefView[]): string {
    if (refs.length === 0) return '<p class="empty">none</p>';
    return `<ul class="refs">${refs.map(renderRef).join('')}</ul>`;
}

export function renderRef(ref: RefView): string {
    if (!ref.resolved) {
        return `<li class="ref unresolved" title="Not declared anywhere">${escapeHtml(ref.name)}</li>`;
    }
    return `<li${revealable(ref, 'ref')}>${escapeHtml(titleOf(ref))}${ref.title ? nameTag(ref.name) : ''}</li>`;
}
