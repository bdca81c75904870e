import type { KeyResult, Objective } from '../generated/ast.js';
import type { ImpactModel } from '../impact/impact-model.js';
import { keyResultScore as scoreOfKey, objectiveScore as scoreOfObjective } from '../impact/scores.js';
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

/**
 * The OKR view's scores, with each key result's status beside its score. The scores are
 * those of the Impact tab and the export (language/impact/scores.ts, contract Part 3), so
 * every view says the same.
 */
export function keyResultScore(key: KeyResult, model: ImpactModel): KeyResultScore {
    return { key, score: scoreOfKey(key, model), status: model.keyResults.get(key)?.judgement?.status };
}

export function objectiveScore(objective: Objective, model: ImpactModel): ObjectiveScore {
    return { objective, score: scoreOfObjective(objective, model).score, keys: objective.keys.map(key => keyResultScore(key, model)) };
}
