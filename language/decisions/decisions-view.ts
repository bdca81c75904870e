import type { Indicator, Kpi } from '../generated/ast.js';
import { parseAmount } from '../impact/amounts.js';
import { formatDay, parseDay } from '../impact/dates.js';
import type { ImpactModel } from '../impact/impact-model.js';
import type { PointView, TargetView } from '../impact/figure-views.js';
import type { KeyResultView, ObjectiveView } from '../impact/objective-view.js';
import type { Status } from '../impact/status.js';
import type { ActionStatus } from './action-status.js';
import type { DecisionStatus } from './decision-status.js';
import type { DecisionsModel } from './decisions-model.js';
import type { DecisionMetric } from './metric-values.js';
import { latestValue } from './metric-values.js';
import { objectiveScore } from './okr.js';
import type { Perspective } from './scorecard.js';
import { PERSPECTIVES } from './scorecard.js';

/** How far ahead a decision counts as due next (and at risk is worth a warning). */
export const DECISION_HORIZON_DAYS = 90;

/**
 * Part 6 of a plan as plain data (JSON-serialisable): what the preview's Decisions, OKR,
 * Scorecard and Reviews views, `cop report` and the export draw. Numbers that do not exist
 * are `null`.
 */
export interface DecisionsView {
    readonly asOf: string;
    readonly northstar: NorthStarView | null;
    readonly roi: RoiView | null;
    /** Soonest due first (undated last), then in plan order. */
    readonly decisions: DecisionView[];
    /** Newest first. */
    readonly reviews: ReviewView[];
    readonly scorecard: { perspective: Perspective; metrics: ScorecardMetricView[] }[];
    readonly okr: ObjectiveScoreView[];
    /** The names of the decisions and reviews in plan order (the views sort them otherwise). */
    readonly planOrder: string[];
    /** Stories that say which cycles they run through. */
    readonly storyPaths: { name: string; title: string | null; date: string | null; cycles: string[] }[];
}

export interface NorthStarView {
    readonly name: string;
    readonly title: string | null;
    readonly kind: 'indicator' | 'kpi';
    readonly unit: string | null;
    readonly percent: boolean;
    readonly latest: number | null;
    readonly status: Status | null;
    readonly target: TargetView | null;
    readonly series: PointView[];
}

export interface RoiView {
    readonly costName: string;
    readonly currency: string;
    readonly cost: number | null;
    readonly value: number | null;
    readonly low: number | null;
    readonly high: number | null;
    /** The return summed over `kpis`, in the currency. */
    readonly net: number | null;
    readonly netLow: number | null;
    readonly netHigh: number | null;
    readonly kpis: string[];
}

export interface DecisionMetricView {
    readonly name: string;
    readonly title: string | null;
    readonly kind: 'indicator' | 'kpi' | 'objective';
    readonly unit: string | null;
    readonly latest: number | null;
    readonly series: PointView[];
    readonly thresholds: { op: string; value: number; met: boolean | null }[];
}

export interface DecisionView {
    readonly name: string;
    readonly title: string | null;
    readonly owner: string | null;
    readonly due: string | null;
    readonly status: DecisionStatus;
    /** Due before the check date. */
    readonly overdue: boolean;
    /** Due within 90 days of the check date, or overdue. */
    readonly dueSoon: boolean;
    readonly uses: string[];
    readonly reasons: string[];
    readonly metrics: DecisionMetricView[];
}

export interface ReviewView {
    readonly name: string;
    readonly title: string | null;
    readonly date: string | null;
    readonly wins: { text: string; tags: string[] }[];
    readonly worries: { text: string; tags: string[] }[];
    readonly experiments: string[];
    readonly actions: { text: string; owner: string; due: string; done: string | null; status: ActionStatus }[];
    readonly missing: string[];
}

export interface ScorecardMetricView {
    readonly name: string;
    readonly title: string | null;
    readonly kind: 'indicator' | 'kpi';
    readonly latest: number | null;
    readonly status: Status | null;
}

/** An objective of the OKR view: the Impact tab's objective (`ObjectiveView`) without its progress figures. */
export interface ObjectiveScoreView extends Pick<ObjectiveView, 'name' | 'title' | 'score'> {
    readonly keys: Pick<KeyResultView, 'subject' | 'subjectTitle' | 'op' | 'value' | 'by' | 'score' | 'status'>[];
}

/**
 * Langium types names and texts as always there, but while a line is being typed
 * (`decision {`, `action "x" owner`) the parser leaves them out: the views show '' then.
 */
const text = (value: string | undefined): string => value ?? '';

const finite = (value: number | undefined): number | null => (value === undefined || !Number.isFinite(value) ? null : value);

function seriesOf(metric: DecisionMetric, model: ImpactModel): PointView[] {
    if (metric.$type === 'Indicator') {
        return (model.indicators.get(metric)?.entries ?? []).filter(entry => entry.day <= model.asOf).map(entry => ({ date: entry.date, value: entry.value }));
    }
    if (metric.$type === 'Kpi') return (model.kpis.get(metric)?.series ?? []).map(point => ({ date: formatDay(point.day), value: point.value }));
    return [];
}

function statusOf(metric: Indicator | Kpi, model: ImpactModel): Status | null {
    return (metric.$type === 'Indicator' ? model.indicators.get(metric)?.judgement?.status : model.kpis.get(metric)?.judgement?.status) ?? null;
}

