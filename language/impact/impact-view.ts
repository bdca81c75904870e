import type { PlanFile } from '../generated/ast.js';
import { isAssumption, isObjective, isStory } from '../generated/ast.js';
import { isPercent, parseAmount } from './amounts.js';
import { formatDay, parseDay } from './dates.js';
import type { ImpactModel } from './impact-model.js';
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
    readonly indicators: IndicatorView[];
    readonly assumptions: AssumptionView[];
    readonly stories: StoryView[];
    readonly objectives: ObjectiveView[];
    /** Influences (Part 5) with their figures from the actuals file. */
    readonly influences?: InfluenceView[];
}

export interface InfluenceView {
    readonly name: string;
    readonly title: string | null;
    readonly unit: string | null;
    readonly latest: { date: string; value: number } | null;
    readonly actuals: { date: string; value: number; note: string | null }[];
}

export interface TargetView {
    readonly op: string;
    readonly value: number;
    readonly by: string | null;
}

export interface KpiView {
    readonly name: string;
    readonly title: string | null;
    readonly unit: string | null;
    readonly value: number | null;
    readonly planned: number | null;
    readonly low: number | null;
    readonly high: number | null;
    readonly status: Status | null;
    readonly target: TargetView | null;
    readonly translates: string[];
    /** Indicators it is computed from, directly or through other kpis. */
    readonly inputs: string[];
    readonly drivers: { assumption: string; low: number; high: number }[];
    readonly series: { date: string; value: number }[];
    /** Where the straight path to the target starts and ends, for the line chart. */
    readonly path: PathView | null;
}

export interface PathView {
    readonly from: { date: string; value: number };
    readonly to: { date: string; value: number };
}

export interface IndicatorView {
    readonly name: string;
    readonly title: string | null;
    readonly unit: string | null;
    readonly percent: boolean;
    readonly latest: { date: string; value: number; note: string | null } | null;
    readonly target: TargetView | null;
    readonly baseline: number | null;
    readonly status: Status | null;
    readonly stale: boolean;
    readonly actuals: { date: string; value: number; note: string | null }[];
    readonly path: PathView | null;
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
}

export interface StoryView {
    readonly name: string;
    readonly title: string | null;
    readonly date: string | null;
    readonly text: string | null;
    readonly tags: string[];
}

export interface ObjectiveView {
    readonly name: string;
    readonly title: string | null;
    readonly keys: {
        subject: string;
        op: string;
        value: number | null;
        by: string | null;
        status: Status | null;
        /** 0..1 share of the way from the start value to the target (clamped). */
        progress: number | null;
        latest: number | null;
    }[];
}

const finite = (value: number | undefined): number | null => value === undefined || !Number.isFinite(value) ? null : value;

export function buildImpactView(root: PlanFile, model: ImpactModel): ImpactView {
    const elements = root.elements ?? [];
    const kpis: KpiView[] = [...model.kpis.values()].map(impact => {
        const { kpi, goal, judgement, series } = impact;
        const first = series[0];
        return {
            name: kpi.name,
            title: kpi.title ?? null,
            unit: kpi.unit ?? (impact.unit.size ? formatUnit(impact.unit) : null),
            value: finite(impact.value),
            planned: finite(impact.planned),
            low: finite(impact.range?.low),
            high: finite(impact.range?.high),
            status: judgement?.status ?? null,
            target: goal ? { op: goal.operator, value: goal.value, by: kpi.target?.by ?? null } : null,
            translates: kpi.translates.map(ref => ref.$refText),
            inputs: impact.inputs.map(indicator => indicator.name),
            drivers: impact.drivers.filter(d => Number.isFinite(d.low) && Number.isFinite(d.high))
                .map(d => ({ assumption: d.assumption.name, low: d.low, high: d.high })),
            series: series.map(point => ({ date: formatDay(point.day), value: point.value })),
            path: goal?.by !== undefined && first ? { from: { date: formatDay(first.day), value: first.value }, to: { date: formatDay(goal.by), value: goal.value } } : null
        };
    });
    const indicators: IndicatorView[] = [...model.indicators.values()].map(impact => {
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
            path: goal?.by !== undefined && first
                ? { from: { date: formatDay(first.day), value: impact.baseline ?? first.value }, to: { date: formatDay(goal.by), value: goal.value } }
                : null
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
            value: finite(parseAmount(assumption.value)),
            low: finite(parseAmount(assumption.low)),
            high: finite(parseAmount(assumption.high)),
            unit: assumption.unit ?? null,
            percent: isPercent(assumption.value) || isPercent(assumption.low) || isPercent(assumption.high),
            source: assumption.source ?? null,
            largestSwing: largest
        };
    });
    const stories: StoryView[] = elements.filter(isStory).map(story => ({
        name: story.name,
        title: story.title ?? null,
        date: parseDay(story.date) !== undefined ? story.date! : null, // an impossible date (date-invalid) is no date
        text: story.text ?? null,
        tags: story.tags.map(ref => ref.$refText)
    }));
    const objectives: ObjectiveView[] = elements.filter(isObjective).map(objective => ({
        name: objective.name,
        title: objective.title ?? null,
        keys: objective.keys.map(key => {
            const impact = model.keyResults.get(key);
            const progress = impact?.judgement?.progress;
            return {
                subject: key.subject?.$refText ?? '',
                op: key.operator,
                value: finite(parseAmount(key.value)),
                by: parseDay(key.by) !== undefined ? key.by! : null,
                status: impact?.judgement?.status ?? null,
                progress: progress === undefined || !Number.isFinite(progress) ? null : Math.max(0, Math.min(1, progress)),
                latest: finite(impact?.judgement?.latest?.value)
            };
        })
    }));
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
    return { asOf: formatDay(model.asOf), kpis, indicators, assumptions, stories, objectives, influences };
}

/** The contract's `kpis` and `indicators` additions to `cop export --format json`. */
export function impactExport(view: ImpactView) {
    return {
        kpis: view.kpis.map(kpi => ({
            name: kpi.name, unit: kpi.unit, value: kpi.value, planned: kpi.planned,
            low: kpi.low, high: kpi.high, status: kpi.status, drivers: kpi.drivers
        })),
        indicators: view.indicators.map(indicator => ({
            name: indicator.name,
            latest: indicator.latest && { date: indicator.latest.date, value: indicator.latest.value },
            target: indicator.target,
            status: indicator.status
        }))
    };
}

