import type { Decision, Indicator, Kpi, PlanFile, Review } from '../generated/ast.js';
import type { Day } from '../impact/dates.js';
import type { ImpactModel } from '../impact/impact-model.js';
import type { Goal, SeriesPoint, Status } from '../impact/status.js';
import { elementsOfType, planOf } from '../model/plan-queries.js';
import type { DecisionEvaluation } from './decision-status.js';
import { evaluateDecision } from './decision-status.js';
import type { ObjectiveScore } from './okr.js';
import { objectiveScore } from './okr.js';
import type { ReviewEvaluation } from './review-status.js';
import { evaluateReview } from './review-status.js';
import type { Roi } from './roi.js';
import { roiOf } from './roi.js';
import type { Scorecard } from './scorecard.js';
import { scorecardOf } from './scorecard.js';

export interface NorthStar {
    readonly metric: Indicator | Kpi;
    readonly latest?: number;
    readonly series: readonly SeriesPoint[];
    readonly goal?: Goal;
    readonly status?: Status;
    readonly percent: boolean;
}

/** Part 6 of a plan, evaluated as of the impact model's date. */
export interface DecisionsModel {
    readonly asOf: Day;
    readonly northstar?: NorthStar;
    readonly roi?: Roi;
    readonly decisions: readonly DecisionEvaluation[];
    readonly reviews: readonly ReviewEvaluation[];
    readonly scorecard: Scorecard;
    readonly objectives: readonly ObjectiveScore[];
}

export function evaluateDecisions(root: PlanFile, model: ImpactModel): DecisionsModel {
    const decisions: Decision[] = [];
    const reviews: Review[] = [];
    for (const element of root.elements) {
        if (element.$type === 'Decision') decisions.push(element);
        else if (element.$type === 'Review') reviews.push(element);
    }
    return {
        asOf: model.asOf,
        northstar: northStarOf(root, model),
        roi: roiOf(root, model),
        decisions: decisions.map(decision => evaluateDecision(decision, model)),
        reviews: reviews.map(review => evaluateReview(review, model.asOf)),
        scorecard: scorecardOf(root),
        objectives: elementsOfType(root, 'Objective').map(objective => objectiveScore(objective, model))
    };
}

function northStarOf(root: PlanFile, model: ImpactModel): NorthStar | undefined {
    const metric = planOf(root)?.northstar?.ref;
    if (!metric) return undefined;
    if (metric.$type === 'Indicator') {
        const impact = model.indicators.get(metric);
        const series = (impact?.entries ?? []).filter(entry => entry.day <= model.asOf).map(entry => ({ day: entry.day, value: entry.value }));
        return { metric, latest: impact?.latest?.value, series, goal: impact?.goal, status: impact?.judgement?.status, percent: impact?.percent ?? false };
    }
    const impact = model.kpis.get(metric);
    return { metric, latest: impact?.value, series: impact?.series ?? [], goal: impact?.goal, status: impact?.judgement?.status, percent: false };
}