export function buildDecisionsView(
    decisions: DecisionsModel,
    model: ImpactModel,
    stories: readonly { name: string; title?: string; date?: string; cycles: string[] }[]
): DecisionsView {
    const asOf = model.asOf;
    const star = decisions.northstar;
    const roi = decisions.roi;
    const decisionViews = decisions.decisions.map((evaluation): DecisionView => {
        const { decision } = evaluation;
        const due = parseDay(decision.due);
        return {
            name: text(decision.name),
            title: decision.title ?? null,
            owner: decision.owner ?? null,
            due: due === undefined ? null : decision.due!,
            status: evaluation.status,
            overdue: due !== undefined && due < asOf,
            dueSoon: due !== undefined && due <= asOf + DECISION_HORIZON_DAYS,
            uses: decision.uses.map(use => use.$refText),
            reasons: [...evaluation.reasons],
            metrics: evaluation.metrics.map(metric => ({
                name: text(metric.name),
                title: metric.title ?? null,
                kind: metric.$type === 'Indicator' ? 'indicator' : metric.$type === 'Kpi' ? 'kpi' : 'objective',
                unit: metric.$type === 'Objective' ? null : (metric.unit ?? null),
                latest: finite(latestValue(metric, model)),
                series: seriesOf(metric, model),
                thresholds: evaluation.thresholds
                    .filter(check => check.threshold.metric?.ref === metric)
                    .flatMap(check => {
                        const value = parseAmount(check.threshold.value);
                        return value === undefined ? [] : [{ op: check.threshold.operator, value, met: check.met ?? null }];
                    })
            }))
        };
    });
    // Soonest due first; Array.prototype.sort is stable, so equal dates keep plan order.
    const order = (view: DecisionView) => (view.due === null ? Infinity : parseDay(view.due)!);
    decisionViews.sort((a, b) => order(a) - order(b));
    const reviews = decisions.reviews.map(
        ({ review, actions, missing }): ReviewView => ({
            name: text(review.name),
            title: review.title ?? null,
            date: parseDay(review.date) === undefined ? null : review.date!,
            wins: review.notes.filter(note => note.kind === 'win').map(note => ({ text: text(note.text), tags: note.tags.map(tag => tag.$refText) })),
            worries: review.notes.filter(note => note.kind === 'worry').map(note => ({ text: text(note.text), tags: note.tags.map(tag => tag.$refText) })),
            experiments: review.experiments.map(experiment => experiment.experiment?.$refText ?? experiment.text ?? ''),
            actions: actions.map(({ action, status }) => ({
                text: text(action.text),
                owner: text(action.owner),
                due: text(action.due),
                done: action.done ?? null,
                status
            })),
            missing: [...missing]
        })
    );
    const reviewDay = (view: ReviewView) => (view.date === null ? -Infinity : parseDay(view.date)!);
    reviews.sort((a, b) => reviewDay(b) - reviewDay(a));
    return {
        asOf: formatDay(asOf),
        northstar: star
            ? {
                  name: text(star.metric.name),
                  title: star.metric.title ?? null,
                  kind: star.metric.$type === 'Indicator' ? 'indicator' : 'kpi',
                  unit: star.metric.unit ?? null,
                  percent: star.percent,
                  latest: finite(star.latest),
                  status: star.status ?? null,
                  target: star.goal ? { op: star.goal.operator, value: star.goal.value, by: star.metric.target?.by ?? null } : null,
                  series: star.series.map(point => ({ date: formatDay(point.day), value: point.value }))
              }
            : null,
        roi: roi
            ? {
                  costName: text(roi.cost.source.name),
                  currency: roi.cost.currency ?? '',
                  cost: finite(roi.cost.value),
                  value: finite(roi.value),
                  low: finite(roi.low),
                  high: finite(roi.high),
                  net: finite(roi.net),
                  netLow: finite(roi.netLow),
                  netHigh: finite(roi.netHigh),
                  kpis: roi.kpis.map(kpi => text(kpi.name))
              }
            : null,
        decisions: decisionViews,
        reviews,
        planOrder: [...decisions.decisions.map(d => text(d.decision.name)), ...decisions.reviews.map(r => text(r.review.name))],
        scorecard: PERSPECTIVES.map(perspective => ({
            perspective,
            metrics: decisions.scorecard[perspective].map(metric => ({
                name: text(metric.name),
                title: metric.title ?? null,
                kind: metric.$type === 'Indicator' ? ('indicator' as const) : ('kpi' as const),
                latest: finite(latestValue(metric, model)),
                status: statusOf(metric, model)
            }))
        })),
        okr: decisions.objectives.map(({ objective }) => {
            const scored = objectiveScore(objective, model);
            return {
                name: text(objective.name),
                title: objective.title ?? null,
                score: finite(scored.score),
                keys: scored.keys.map(key => ({
                    subject: key.key.subject?.$refText ?? '',
                    subjectTitle: key.key.subject?.ref?.title ?? null,
                    op: key.key.operator,
                    value: finite(parseAmount(key.key.value)),
                    by: parseDay(key.key.by) === undefined ? null : key.key.by!,
                    score: finite(key.score),
                    status: key.status ?? null
                }))
            };
        }),
        storyPaths: stories
            .filter(story => story.cycles.length > 0)
            .map(story => ({
                name: text(story.name),
                title: story.title ?? null,
                date: parseDay(story.date) === undefined ? null : story.date!,
                cycles: [...story.cycles]
            }))
    };
}
