import type { MatrixRowView, PlanViewModel, ValueView } from '../../view-model/plan-view-model.js';
import { attr, escapeHtml } from '../escape.js';
import type { HtmlSection } from './html-section.js';
import { revealable } from './reveal.js';
import { nameTag, titleOf } from './text.js';

/**
 * The Community Value matrix (seed 001): one row per member segment and organization, one
 * column per term. Each value shows its title, a numbered badge per shared value it belongs
 * to (legend below) and a flag when no outcome delivers it.
 */
export const matrixSection: HtmlSection = {
    id: 'matrix',
    label: 'Value matrix',
    applies: () => true,
    render(model) {
        const rows = model.matrix.rows;
        if (rows.length === 0) {
            return `<h2>Value matrix</h2><p class="empty">No member segment or organization yet. Add <code>members Name "Title" { short … long … }</code>.</p>`;
        }
        const badges = new Map(model.shared.map(shared => [shared.name, shared]));
        const body = rows.map(row => renderRow(row, badges)).join('\n');
        return `<h2>Value matrix</h2>
<div class="table-scroll"><table class="matrix">
<thead><tr><th scope="col">Stakeholder</th><th scope="col">Short term</th><th scope="col">Long term</th></tr></thead>
<tbody>
${body}
</tbody>
</table></div>
${renderLegend(model)}`;
    }
};

type Badges = Map<string, PlanViewModel['shared'][number]>;

function renderRow(row: MatrixRowView, badges: Badges): string {
    const side = row.side === 'members' ? 'Members' : 'Organization';
    return `<tr ${attr('data-side', row.side)}>
<th scope="row"><span class="side ${row.side}">${side}</span> <span${revealable(row, 'stakeholder')}>${escapeHtml(row.title ?? row.stakeholder)}</span>${row.title ? nameTag(row.stakeholder) : ''}${row.found.length ? `<span class="found">Found through ${row.found.map(escapeHtml).join('; ')}</span>` : ''}</th>
<td data-term="short">${renderValues(row.short, badges)}</td>
<td data-term="long">${renderValues(row.long, badges)}</td>
</tr>`;
}

function renderValues(values: readonly ValueView[], badges: Badges): string {
    if (values.length === 0) return '<span class="gap" title="No value in this cell (matrix-gap)">none yet</span>';
    return `<ul class="values">${values.map(value => renderValue(value, badges)).join('')}</ul>`;
}

function renderValue(value: ValueView, badges: Badges): string {
    const marks = value.shared
        .map(name => {
            const shared = badges.get(name);
            return shared ? `<span class="badge" ${attr('title', `Shared value: ${titleOf(shared)}`)}>${shared.badge}</span>` : '';
        })
        .join('');
    const flag = value.delivered ? '' : '<span class="flag" title="No outcome delivers this value">not delivered</span>';
    const classes = `value${value.delivered ? '' : ' undelivered'}${value.shared.length ? ' is-shared' : ''}`;
    return `<li${revealable(value, classes)} ${attr('data-value', value.name)}><span class="value-title">${escapeHtml(titleOf(value))}</span>${marks}${flag}${value.title ? nameTag(value.name) : ''}</li>`;
}

function renderLegend(model: PlanViewModel): string {
    const shared = model.shared.map(s => `<li><span class="badge">${s.badge}</span> ${escapeHtml(titleOf(s))}</li>`).join('');
    const undelivered = model.matrix.rows.some(row => [...row.short, ...row.long].some(v => !v.delivered));
    return `<div class="legend" aria-label="Legend">
${shared ? `<p>Shared values:</p><ul class="legend-shared">${shared}</ul>` : '<p>No shared value links member and organization values yet.</p>'}
${undelivered ? '<p><span class="flag">not delivered</span> no outcome delivers this value yet.</p>' : ''}
</div>`;
}
