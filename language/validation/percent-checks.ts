import type { ValidationAcceptor } from 'langium';
import type { Plan } from '../generated/ast.js';
import { formatNumber, formatPlanNumber } from '../impact/amounts.js';
import type { ActualEntry, ImpactModel } from '../impact/impact-model.js';
import type { PercentClash, PercentReference } from '../impact/percent-mix.js';
import { describe, report } from './report.js';

/**
 * `unit-mismatch` for percentages (Part 7): an indicator whose target is `80%` and whose
 * actuals are `260` (or the reverse, or a baseline that disagrees) would be judged on
 * numbers a hundred times apart. The evaluation gives such an indicator no status; this
 * says which line to fix.
 */
export function reportPercentClashes(model: ImpactModel, accept: ValidationAcceptor, plan: Plan | undefined): void {
    for (const impact of model.indicators.values()) {
        const { indicator } = impact;
        for (const clash of impact.percentClashes) {
            const message = `Indicator ${describe(indicator)} mixes percentages and plain numbers: ${referenceText(clash.reference)} but ${clashText(clash)}. ${fixText(clash)} Until then the indicator has no status.`;
            if (clash.line === 'baseline') report(accept, 'unit-mismatch', message, { node: indicator, property: 'baseline' });
            else if (clash.entry.origin.kind === 'inline') report(accept, 'unit-mismatch', message, { node: clash.entry.origin.point, property: 'value' });
            else if (plan) report(accept, 'unit-mismatch', message, { node: plan, property: 'actuals', index: plan.actuals.indexOf(clash.entry.origin.file) });
        }
    }
    for (const impact of model.keyResults.values()) {
        const reference = impact.percentClash;
        const key = impact.key;
        if (!reference || !key.subject?.ref) continue;
        const kind = reference.percent ? 'a plain number' : 'a percentage';
        report(
            accept,
            'unit-mismatch',
            `Key result \`${key.subject.$refText} ${key.operator} ${key.value}\` is ${kind}, but for indicator \`${key.subject.$refText}\` ${referenceText(reference)}. Write the key result ${reference.percent ? 'with `%`' : 'without `%`'}, as the indicator is measured; until then it has no status.`,
            { node: key, property: 'value' }
        );
    }
}

function kindOf(percent: boolean): string {
    return percent ? 'a percentage' : 'a plain number';
}

function referenceText(reference: PercentReference): string {
    if (reference.entry) return `its earliest actual, ${entryName(reference.entry)}, is ${kindOf(reference.percent)} (${entryValue(reference.entry)})`;
    return `the ${reference.line} is ${kindOf(reference.percent)} (${reference.text})`;
}

function clashText(clash: PercentClash): string {
    if (clash.line === 'baseline') return `the baseline is ${kindOf(!clash.reference.percent)} (${clash.text})`;
    return `the actual ${entryName(clash.entry)} is ${kindOf(clash.entry.percent)} (${entryValue(clash.entry)})`;
}

function fixText(clash: PercentClash): string {
    const line = clash.line === 'baseline' ? 'the baseline' : 'that actual';
    const other = `the ${clash.reference.line === 'actual' ? 'other actuals' : clash.reference.line}`;
    if (!clash.reference.percent) return `Write ${line} without \`%\`, or ${other} with \`%\`, so both are measured alike.`;
    const value = clash.line === 'baseline' ? undefined : clash.entry.value;
    const example = value !== undefined && Math.abs(value) <= 1 ? ` (\`${formatPlanNumber(value, true)}\` if ${formatNumber(value)} is a share)` : '';
    return `Write ${line} as a percentage${example}, or ${other} without \`%\`, so both are measured alike.`;
}

function entryName(entry: ActualEntry): string {
    return entry.origin.kind === 'csv' ? `of ${entry.date} ("${entry.origin.file}" row ${entry.origin.row})` : `of ${entry.date}`;
}

function entryValue(entry: ActualEntry): string {
    return formatNumber(entry.value, entry.percent);
}
