import { formatNumber } from '../impact/amounts.js';
import type { ElementChange, KpiFigures, KpiImpactChange, PlanDiff, PlanPairing } from './diff-model.js';
import { summaryLine } from './diff-model.js';
import { signed, titledName } from './element-names.js';

/** Colours for the terminal (picocolors' shape); identity functions when colour is off. */
export interface Paint {
    red(text: string): string;
    green(text: string): string;
    yellow(text: string): string;
    bold(text: string): string;
    dim(text: string): string;
}

const plain: Paint = { red: t => t, green: t => t, yellow: t => t, bold: t => t, dim: t => t };

/**
 * `--format text`: per plan, each element added (+), removed (-) or changed (~) with its
 * changed lines as `field: before → after`, the kpis that move, then the policies and the
 * summary line. The caller has made plan texts safe for a terminal (no control characters).
 */
export function renderDiffText(diff: PlanDiff, paint: Paint = plain): string {
    const out: string[] = [];
    for (const plan of diff.plans) {
        const changes = diff.changes.filter(change => change.plan === plan.plan);
        const impact = diff.impact.filter(kpi => kpi.plan === plan.plan);
        if (changes.length === 0 && impact.length === 0 && plan.status === 'kept') continue;
        out.push(paint.bold(`${titledName(plan.plan, plan.title)}${planStatus(plan)}`));
        let previous: ElementChange | undefined;
        for (const change of changes) {
            const label = `${change.type} ${titledName(change.element, change.title)}`;
            if (change.change === 'added') out.push(paint.green(`  + ${label}`));
            else if (change.change === 'removed') out.push(paint.red(`  - ${label}`));
            else {
                if (!previous || previous.change !== 'changed' || previous.element !== change.element || previous.type !== change.type) {
                    out.push(paint.yellow(`  ~ ${label}`));
                }
                out.push(`      ${change.field}: ${paint.red(shown(change.before))} → ${paint.green(shown(change.after))}`);
            }
            previous = change;
        }
        if (impact.length > 0) {
            out.push(`  impact (as of ${diff.asOf}):`);
            for (const kpi of impact) out.push(`    ${impactLine(kpi)}`);
        }
        out.push('');
    }
    for (const policy of diff.policies) {
        if (policy.matches.length === 0) {
            out.push(`${paint.green('pass')} ${policy.rule}`);
            continue;
        }
        out.push(`${paint.red('FAIL')} ${policy.rule}: ${policy.matches.length} change${policy.matches.length === 1 ? '' : 's'}`);
        for (const match of policy.matches) {
            out.push(`  ${match.file}:${match.line}: ${match.type} ${titledName(match.element, match.title)}: ${match.reason}`);
        }
    }
    out.push(summaryLine(diff));
    return out.join('\n') + '\n';
}

function planStatus(plan: PlanPairing): string {
    switch (plan.status) {
        case 'added':
            return ` (new plan, ${plan.after})`;
        case 'removed':
            return ` (plan removed, was ${plan.before})`;
        case 'renamed':
            return ` (moved from ${plan.before} to ${plan.after})`;
        case 'kept':
            return ` (${plan.after})`;
    }
}

function shown(text: string | null | undefined): string {
    if (text === null || text === undefined) return '(none)';
    return text === '' ? '(present)' : text;
}

function impactLine(kpi: KpiImpactChange): string {
    const part = (key: keyof KpiFigures) => {
        const before = kpi.before?.[key] ?? null;
        const after = kpi.after?.[key] ?? null;
        const show = (value: number | null) => (value === null ? '—' : formatNumber(value));
        if (before === after) return `${key} ${show(after)}`;
        const delta = before !== null && after !== null ? ` (${signed(after - before, formatNumber)})` : '';
        return `${key} ${show(before)} → ${show(after)}${delta}`;
    };
    const note = kpi.before === null ? ' (new)' : kpi.after === null ? ' (removed)' : '';
    return `${titledName(kpi.kpi, kpi.title)}${note}: ${part('planned')}, ${part('low')}, ${part('high')}${kpi.unit ? ` ${kpi.unit}` : ''}`;
}
