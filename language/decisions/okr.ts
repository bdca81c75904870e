import type { KeyResult, Objective } from '../generated/ast.js';
import { goalOf } from '../impact/impact-model.js';
import type { ImpactModel } from '../impact/impact-model.js';
import { meets } from '../impact/status.js';
import type { Status } from '../impact/status.js';

export interface KeyResultScore {
    readonly key: KeyResult;
    /** 0..1; absent while the subject has no actual. */
    readonly score?: number;
    readonly status?: Status;
}

export interface ObjectiveScore {
    readonly objective: Objective;
    /** The mean of its key results' scores (those that have one); absent when none has. */
    readonly score?: number;
    readonly keys: readonly KeyResultScore[];
}

/** The latest value and start (baseline, else first actual) of a key result's subject. */
function subjectValues(key: KeyResult, model: ImpactModel): { latest?: number; start?: number } {
    const subject = key.subject?.ref;
    if (subject?.$type === 'Indicator') {
        const impact = model.indicators.get(subject);
        return { latest: impact?.latest?.value, start: impact?.baseline ?? impact?.entries[0]?.value };
    }
    if (subject?.$type === 'Kpi') {
        const impact = model.kpis.get(subject);
        return { latest: impact?.value, start: impact?.series[0]?.value };
    }
    return {};
}

/**
 * The contract's score of a key result (Part 3, "Key results, scored"): (latest − start) /
 * (target − start) clamped to 0..1; 1 when the target is met; 0 when target = start unmet.
 */
export function keyResultScore(key: KeyResult, model: ImpactModel): KeyResultScore {
    const status = model.keyResults.get(key)?.judgement?.status;
    const goal = goalOf({ operator: key.operator, value: key.value, by: key.by });
    const { latest, start } = subjectValues(key, model);
    if (!goal || latest === undefined || start === undefined) return { key, status };
    if (meets(latest, goal)) return { key, score: 1, status };
    if (goal.value === start) return { key, score: 0, status };
    return { key, score: Math.min(1, Math.max(0, (latest - start) / (goal.value - start))), status };
}

export function objectiveScore(objective: Objective, model: ImpactModel): ObjectiveScore {
    const keys = objective.keys.map(key => keyResultScore(key, model));
    const scored = keys.flatMap(key => key.score === undefined ? [] : [key.score]);
    const score = scored.length === 0 ? undefined : scored.reduce((a, b) => a + b, 0) / scored.length;
    return { objective, score, keys };
}
