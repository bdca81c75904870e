import { formatNumber } from '../impact/amounts.js';
import { codeSpan, escapeMarkdown } from '../render/markdown/escape-markdown.js';
import type { ElementChange, KpiFigures, KpiImpactChange, PlanDiff, PlanPairing, PolicyResult } from './diff-model.js';
import { summaryLine } from './diff-model.js';
import { signed, titledName } from './element-names.js';

/** The first line of the comment: a bot finds its earlier comment by it and updates it. */
export const DIFF_MARKER = '<!-- cop-diff -->';

/** GitHub refuses comments over 65,536 characters; this leaves room for what a bot adds. */
export const MARKDOWN_LIMIT = 60_000;

/** Policy matches listed per rule before the rest is counted. */
const MATCHES_SHOWN = 25;

/** Room kept at the end for the line that counts what was left out. */
const RESERVE = 400;

/**
 * The pull-request comment (`--format markdown`): the marker, a summary line, the policy
 * results, then per plan its kpi impact (before → after, with the change) and its changes,
 * each element named `Title (ID)`. Never over `limit` characters: rows that do not fit are
 * left out and counted in a last line. Every plan text goes through the one escaper.
 */
export function renderDiffMarkdown(diff: PlanDiff, limit = MARKDOWN_LIMIT): string {
    const head: string[] = [DIFF_MARKER, '## Plan review: `cop diff`', '', `**${escapeMarkdown(summaryLine(diff))}**`, ''];
    if (diff.policies.length > 0) head.push(...policyLines(diff.policies), '');
    let text = head.join('\n') + '\n';
    let omitted = 0;
    const budget = limit - RESERVE;
    const add = (block: string): boolean => {
        if (omitted > 0 || text.length + block.length + 1 > budget) return false;
        text += block + '\n';
        return true;
    };
    for (const plan of diff.plans) {
        const impact = diff.impact.filter(kpi => kpi.plan === plan.plan);
        const changes = diff.changes.filter(change => change.plan === plan.plan);
        if (impact.length === 0 && changes.length === 0 && plan.status === 'kept') continue;
        if (!add(`### ${escapeMarkdown(titledName(plan.plan, plan.title))}${escapeMarkdown(planStatus(plan))}\n`)) {
            omitted += impact.length + changes.length;
            continue;
        }
        if (impact.length > 0) {
            add('**KPI impact** (as of ' + diff.asOf + ')\n\n| KPI | Planned | Low | High |\n|---|---|---|---|');
            for (const [index, kpi] of impact.entries()) {
                if (!add(impactRow(kpi))) {
                    omitted += impact.length - index;
                    break;
                }
            }
            add('');
        }
        if (changes.length > 0) {
            add('| Change | Element | Line | Before | After |\n|---|---|---|---|---|');
            for (const [index, change] of changes.entries()) {
                if (!add(changeRow(change))) {
                    omitted += changes.length - index;
                    break;
                }
            }
            add('');
        }
    }
    if (omitted > 0) {
        text += `\n_${omitted} more row${omitted === 1 ? '' : 's'} not shown: the comment is kept under ${formatNumber(limit)} characters. Run \`cop diff\` locally, or with \`--format json\`, for every change._\n`;
    }
    if (diff.changes.length === 0 && diff.impact.length === 0) text += 'The plans mean the same on both sides (layout, order and comments aside).\n';
    return capped(text, limit);
}

/**
 * The last guard of the limit: rows are counted out above, but a single enormous title (in
 * the policies or a plan's heading) could still pass it. Cut at a line, and say so.
 */
function capped(text: string, limit: number): string {
    if (text.length <= limit) return text;
    const note = '\n\n_The rest of this comment is cut: it would be longer than the limit of a comment. Run `cop diff` locally for all of it._\n';
    const cut = text.lastIndexOf('\n', limit - note.length);
    return text.slice(0, cut > 0 ? cut : limit - note.length) + note;
}

function planStatus(plan: PlanPairing): string {
    switch (plan.status) {
        case 'added':
            return ` — new plan (${plan.after})`;
        case 'removed':
            return ` — plan removed (${plan.before})`;
        case 'renamed':
            return ` — moved from ${plan.before} to ${plan.after}`;
        case 'kept':
            return '';
    }
}

function policyLines(policies: readonly PolicyResult[]): string[] {
    const lines = ['**Policies**', ''];
    for (const policy of policies) {
        const count = policy.matches.length;
        lines.push(
            count === 0
                ? `- ✅ ${codeSpan(policy.rule)}: passes`
                : `- ❌ ${codeSpan(policy.rule)}: ${count} change${count === 1 ? '' : 's'} need${count === 1 ? 's' : ''} a sign-off`
        );
        for (const match of policy.matches.slice(0, MATCHES_SHOWN)) {
            lines.push(
                `  - ${escapeMarkdown(titledName(match.element, match.title))} (${escapeMarkdown(match.type)} in ${escapeMarkdown(match.plan)}): ${escapeMarkdown(match.reason)}`
            );
        }
        if (count > MATCHES_SHOWN) lines.push(`  - … and ${count - MATCHES_SHOWN} more`);
    }
    return lines;
}

function cell(text: string | null | undefined): string {
    if (text === null || text === undefined) return '—';
    if (text === '') return '(present)';
    return escapeMarkdown(text);
}

function changeRow(change: ElementChange): string {
    const element = `${escapeMarkdown(titledName(change.element, change.title))} · ${escapeMarkdown(change.type)}`;
    if (change.change !== 'changed') return `| ${change.change} | ${element} | | | |`;
    return `| changed | ${element} | ${codeSpan(change.field ?? '')} | ${cell(change.before)} | ${cell(change.after)} |`;
}

function figure(kpi: KpiImpactChange, key: keyof KpiFigures): string {
    const before = kpi.before?.[key] ?? null;
    const after = kpi.after?.[key] ?? null;
    const show = (value: number | null) => (value === null ? '—' : formatNumber(value));
    if (before === after) return show(after);
    const delta = before !== null && after !== null ? ` (${signed(after - before, formatNumber)})` : '';
    return `${show(before)} → ${show(after)}${delta}`;
}

function impactRow(kpi: KpiImpactChange): string {
    const unit = kpi.unit ? ` ${codeSpan(kpi.unit)}` : '';
    const note = kpi.before === null ? ' (new)' : kpi.after === null ? ' (removed)' : '';
    return `| ${escapeMarkdown(titledName(kpi.kpi, kpi.title))}${unit}${note} | ${figure(kpi, 'planned')} | ${figure(kpi, 'low')} | ${figure(kpi, 'high')} |`;
}
