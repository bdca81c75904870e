import type { Objective } from '../generated/ast.js';
import { isPercent, parseAmount } from './amounts.js';
import { parseDay } from './dates.js';
import type { ImpactModel } from './impact-model.js';
import { objectiveScore } from './scores.js';
import type { Status } from './status.js';

export interface KeyResultView {
    /** The subject's name as written (`Plan.Element` for another plan's). */
    subject: string;
    /** The subject's title, for views that name things as people read them; null without one. */
    subjectTitle: string | null;
    op: string;
    value: number | null;
    /** The value was written as a percentage (`80%`). */
    percent: boolean;
    by: string | null;
    status: Status | null;
    /** 0..1 share of the way from the start value to the target (clamped). */
    progress: number | null;
    latest: number | null;
    /** The contract's key-result score, 0..1; null without actuals. */
    score: number | null;
}

export interface ObjectiveView {
    readonly name: string;
    readonly title: string | null;
    /** The mean of the scored key results' scores; null when none is scored. */
    readonly score: number | null;
    /** How many key results have a score (the others have no actuals yet). */
    readonly scored: number;
    readonly keys: KeyResultView[];
}

const finite = (value: number | undefined): number | null => (value === undefined || !Number.isFinite(value) ? null : value);

/** The objectives of a plan with their key results' status, progress and scores. */
export function objectiveViews(objectives: readonly Objective[], model: ImpactModel): ObjectiveView[] {
    return objectives.map(objective => {
        const scores = objectiveScore(objective, model);
        return {
            name: objective.name,
            title: objective.title ?? null,
            score: finite(scores.score),
            scored: scores.scored,
            keys: objective.keys.map((key, index) => {
                const impact = model.keyResults.get(key);
                const progress = impact?.judgement?.progress;
                return {
                    subject: key.subject?.$refText ?? '',
                    subjectTitle: key.subject?.ref?.title ?? null,
                    op: key.operator,
                    value: finite(parseAmount(key.value)),
                    percent: isPercent(key.value),
                    by: parseDay(key.by) !== undefined ? key.by! : null,
                    status: impact?.judgement?.status ?? null,
                    progress: progress === undefined || !Number.isFinite(progress) ? null : Math.max(0, Math.min(1, progress)),
                    latest: finite(impact?.judgement?.latest?.value),
                    score: finite(scores.keys[index])
                };
            })
        };
    });
}
