import type { DecisionsView, RoiView } from '../decisions/decisions-view.js';
import type { Grade } from '../impact/evidence-grade.js';
import { GRADES } from '../impact/evidence-grade.js';
import type { ForecastView, ImpactView, KpiView, TargetView } from '../impact/impact-view.js';

/** How many drivers "what would change the answer" names: the few finance should challenge first. */
export const TOP_DRIVERS = 3;

/**
 * The one answer to "is it worth funding?" (contract Part 6, issue 17), as plain data for the
 * preview, `cop report` and the Markdown export alike: the ROI when the plan has a `cost`,
 * the net impact of the kpis counted with their ranges and the weakest evidence grade among
 * them, what would change the answer (the drivers with the largest swing), and the forecasts
 * that miss their targets. Built from the one view model (ImpactView and DecisionsView);
 * everything a reader sees is a title, never an identifier.
 */
export interface FundingView {
    readonly roi: FundingRoi | null;
    /** The kpis whose net values are the plan's return (the ROI's), or its top-level value kpis. */
    readonly counted: CountedKpi[];
    /** Their sum, when they share one unit (a total and its parts are never both counted). */
    readonly total: { value: number; low: number; high: number; unit: string | null } | null;
    /** The weakest evidence grade among the kpis counted, and the titles of those that have it. */
    readonly grade: Grade | null;
    readonly weakest: string[];
    /** Largest swing first: what moves the answer most when pinned at each end of its range. */
    readonly drivers: FundingDriver[];
    readonly misses: ForecastMiss[];
    /** How many kpis and indicators have a forecast at all (to tell "none miss" from "none yet"). */
    readonly forecasts: number;
}

export interface FundingRoi extends Omit<RoiView, 'kpis'> {
    /** The cost's title (an assumption's or indicator's), or its name without one. */
    readonly costTitle: string;
}

export interface CountedKpi {
    readonly title: string;
    readonly unit: string | null;
    readonly value: number | null;
    readonly low: number | null;
    readonly high: number | null;
    readonly grade: Grade;
}

export interface FundingDriver {
    /** The assumption's title, or "deadweight of Support savings" for a ranged share. */
    readonly title: string;
    /** The kpi it moves, when the counted kpis do not add up to one total. */
    readonly kpi: string | null;
    /** The total (or the kpi) with the driver at the low and the high end of its range. */
    readonly low: number;
    readonly high: number;
    readonly unit: string | null;
    /** The ROI at those ends, when there is one. */
    readonly roiLow: number | null;
    readonly roiHigh: number | null;
}

export interface ForecastMiss {
    readonly title: string;
    readonly forecast: ForecastView;
    readonly target: TargetView;
    readonly unit: string | null;
    readonly percent: boolean;
    /** The shortfall as a share of the target, so misses of different units compare (null for a target of 0). */
    readonly share: number | null;
}

const titleOf = (item: { name: string; title: string | null }): string => item.title ?? item.name;

export function buildFundingView(impact: ImpactView, decisions: DecisionsView | undefined): FundingView {
    const roi = decisions?.roi ?? null;
    // With a cost, the ROI's kpis; without one, every kpi that translates an outcome and is part of no other.
    const counted = roi
        ? roi.kpis.flatMap(name => impact.kpis.filter(kpi => kpi.name === name))
        : impact.kpis.filter(kpi => kpi.translates.length > 0 && kpi.partOf.length === 0);
    const units = new Set(counted.map(kpi => kpi.unit));
    const oneTotal = counted.length > 0 && units.size === 1;
    const grade = weakestGrade(counted);
    return {
        roi: roi ? { ...withoutKpis(roi), costTitle: costTitle(impact, roi.costName) } : null,
        counted: counted.map(kpi => ({ title: titleOf(kpi), unit: kpi.unit, value: kpi.value, low: kpi.low, high: kpi.high, grade: kpi.grade })),
        total: oneTotal ? totalOf(counted) : null,
        grade,
        weakest: counted.filter(kpi => kpi.grade === grade).map(titleOf),
        drivers: driversOf(impact, counted, oneTotal, roi),
        misses: missesOf(impact),
        forecasts: impact.kpis.filter(kpi => kpi.forecast).length + impact.indicators.filter(indicator => indicator.forecast).length
    };
}

/** Whether there is anything to answer with: a cost, a kpi that counts, or a forecast. */
export function hasFunding(view: FundingView): boolean {
    return view.roi !== null || view.counted.length > 0 || view.forecasts > 0;
}

function withoutKpis(roi: RoiView): Omit<RoiView, 'kpis'> {
    const { kpis: _kpis, ...rest } = roi;
    return rest;
}

