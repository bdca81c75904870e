import type { IndicatorView, PlanViewModel, RefView, ValueView } from '../../view-model/plan-view-model.js';
import type { ErrorBanner } from '../error-banner.js';
import { bannerHeadline, bannerMore, errorBannerOf, fileNameOfUri } from '../error-banner.js';
import { codeSpan, escapeMarkdown } from './escape-markdown.js';
import { decisionsMarkdown, frameworksMarkdown } from '../../decisions/render/decisions-markdown.js';
import { impactMarkdown } from '../../impact/render/impact-markdown.js';
import { hasImpact } from '../../impact/render/impact-section.js';
import { appendAll } from '../../model/lists.js';
import { fundingMarkdown } from '../../funding/funding-markdown.js';
import { buildFundingView, hasFunding } from '../../funding/funding-view.js';

/**
 * The plan as Markdown for READMEs and wikis: the value matrix as a table, then shared
 * values, the chain, the cycles and the problems as sections. Same view model as the HTML.
 */
export function renderMarkdown(model: PlanViewModel, options: { file?: string } = {}): string {
    const out: string[] = [];
    const plan = model.plan;
    out.push(`# ${escapeMarkdown(plan ? (plan.title ?? plan.name) : 'Plan without a header')}`, '');
    out.push(...errorBannerMarkdown(errorBannerOf(options.file ?? fileNameOfUri(model.uri), model.diagnostics.items)));
    if (plan?.purpose) out.push(`**Purpose:** ${escapeMarkdown(plan.purpose)}  `);
    if (plan?.sponsor) out.push(`**Sponsor:** ${escapeMarkdown(plan.sponsor)}  `);
    out.push(`**Problems:** ${countsLine(model)}`, '');

    // Decisions first (seed 004), as in the preview and the report.
    if (model.decisions) appendAll(out, decisionsMarkdown(model.decisions));
    // Then the one answer to "is it worth funding?", as in the preview and the report.
    if (model.impact) {
        const funding = buildFundingView(model.impact, model.decisions);
        if (hasFunding(funding)) appendAll(out, fundingMarkdown(funding));
    }

    out.push('## Value matrix', '');
    if (model.matrix.rows.length === 0) {
        out.push('_No member segment or organization yet._', '');
    } else {
        const badge = new Map(model.shared.map(s => [s.name, s.badge]));
        const cell = (values: readonly ValueView[]) =>
            values.length === 0
                ? '—'
                : values
                      .map(v => `${escapeMarkdown(v.title ?? v.name)}${v.shared.map(s => ` [${badge.get(s)}]`).join('')}${v.delivered ? '' : ' ⚠'}`)
                      .join('<br>');
        out.push('| Stakeholder | Short term | Long term |', '| --- | --- | --- |');
        for (const row of model.matrix.rows) {
            const side = row.side === 'members' ? 'Members' : 'Organization';
            const found = row.found.length ? `<br>found through ${row.found.map(escapeMarkdown).join('; ')}` : '';
            out.push(`| **${escapeMarkdown(row.title ?? row.stakeholder)}** (${side})${found} | ${cell(row.short)} | ${cell(row.long)} |`);
        }
        out.push('');
        const legend = model.shared.map(s => `[${s.badge}] ${escapeMarkdown(s.title ?? s.name)}`);
        if (legend.length) out.push(`Shared values: ${legend.join(' · ')}  `);
        if (model.matrix.rows.some(r => [...r.short, ...r.long].some(v => !v.delivered))) out.push('⚠ no outcome delivers this value yet.');
        out.push('');
    }

    if (model.shared.length > 0) {
        out.push('## Shared values', '');
        for (const shared of model.shared) {
            out.push(`### [${shared.badge}] ${escapeMarkdown(shared.title ?? shared.name)}${shared.delivered ? '' : ' ⚠ not delivered'}`, '');
            out.push(`- **Member side:** ${refs(shared.member)}`, `- **Organization side:** ${refs(shared.organization)}`, '');
        }
    }

    const { inputs, outputs, outcomes } = model.chain;
    if (inputs.length + outputs.length + outcomes.length > 0) {
        out.push('## Inputs → outputs → outcomes → values', '');
        for (const [label, steps] of [
            ['Inputs', inputs],
            ['Outputs', outputs],
            ['Outcomes', outcomes]
        ] as const) {
            if (steps.length === 0) continue;
            out.push(`### ${label}`, '');
            for (const step of steps) {
                const parts = [
                    step.kind !== 'input' ? `from ${refs(step.from)}` : '',
                    step.kind === 'outcome' ? `delivers ${refs(step.delivers)}` : '',
                    `measured by ${indicators(step.measures)}`
                ].filter(Boolean);
                out.push(`- **${escapeMarkdown(step.title ?? step.name)}** (${codeSpan(step.name)}): ${parts.join('; ')}`);
            }
            out.push('');
        }
    }

    out.push('## Value-creation cycles', '');
    for (const cycle of model.cycles) {
        out.push(`### ${cycle.label}`, '');
        if (!cycle.present) {
            out.push('_Not planned yet._', '');
            continue;
        }
        out.push(
            `- **Aspirations:** ${texts(cycle.aspirations)}`,
            `- **Conditions:** ${texts(cycle.conditions)}`,
            `- **Indicators:** ${indicators(cycle.tracks)}`,
            `- **Data:** ${texts(cycle.data)}`,
            ''
        );
    }

    if (hasImpact(model.impact)) appendAll(out, impactMarkdown(model.impact));
    if (model.decisions) appendAll(out, frameworksMarkdown(model.decisions));

    if (model.diagnostics.items.length > 0) {
        out.push('## Problems', '');
        for (const d of model.diagnostics.items) {
            out.push(`- line ${d.line}, column ${d.column}: **${d.severity}** ${codeSpan(d.code)} ${escapeMarkdown(d.message)}`);
        }
        out.push('');
    }
    return out.join('\n');
}

