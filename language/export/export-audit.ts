import { exportNumber } from '../impact/amounts.js';
import type { ForecastView, ImpactView, PointView } from '../impact/impact-view.js';
import type { PlanExport } from './export-schema.js';

/**
 * The audit fields of the JSON export (contract Part 3, "Key results, scored", and the
 * forecasts of "Export additions"): what a reader needs to redo the figures. Numbers a plan
 * writes with `%` export like targets do, in percent with `percent: true`; evaluated
 * fractions (scores) stay fractions.
 */

type Written = { value: number; percent?: true };

/** A figure of the plan as written: `0.8` of a `%` line is `{ value: 80, percent: true }`. */
function written(value: number, percent: boolean): Written {
    return percent ? { value: exportNumber(value * 100) ?? 0, percent: true } : { value: exportNumber(value) ?? 0 };
}

/** `{ projected, by, shortfall }` of a forecast, in the scale of its target; undefined where there is none. */
export function exportForecast(forecast: ForecastView | null, percent = false): PlanExport['kpis'][number]['forecast'] {
    if (!forecast) return undefined;
    const scale = percent ? 100 : 1;
    return {
        projected: exportNumber(forecast.projected * scale) ?? 0,
        by: forecast.by,
        shortfall: exportNumber(forecast.shortfall * scale) ?? 0,
        ...(percent ? { percent: true as const } : {})
    };
}

export function exportSeries(points: readonly PointView[], percent = false): (PointView & { percent?: true })[] {
    return points.map(point => ({ date: point.date, ...written(point.value, percent) }));
}

export function exportAssumptions(view: ImpactView | undefined): PlanExport['assumptions'] {
    return (view?.assumptions ?? []).map(a => ({
        name: a.name,
        ...(a.title !== null ? { title: a.title } : {}),
        // One `%` line makes the assumption a percentage: its other figures are fractions too.
        value: a.value === null ? null : written(a.value, a.percent).value,
        low: a.low === null ? null : written(a.low, a.percent).value,
        high: a.high === null ? null : written(a.high, a.percent).value,
        ...(a.percent ? { percent: true as const } : {}),
        unit: a.unit,
        source: a.source,
        grade: a.grade,
        from: a.from
    }));
}

export function exportStories(view: ImpactView | undefined): PlanExport['stories'] {
    return (view?.stories ?? []).map(story => ({
        name: story.name,
        ...(story.title !== null ? { title: story.title } : {}),
        date: story.date,
        tags: story.tags,
        text: story.text
    }));
}

export function exportObjectives(view: ImpactView | undefined): PlanExport['objectives'] {
    return (view?.objectives ?? []).map(objective => ({
        name: objective.name,
        ...(objective.title !== null ? { title: objective.title } : {}),
        score: exportNumber(objective.score),
        keys: objective.keys.map(key => ({
            subject: key.subject,
            op: key.op as '>=' | '<=' | '=' | '>' | '<',
            value: key.value === null ? null : written(key.value, key.percent).value,
            ...(key.percent ? { percent: true as const } : {}),
            by: key.by,
            score: exportNumber(key.score)
        }))
    }));
}