function costTitle(impact: ImpactView, name: string): string {
    const source = impact.assumptions.find(a => a.name === name) ?? impact.indicators.find(i => i.name === name);
    return source ? titleOf(source) : name;
}

function weakestGrade(kpis: readonly KpiView[]): Grade | null {
    let weakest: Grade | null = null;
    for (const kpi of kpis) if (weakest === null || GRADES.indexOf(kpi.grade) > GRADES.indexOf(weakest)) weakest = kpi.grade;
    return weakest;
}

/** The sum of the counted kpis; those without a value yet add nothing, as in the ROI. */
function totalOf(kpis: readonly KpiView[]): FundingView['total'] {
    const valued = kpis.filter(kpi => kpi.value !== null);
    if (valued.length === 0) return null;
    const sum = (pick: (kpi: KpiView) => number) => valued.reduce((total, kpi) => total + pick(kpi), 0);
    return { value: sum(kpi => kpi.value!), low: sum(kpi => kpi.low ?? kpi.value!), high: sum(kpi => kpi.high ?? kpi.value!), unit: valued[0].unit };
}

/** A driver's title: its assumption's, or the share it is (`KPI.deadweight`) in words. */
export function driverTitle(impact: ImpactView, name: string): string {
    const assumption = impact.assumptions.find(a => a.name === name);
    if (assumption) return titleOf(assumption);
    const dot = name.lastIndexOf('.');
    const kpi = dot > 0 ? impact.kpis.find(k => k.name === name.slice(0, dot)) : undefined;
    return kpi ? `${name.slice(dot + 1)} of ${titleOf(kpi)}` : name;
}

/**
 * The drivers of the answer. When the counted kpis add up to one total, each driver moves the
 * total by its swing in every kpi it reaches (all else at its point value), and so the ROI;
 * otherwise each kpi's drivers stand alone, ranked by their swing as a share of the kpi's value.
 */
function driversOf(impact: ImpactView, counted: readonly KpiView[], oneTotal: boolean, roi: RoiView | null): FundingDriver[] {
    const cost = roi?.cost ?? null;
    const ratio = (value: number) => (cost ? value / cost : null);
    if (oneTotal) {
        const valued = counted.filter(kpi => kpi.value !== null);
        const total = valued.reduce((sum, kpi) => sum + kpi.value!, 0);
        const swings = new Map<string, { low: number; high: number }>();
        for (const kpi of valued) {
            for (const driver of kpi.drivers) {
                const moved = swings.get(driver.assumption) ?? { low: total, high: total };
                swings.set(driver.assumption, { low: moved.low + driver.low - kpi.value!, high: moved.high + driver.high - kpi.value! });
            }
        }
        return [...swings]
            .map(([name, { low, high }]) => ({
                title: driverTitle(impact, name),
                kpi: null,
                low,
                high,
                unit: valued[0]?.unit ?? null,
                roiLow: ratio(low),
                roiHigh: ratio(high)
            }))
            .sort((a, b) => Math.abs(b.high - b.low) - Math.abs(a.high - a.low))
            .slice(0, TOP_DRIVERS);
    }
    const relative = (driver: FundingDriver, value: number | null) => Math.abs(driver.high - driver.low) / (value ? Math.abs(value) : 1);
    return counted
        .flatMap(kpi =>
            kpi.drivers.map(driver => ({
                driver: {
                    title: driverTitle(impact, driver.assumption),
                    kpi: titleOf(kpi),
                    low: driver.low,
                    high: driver.high,
                    unit: kpi.unit,
                    roiLow: null,
                    roiHigh: null
                },
                value: kpi.value ?? kpi.planned
            }))
        )
        .sort((a, b) => relative(b.driver, b.value) - relative(a.driver, a.value))
        .slice(0, TOP_DRIVERS)
        .map(({ driver }) => driver);
}

/** Every kpi and indicator whose forecast falls short of its target, the largest share of the target first. */
function missesOf(impact: ImpactView): ForecastMiss[] {
    const share = (shortfall: number, target: number) => (target === 0 ? null : shortfall / Math.abs(target));
    const candidates = [
        ...impact.kpis.map(kpi => ({ title: titleOf(kpi), forecast: kpi.forecast, target: kpi.target, unit: kpi.unit, percent: false })),
        ...impact.indicators.map(i => ({ title: titleOf(i), forecast: i.forecast, target: i.target, unit: i.unit, percent: i.percent }))
    ];
    return candidates
        .flatMap(item =>
            item.forecast && item.target && item.forecast.shortfall > 0
                ? [{ ...item, forecast: item.forecast, target: item.target, share: share(item.forecast.shortfall, item.target.value) }]
                : []
        )
        .sort((a, b) => (b.share ?? Infinity) - (a.share ?? Infinity));
}