function countsLine(model: PlanViewModel): string {
    const { error, warning, information, hint } = model.diagnostics.counts;
    const parts = [
        [error, 'error'],
        [warning, 'warning'],
        [information, 'note'],
        [hint, 'hint']
    ]
        .filter(([count]) => Number(count) > 0)
        .map(([count, word]) => `${count} ${word}${count === 1 ? '' : 's'}`);
    return parts.length ? parts.join(', ') : 'none';
}

function refs(list: readonly RefView[]): string {
    if (list.length === 0) return '_none_';
    return list.map(ref => (ref.resolved ? escapeMarkdown(ref.title ?? ref.name) : `${codeSpan(ref.name)} (undeclared)`)).join(', ');
}

function indicators(list: readonly IndicatorView[]): string {
    if (list.length === 0) return '_no indicator_';
    return list
        .map(i => {
            const target = i.target
                ? ` (target ${escapeMarkdown(`${i.target.op} ${i.target.value}${i.unit ? ' ' + i.unit : ''}${i.target.by ? ' by ' + i.target.by : ''}`)})`
                : '';
            return `${escapeMarkdown(i.title ?? i.name)}${target}`;
        })
        .join(', ');
}

function texts(list: readonly string[]): string {
    return list.length === 0 ? '_none yet_' : list.map(escapeMarkdown).join('; ');
}

/** The error banner as a quote block under the title: what a reader must know before the rest. */
function errorBannerMarkdown(banner: ErrorBanner | undefined): string[] {
    if (!banner) return [];
    const more = bannerMore(banner);
    return [
        `> **${escapeMarkdown(bannerHeadline(banner))}**`,
        '>',
        ...banner.first.map(error => `> - ${codeSpan(`${banner.file}:${error.line}`)} ${escapeMarkdown(error.message)}`),
        ...(more ? ['>', `> ${escapeMarkdown(more)}`] : []),
        ''
    ];
}
