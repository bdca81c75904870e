import type { PlanFile } from '../generated/ast.js';
import { isAssumption, isObjective, isStory } from '../generated/ast.js';
import type { AdjustmentKind } from './adjustments.js';
import { ADJUSTMENT_KINDS } from './adjustments.js';
import { isPercent } from './amounts.js';
import { assumptionAmounts } from './assumption-amounts.js';
import { formatDay, parseDay } from './dates.js';
import { namesIn } from './formula.js';
import { assumptionEvidence } from './assumption-evidence.js';
import type { Forecast } from './forecast.js';
import { forecastsOf } from './forecast.js';
import type { Grade } from './evidence-grade.js';
import type { ExperimentView } from './experiment-view.js';
import { buildExperimentViews } from './experiment-view.js';
import type { ImpactModel } from './impact-model.js';
import type { ObjectiveView } from './objective-view.js';
import { objectiveViews } from './objective-view.js';
import { printInline } from '../formatting/plan-printer.js';
import type { ActualView, PointView, TargetView } from './figure-views.js';
import type { Status } from './status.js';
import { formatUnit } from './units.js';

/**
 * The impact layer of a plan as plain data (JSON-serialisable): what the preview's Impact
 * tab, the exports and the executive report draw. Numbers that do not exist are `null`
 * (no data yet, or an unbounded range), never NaN or Infinity.
 */
export interface ImpactView {
    readonly asOf: string;
    readonly kpis: KpiView[];
    readonly indicators: IndicatorImpactView[];
    readonly assumptions: AssumptionView[];
    readonly stories: StoryView[];
    readonly objectives: ObjectiveView[];
    readonly experiments: ExperimentView[];
    /** Influences (Part 5) with their figures from the actuals file. */
    readonly influences?: InfluenceView[];
}

export interface InfluenceView {
    readonly name: string;
    readonly title: string | null;
    readonly unit: string | null;
    readonly latest: PointView | null;
    readonly actuals: ActualView[];
}

export type { ActualView, PointView, TargetView } from './figure-views.js';

export interface KpiView {
    readonly name: string;
    readonly title: string | null;
    readonly unit: string | null;
    /** Net of its adjustments, as `planned`, `low`, `high`, `drivers` and `series` are. */
    readonly value: number | null;
    readonly planned: number | null;
    /** The formula's value before the kpi's own adjustments (from actuals, as `value`). */
    readonly gross: number | null;
    /** Each share's point value as a fraction; 0 where not written. */
    readonly adjustments: Record<AdjustmentKind, number>;
    /** The shares written, in the order deadweight, displacement, attribution (for the waterfall). */
    readonly shares: ShareView[];
    readonly grade: Grade;
    readonly low: number | null;
    readonly high: number | null;
    readonly status: Status | null;
    readonly target: TargetView | null;
    readonly translates: string[];
    /**
     * The kpis whose formulas name this one: a kpi that is part of none is top-level, so its
     * value counts towards the plan's net impact without counting a total and its parts twice.
     */
    readonly partOf: string[];
    /** Indicators it is computed from, directly or through other kpis. */
    readonly inputs: string[];
    readonly drivers: { assumption: string; low: number; high: number }[];
    readonly series: PointView[];
    /** Where the straight path to the target starts and ends, for the line chart. */
    readonly path: PathView | null;
    /** The formula in canonical text (as `cop fmt` prints it). */
    readonly formula: string | null;
    readonly forecast: ForecastView | null;
}

/** The least-squares forecast on the target's `by` date (written as the target writes it). */
export interface ForecastView {
    readonly projected: number;
    readonly by: string;
    readonly shortfall: number;
    /** The fitted line from the first point's date to the `by` date, for the line chart. */
    readonly line: PathView;
}

export interface ShareView {
    readonly kind: AdjustmentKind;
    readonly point: number;
    readonly low: number;
    readonly high: number;
}

export interface PathView {
    readonly from: PointView;
    readonly to: PointView;
}

