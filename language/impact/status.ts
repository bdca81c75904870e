import type { Day } from './dates.js';
import { addMonths } from './dates.js';

export type Status = 'met' | 'on-track' | 'at-risk' | 'off-track' | 'missed' | 'no-data';
export type Operator = '>=' | '<=' | '=' | '>' | '<';

export interface SeriesPoint {
    readonly day: Day;
    readonly value: number;
}

export interface Goal {
    readonly operator: Operator;
    readonly value: number;
    readonly by?: Day;
}

/** Share of the expected distance that still counts as `at-risk` rather than `off-track`. */
export const AT_RISK_SHARE = 0.75;

/** Relative slack for comparisons, so 30 out of 40 is exactly 75 % despite floating point. */
const EPSILON = 1e-9;

export function meets(value: number, goal: Goal): boolean {
    const tolerance = EPSILON * Math.max(1, Math.abs(goal.value));
    switch (goal.operator) {
        case '>=':
            return value >= goal.value - tolerance;
        case '<=':
            return value <= goal.value + tolerance;
        case '>':
            return value > goal.value;
        case '<':
            return value < goal.value;
        case '=':
            return Math.abs(value - goal.value) <= tolerance;
    }
}

export interface Judgement {
    readonly status: Status;
    /** The latest point as of the date judged, if any. */
    readonly latest?: SeriesPoint;
    /** Where the straight path to the target stands at the latest point's date. */
    readonly expected?: number;
    /** Share (0..1, may exceed 1) of the way from the start value to the target. */
    readonly progress?: number;
}

/**
 * The contract's status rule. `series` is sorted by day; points after `asOf` are not yet
 * known and are ignored. `met` when the latest point meets the goal; otherwise, from the
 * first point (or the baseline's value at the first point's date) a straight line runs to
 * (by, target): at or past it is `on-track`, at least 75 % of the distance expected by then
 * is `at-risk`, less is `off-track`; after `by` an unmet goal is `missed`. Without a `by`
 * date a goal is only met or not: not met counts as `off-track`.
 */
export function judge(series: readonly SeriesPoint[], goal: Goal, asOf: Day, baseline?: number): Judgement {
    const known = knownEnds(series, asOf);
    if (!known) return { status: 'no-data' };
    const { first, latest } = known;
    const start = baseline ?? first.value;
    const progress = goal.value === start ? undefined : (latest.value - start) / (goal.value - start);
    if (meets(latest.value, goal)) return { status: 'met', latest, progress };
    if (goal.by === undefined) return { status: 'off-track', latest, progress };
    if (asOf > goal.by) return { status: 'missed', latest, progress };

    const span = goal.by - first.day;
    const elapsed = Math.min(latest.day, goal.by) - first.day;
    const expected = span <= 0 ? goal.value : start + (goal.value - start) * (elapsed / span);
    const direction =
        goal.operator === '>=' || goal.operator === '>' ? 1 : goal.operator === '<=' || goal.operator === '<' ? -1 : Math.sign(goal.value - start);
    const ahead = (latest.value - expected) * direction;
    const tolerance = EPSILON * Math.max(1, Math.abs(expected));
    if (ahead >= -tolerance) return { status: 'on-track', latest, expected, progress };
    const expectedDistance = (expected - start) * direction;
    const covered = (latest.value - start) * direction;
    if (expectedDistance > 0 && covered >= AT_RISK_SHARE * expectedDistance - tolerance) {
        return { status: 'at-risk', latest, expected, progress };
    }
    return { status: 'off-track', latest, expected, progress };
}

/**
 * The first and the last point on or before `asOf`, in the order given: what filtering the
 * series would keep at its ends, without a copy of it for every indicator and kpi judged.
 */
function knownEnds(series: readonly SeriesPoint[], asOf: Day): { first: SeriesPoint; latest: SeriesPoint } | undefined {
    let first: SeriesPoint | undefined;
    let latest: SeriesPoint | undefined;
    for (let i = 0; i < series.length; i++) {
        const point = series[i];
        if (point.day <= asOf) {
            first ??= point;
            latest = point;
        }
    }
    return first && latest && { first, latest };
}

export type Cadence = 'weekly' | 'monthly' | 'quarterly' | 'yearly';

/** The day after which data of this cadence, last collected on `latest`, is stale: two periods. */
export function staleAfter(latest: Day, cadence: Cadence): Day {
    switch (cadence) {
        case 'weekly':
            return latest + 14;
        case 'monthly':
            return addMonths(latest, 2);
        case 'quarterly':
            return addMonths(latest, 6);
        case 'yearly':
            return addMonths(latest, 24);
    }
}

export function isStale(latest: Day, cadence: Cadence, asOf: Day): boolean {
    return asOf > staleAfter(latest, cadence);
}
