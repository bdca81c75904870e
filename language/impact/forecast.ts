import type { Indicator, Kpi } from '../generated/ast.js';
import type { Day } from './dates.js';
import type { ActualEntry, ImpactModel } from './impact-model.js';
import type { Goal, SeriesPoint } from './status.js';

/** Where the trend of a series leads by its target's `by` date (contract Part 3, "Forecast"). */
export interface Forecast {
    /** The least-squares line's value on the `by` date. */
    readonly projected: number;
    readonly by: Day;
    /** How far `projected` falls short of the target in the target's direction; 0 when it does not. */
    readonly shortfall: number;
    /** The line at the first point's day, where a chart starts drawing it. */
    readonly from: SeriesPoint;
}

/** A forecast needs a line through at least this many points: two always fit exactly. */
export const FORECAST_MIN_POINTS = 3;

/**
 * The forecast of a series against a goal: the ordinary least-squares line through every
 * (day, value) point, read on the goal's `by` date. None without a `by` date or with fewer
 * than three points (on distinct days: a line through one day has no slope).
 */
export function forecastOf(series: readonly SeriesPoint[], goal: Goal | undefined): Forecast | undefined {
    if (goal?.by === undefined || series.length < FORECAST_MIN_POINTS) return undefined;
    const line = leastSquares(series);
    if (!line) return undefined;
    const projected = line.intercept + line.slope * (goal.by - line.origin);
    const first = series[0].day;
    const from = { day: first, value: line.intercept + line.slope * (first - line.origin) };
    const shortfall = shortfallOf(projected, goal);
    // Values near 1e308 overflow the sums: no forecast rather than an infinite one.
    if (!Number.isFinite(projected) || !Number.isFinite(shortfall) || !Number.isFinite(from.value)) return undefined;
    return { projected, by: goal.by, shortfall, from };
}

/** How far a value falls short of the goal in its direction (`=`: any distance), never negative. */
export function shortfallOf(value: number, goal: Goal): number {
    switch (goal.operator) {
        case '>=':
        case '>':
            return Math.max(0, goal.value - value);
        case '<=':
        case '<':
            return Math.max(0, value - goal.value);
        case '=':
            return Math.abs(value - goal.value);
    }
}

interface Line {
    /** Days are counted from here (the mean day), so large day numbers lose no precision. */
    readonly origin: number;
    readonly intercept: number;
    readonly slope: number;
}

/** value = intercept + slope × (day − origin), fitted by least squares; none when all days are one. */
function leastSquares(points: readonly SeriesPoint[]): Line | undefined {
    let sumDay = 0;
    let sumValue = 0;
    for (const point of points) {
        sumDay += point.day;
        sumValue += point.value;
    }
    const origin = sumDay / points.length;
    const meanValue = sumValue / points.length;
    let sxx = 0;
    let sxy = 0;
    for (const point of points) {
        const dx = point.day - origin;
        sxx += dx * dx;
        sxy += dx * (point.value - meanValue);
    }
    if (sxx === 0) return undefined;
    return { origin, intercept: meanValue, slope: sxy / sxx };
}

/** The forecasts of a plan's indicators and kpis, each where defined. */
export interface Forecasts {
    readonly indicators: ReadonlyMap<Indicator, Forecast>;
    readonly kpis: ReadonlyMap<Kpi, Forecast>;
}

// Checks, hover, inlay hints and the views all ask for the forecasts of one evaluated model.
const computed = new WeakMap<ImpactModel, Forecasts>();

/**
 * The forecasts of an evaluated plan: an indicator's from its actuals known as of the
 * model's date, a kpi's from its series (the values it had on each day one of its
 * indicators has an actual). Computed once per model.
 */
export function forecastsOf(model: ImpactModel): Forecasts {
    let forecasts = computed.get(model);
    if (forecasts) return forecasts;
    const indicators = new Map<Indicator, Forecast>();
    for (const impact of model.indicators.values()) {
        // A percent clash leaves the indicator unjudged; its figures mix scales, so no trend either.
        if (impact.percentClashes.length > 0) continue;
        const forecast = forecastOf(knownSeries(impact.entries, model.asOf), impact.goal);
        if (forecast) indicators.set(impact.indicator, forecast);
    }
    const kpis = new Map<Kpi, Forecast>();
    for (const impact of model.kpis.values()) {
        const forecast = forecastOf(impact.series, impact.goal);
        if (forecast) kpis.set(impact.kpi, forecast);
    }
    forecasts = { indicators, kpis };
    computed.set(model, forecasts);
    return forecasts;
}

/** One point per day of the entries (sorted by day) known as of `asOf`; of two on one day, the later-written. */
export function knownSeries(entries: readonly ActualEntry[], asOf: Day): SeriesPoint[] {
    const series: SeriesPoint[] = [];
    for (const entry of entries) {
        if (entry.day > asOf) break;
        const point = { day: entry.day, value: entry.value };
        if (series.length > 0 && series[series.length - 1].day === entry.day) series[series.length - 1] = point;
        else series.push(point);
    }
    return series;
}

/** Whether the forecast misses by more than a tenth of the target: the `forecast-miss` threshold. */
export function missesBadly(forecast: Forecast, goal: Goal): boolean {
    return forecast.shortfall > FORECAST_MISS_SHARE * Math.abs(goal.value);
}

/** The share of the target a forecast may fall short by before `forecast-miss` speaks. */
export const FORECAST_MISS_SHARE = 0.1;