/** An indicator's figures as of the date (what it is as written is `IndicatorView` of the plan's view model). */
export interface IndicatorImpactView {
    readonly name: string;
    readonly title: string | null;
    readonly unit: string | null;
    readonly percent: boolean;
    readonly latest: ActualView | null;
    readonly target: TargetView | null;
    readonly baseline: number | null;
    readonly status: Status | null;
    readonly stale: boolean;
    readonly actuals: ActualView[];
    readonly path: PathView | null;
    readonly forecast: ForecastView | null;
}

export interface AssumptionView {
    readonly name: string;
    readonly title: string | null;
    readonly value: number | null;
    readonly low: number | null;
    readonly high: number | null;
    readonly unit: string | null;
    /** Written as a percentage (`5%`), so shown as one. */
    readonly percent: boolean;
    readonly source: string | null;
    /** The largest swing this assumption causes in any kpi, for "what finance should challenge". */
    readonly largestSwing: { kpi: string; low: number; high: number } | null;
    readonly grade: Grade;
    /** The experiment it takes its value from, if any. */
    readonly from: string | null;
}

export interface StoryView {
    readonly name: string;
    readonly title: string | null;
    readonly date: string | null;
    readonly text: string | null;
    readonly tags: string[];
}

export type { ObjectiveView } from './objective-view.js';

const finite = (value: number | undefined): number | null => (value === undefined || !Number.isFinite(value) ? null : value);

