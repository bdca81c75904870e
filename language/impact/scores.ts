import type { KeyResult, Objective } from '../generated/ast.js';
import { isPercent } from './amounts.js';
import { knownSeries } from './forecast.js';
import type { ImpactModel } from './impact-model.js';
import { goalOf } from './impact-model.js';
import { percentReferenceOf } from './percent-mix.js';
import type { Goal, SeriesPoint } from './status.js';
import { meets } from './status.js';

/**
 * A key result's score (contract Part 3, "Key results, scored"): (latest − start) /
 * (target − start) clamped to 0..1, start being the subject's baseline or else its first
 * actual; 1 when the target is met; 0 when target = start and it is not met; none without
 * actuals (as of the model's date).
 */
export function scoreOf(series: readonly SeriesPoint[], goal: Goal, baseline?: number): number | undefined {
    const latest = series[series.length - 1];
    if (!latest) return undefined;
    if (meets(latest.value, goal)) return 1;
    const start = baseline ?? series[0].value;
    if (goal.value === start) return 0;
    const share = (latest.value - start) / (goal.value - start);
    return Number.isFinite(share) ? Math.max(0, Math.min(1, share)) : undefined;
}

/** The score of one key result of an evaluated plan, when it has one. */
export function keyResultScore(key: KeyResult, model: ImpactModel): number | undefined {
    const goal = goalOf({ operator: key.operator, value: key.value, by: key.by });
    const subject = key.subject?.ref;
    if (!goal || !subject) return undefined;
    if (subject.$type === 'Kpi') {
        const impact = model.kpis.get(subject);
        return impact && scoreOf(impact.series, goal);
    }
    const impact = model.indicators.get(subject);
    if (!impact || impact.percentClashes.length > 0) return undefined;
    // `key Share >= 80` against an indicator written in `%` (or the reverse) is reported as a
    // percent clash: scoring 0.6 against 80 would say nothing true.
    const reference = percentReferenceOf(subject, impact.baseline, impact.entries);
    if (reference && reference.percent !== isPercent(key.value)) return undefined;
    return scoreOf(knownSeries(impact.entries, model.asOf), goal, impact.baseline);
}

export interface ObjectiveScore {
    /** The mean of the scored key results; none when no key result has a score. */
    readonly score?: number;
    /** Each key result's score, in the order written (undefined: not scored yet). */
    readonly keys: readonly (number | undefined)[];
    /** How many of the key results have a score. */
    readonly scored: number;
}

/**
 * An objective's score: the mean of its key results' scores. A key result without a score
 * (no actuals yet) is left out of the mean rather than counted as 0: it is unknown, not
 * failed. The views say how many key results were scored, so a mean of one is not read as
 * a mean of all.
 */
export function objectiveScore(objective: Objective, model: ImpactModel): ObjectiveScore {
    const keys = objective.keys.map(key => keyResultScore(key, model));
    const known = keys.filter((score): score is number => score !== undefined);
    const score = known.length === 0 ? undefined : known.reduce((sum, value) => sum + value, 0) / known.length;
    return { score, keys, scored: known.length };
}
