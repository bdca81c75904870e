import type { Indicator } from '../generated/ast.js';
import { isPercent, parseAmount } from './amounts.js';
import type { ActualEntry } from './impact-model.js';

/**
 * Percentages and plain numbers on one indicator (Part 7: `unit-mismatch`). `80%` is 0.8 to
 * the evaluation, so a target of 80% over actuals of 260 would be met 325 times over: such an
 * indicator has no status until its lines agree.
 */
/** What an indicator's percentages are judged against: its first line with a number. */
export interface PercentReference {
    readonly line: 'target' | 'baseline' | 'actual';
    readonly text: string;
    readonly percent: boolean;
    readonly entry?: ActualEntry;
}

/** A baseline, an actual or a key result that disagrees with the reference on `%`. */
export type PercentClash =
    | { readonly line: 'baseline'; readonly text: string; readonly reference: PercentReference }
    | { readonly line: 'actual'; readonly entry: ActualEntry; readonly reference: PercentReference };

/** The target if it has a number, else the baseline, else the earliest actual. */
export function percentReferenceOf(indicator: Indicator, baseline: number | undefined, entries: readonly ActualEntry[]): PercentReference | undefined {
    const target = indicator.target?.value;
    if (target !== undefined && parseAmount(target) !== undefined) return { line: 'target', text: target, percent: isPercent(target) };
    if (baseline !== undefined) return { line: 'baseline', text: indicator.baseline!, percent: isPercent(indicator.baseline) };
    const first = entries[0];
    return first && { line: 'actual', text: first.date, percent: first.percent, entry: first };
}

export function percentClashesOf(
    indicator: Indicator,
    baseline: number | undefined,
    entries: readonly ActualEntry[],
    reference: PercentReference | undefined
): PercentClash[] {
    const clashes: PercentClash[] = [];
    if (!reference) return clashes;
    if (reference.line === 'target' && baseline !== undefined && isPercent(indicator.baseline) !== reference.percent) {
        clashes.push({ line: 'baseline', text: indicator.baseline!, reference });
    }
    for (const entry of entries) {
        if (entry.percent !== reference.percent && entry !== reference.entry) clashes.push({ line: 'actual', entry, reference });
    }
    return clashes;
}