export function buildImpactView(root: PlanFile, model: ImpactModel): ImpactView {
    const elements = root.elements ?? [];
    const forecasts = forecastsOf(model);
    const forecastView = (forecast: Forecast | undefined, by: string | undefined): ForecastView | null =>
        forecast && by && Number.isFinite(forecast.shortfall) && Number.isFinite(forecast.from.value)
            ? {
                  projected: forecast.projected,
                  by,
                  shortfall: forecast.shortfall,
                  line: {
                      from: { date: formatDay(forecast.from.day), value: forecast.from.value },
                      to: { date: formatDay(forecast.by), value: forecast.projected }
                  }
              }
            : null;
    const partOf = new Map<unknown, string[]>();
    for (const { kpi } of model.kpis.values()) {
        for (const quantity of new Set(namesIn(kpi.formula))) partOf.set(quantity, [...(partOf.get(quantity) ?? []), kpi.name]);
    }
    const kpis: KpiView[] = [...model.kpis.values()].map(impact => {
        const { kpi, goal, judgement, series } = impact;
        const first = series[0];
        return {
            name: kpi.name,
            title: kpi.title ?? null,
            unit: kpi.unit ?? (impact.unit.size ? formatUnit(impact.unit) : null),
            value: finite(impact.value),
            planned: finite(impact.planned),
            gross: finite(impact.gross),
            adjustments: {
                deadweight: impact.adjustments.deadweight?.point ?? 0,
                displacement: impact.adjustments.displacement?.point ?? 0,
                attribution: impact.adjustments.attribution?.point ?? 0
            },
            shares: ADJUSTMENT_KINDS.flatMap(kind => {
                const share = impact.adjustments[kind];
                return share ? [{ kind, point: share.point, low: share.low, high: share.high }] : [];
            }),
            grade: impact.grade,
            low: finite(impact.range?.low),
            high: finite(impact.range?.high),
            status: judgement?.status ?? null,
            target: goal ? { op: goal.operator, value: goal.value, by: kpi.target?.by ?? null } : null,
            translates: kpi.translates.map(ref => ref.$refText),
            partOf: partOf.get(kpi) ?? [],
            inputs: impact.inputs.map(indicator => indicator.name),
            drivers: impact.drivers
                .filter(d => Number.isFinite(d.low) && Number.isFinite(d.high))
                .map(d => ({ assumption: d.assumption.name, low: d.low, high: d.high })),
            series: series.map(point => ({ date: formatDay(point.day), value: point.value })),
            path:
                goal?.by !== undefined && first
                    ? { from: { date: formatDay(first.day), value: first.value }, to: { date: formatDay(goal.by), value: goal.value } }
                    : null,
            formula: printInline(kpi.formula) ?? null,
            forecast: forecastView(forecasts.kpis.get(kpi), kpi.target?.by)
        };
    });
    const indicators: IndicatorImpactView[] = [...model.indicators.values()].map(impact => {
        const { indicator, latest, goal, judgement } = impact;
        const known = impact.entries.filter(entry => entry.day <= model.asOf);
        const first = known[0];
        return {
            name: indicator.name,
            title: indicator.title ?? null,
            unit: indicator.unit ?? null,
            percent: impact.percent,
            latest: latest ? { date: latest.date, value: latest.value, note: latest.note ?? null } : null,
            target: goal ? { op: goal.operator, value: goal.value, by: indicator.target?.by ?? null } : null,
            baseline: finite(impact.baseline),
            status: judgement?.status ?? null,
            stale: impact.stale,
            actuals: known.map(entry => ({ date: entry.date, value: entry.value, note: entry.note ?? null })),
            path:
                goal?.by !== undefined && first
                    ? { from: { date: formatDay(first.day), value: impact.baseline ?? first.value }, to: { date: formatDay(goal.by), value: goal.value } }
                    : null,
            forecast: forecastView(forecasts.indicators.get(indicator), indicator.target?.by)
        };
    });
    const assumptions: AssumptionView[] = elements.filter(isAssumption).map(assumption => {
        let largest: AssumptionView['largestSwing'] = null;
        for (const impact of model.kpis.values()) {
            for (const driver of impact.drivers) {
                if (driver.assumption !== assumption || !Number.isFinite(driver.high - driver.low)) continue;
                if (!largest || Math.abs(driver.high - driver.low) > Math.abs(largest.high - largest.low)) {
                    largest = { kpi: impact.kpi.name, low: driver.low, high: driver.high };
                }
            }
        }
        return {
            name: assumption.name,
            title: assumption.title ?? null,
            // An assumption `from` an experiment shows the experiment's uplift and interval.
            value: finite(assumptionAmounts(assumption).value),
            low: finite(assumptionAmounts(assumption).low),
            high: finite(assumptionAmounts(assumption).high),
            unit: assumption.unit ?? null,
            percent: isPercent(assumption.value) || isPercent(assumption.low) || isPercent(assumption.high),
            source: assumption.source ?? null,
            largestSwing: largest,
            ...assumptionEvidence(assumption)
        };
    });
    const stories: StoryView[] = elements.filter(isStory).map(story => ({
        name: story.name,
        title: story.title ?? null,
        date: parseDay(story.date) !== undefined ? story.date! : null, // an impossible date (date-invalid) is no date
        text: story.text ?? null,
        tags: story.tags.map(ref => ref.$refText)
    }));
    const objectives = objectiveViews(elements.filter(isObjective), model);
    const influences: InfluenceView[] = [...model.influences.entries()].map(([influence, entries]) => {
        const known = entries.filter(entry => entry.day <= model.asOf);
        const latest = known[known.length - 1];
        return {
            name: influence.name,
            title: influence.title ?? null,
            unit: influence.unit ?? null,
            latest: latest ? { date: latest.date, value: latest.value } : null,
            actuals: known.map(entry => ({ date: entry.date, value: entry.value, note: entry.note ?? null }))
        };
    });
    return { asOf: formatDay(model.asOf), kpis, indicators, assumptions, stories, objectives, experiments: buildExperimentViews(model), influences };
}

/** The contract's `kpis` and `indicators` additions to `cop export --format json`. */
export function impactExport(view: ImpactView) {
    return {
        kpis: view.kpis.map(kpi => ({
            name: kpi.name,
            unit: kpi.unit,
            value: kpi.value,
            planned: kpi.planned,
            low: kpi.low,
            high: kpi.high,
            status: kpi.status,
            drivers: kpi.drivers
        })),
        indicators: view.indicators.map(indicator => ({
            name: indicator.name,
            latest: indicator.latest && { date: indicator.latest.date, value: indicator.latest.value },
            target: indicator.target,
            status: indicator.status
        }))
    };
}
