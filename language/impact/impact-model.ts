import type { ActualPoint, Assumption, Indicator, KeyResult, Kpi, PlanFile, Quantity } from '../generated/ast.js';
import { isActual, isAssumption, isIndicator, isKpi, isObjective } from '../generated/ast.js';
import { isPercent, parseAmount } from './amounts.js';
import type { CsvActual } from './actuals-csv.js';
import type { Day } from './dates.js';
import { parseDay } from './dates.js';
import { evaluateFormula, evaluateInterval, namesIn, unitOfFormula } from './formula.js';
import type { Interval } from './interval.js';
import { point } from './interval.js';
import type { Cadence, Goal, Judgement, Operator, SeriesPoint } from './status.js';
import { isStale, judge } from './status.js';
import type { Unit } from './units.js';
import { parseUnit } from './units.js';

/** Where an actual was written: an inline `actual` line or a row of the actuals file. */
export type ActualOrigin =
    | { readonly kind: 'inline'; readonly point: ActualPoint }
    | { readonly kind: 'csv'; readonly file: string; readonly row: number };

export interface ActualEntry {
    readonly day: Day;
    readonly date: string;
    readonly value: number;
    readonly percent: boolean;
    readonly note?: string;
    readonly origin: ActualOrigin;
}

/** Actuals read from a plan's `actuals` file, with the file's path as the plan names it. */
export interface FileActuals {
    readonly file: string;
    readonly rows: readonly CsvActual[];
}

export interface IndicatorImpact {
    readonly indicator: Indicator;
    /** Every actual, sorted by day (inline and file merged). */
    readonly entries: readonly ActualEntry[];
    /** The latest actual as of the check date. */
    readonly latest?: ActualEntry;
    readonly goal?: Goal;
    readonly baseline?: number;
    /** Present when the indicator has a (numeric) target. */
    readonly judgement?: Judgement;
    readonly stale: boolean;
    readonly percent: boolean;
}

export interface Driver {
    readonly assumption: Assumption;
    /** The kpi's value with this assumption at the low and the high end of its range. */
    readonly low: number;
    readonly high: number;
}

export interface KpiImpact {
    readonly kpi: Kpi;
    readonly unit: Unit;
    /** Evaluated on the latest actuals; undefined while an indicator has none ("no data"). */
    readonly value?: number;
    /** Evaluated with each indicator at its target. */
    readonly planned?: number;
    /** Interval over every assumption's range, around `value` (or `planned` without data). */
    readonly range?: Interval;
    /** Sorted by swing, largest first. */
    readonly drivers: readonly Driver[];
    readonly series: readonly SeriesPoint[];
    readonly goal?: Goal;
    readonly judgement?: Judgement;
    /** The kpis this one refers to itself through, when it does (then it has no value). */
    readonly loop?: readonly Kpi[];
    /** The indicators it is computed from, directly or through other kpis. */
    readonly inputs: readonly Indicator[];
}

export interface KeyResultImpact {
    readonly key: KeyResult;
    readonly goal?: Goal;
    readonly judgement?: Judgement;
}

export interface ImpactModel {
    readonly asOf: Day;
    readonly indicators: ReadonlyMap<Indicator, IndicatorImpact>;
    readonly kpis: ReadonlyMap<Kpi, KpiImpact>;
    readonly keyResults: ReadonlyMap<KeyResult, KeyResultImpact>;
    /** Rows of the actuals file naming no indicator of the plan. */
    readonly unknownRows: readonly { readonly file: string; readonly row: CsvActual }[];
}

export function goalOf(target: { operator: string; value: string; by?: string } | undefined): Goal | undefined {
    const value = parseAmount(target?.value);
    if (!target || value === undefined) return undefined;
    return { operator: target.operator as Operator, value, by: parseDay(target.by) };
}

/**
 * Evaluates the impact layer of one plan as of a day: actuals merged and sorted, each
 * indicator and kpi judged, kpi values, planned values, ranges and drivers. Pure: the
 * actuals file is read by the caller.
 */
export function evaluatePlan(root: PlanFile, asOf: Day, files: readonly FileActuals[] = []): ImpactModel {
    const elements = root.elements ?? [];
    const indicators = elements.filter(isIndicator);
    const byName = new Map(indicators.map(indicator => [indicator.name, indicator]));
    const entries = new Map<Indicator, ActualEntry[]>(indicators.map(indicator => [indicator, []]));
    for (const block of elements.filter(isActual)) {
        const indicator = block.indicator?.ref; // absent while the line is half-typed
        const list = indicator && entries.get(indicator);
        if (!list) continue;
        for (const actual of block.points) {
            const day = parseDay(actual.date);
            const value = parseAmount(actual.value);
            if (day === undefined || value === undefined) continue;
            list.push({ day, date: actual.date, value, percent: isPercent(actual.value), note: actual.note, origin: { kind: 'inline', point: actual } });
        }
    }
    const unknownRows: ImpactModel['unknownRows'][number][] = [];
    for (const file of files) {
        for (const row of file.rows) {
            const list = entries.get(byName.get(row.indicator)!);
            if (!list) {
                unknownRows.push({ file: file.file, row });
                continue;
            }
            list.push({ day: row.day, date: row.date, value: row.value, percent: row.percent, note: row.note, origin: { kind: 'csv', file: file.file, row: row.row } });
        }
    }

    const indicatorImpacts = new Map<Indicator, IndicatorImpact>();
    for (const indicator of indicators) {
        const list = entries.get(indicator)!.sort((a, b) => a.day - b.day);
        const known = list.filter(entry => entry.day <= asOf);
        const latest = known[known.length - 1];
        const goal = indicator.qualitative ? undefined : goalOf(indicator.target);
        const baseline = parseAmount(indicator.baseline);
        const series = seriesOf(known);
        indicatorImpacts.set(indicator, {
            indicator,
            entries: list,
            latest,
            goal,
            baseline,
            judgement: goal ? judge(series, goal, asOf, baseline) : undefined,
            stale: latest !== undefined && indicator.cadence !== undefined && isStale(latest.day, indicator.cadence as Cadence, asOf),
            percent: isPercent(indicator.target?.value) || isPercent(indicator.baseline) || list.some(entry => entry.percent)
        });
    }

    const evaluator = new KpiEvaluator(indicatorImpacts, asOf);
    const kpiImpacts = new Map<Kpi, KpiImpact>();
    for (const kpi of elements.filter(isKpi)) kpiImpacts.set(kpi, evaluator.impactOf(kpi));

    const keyResults = new Map<KeyResult, KeyResultImpact>();
    for (const objective of elements.filter(isObjective)) {
        for (const key of objective.keys) {
            const goal = goalOf({ operator: key.operator, value: key.value, by: key.by });
            const subject = key.subject?.ref;
            let judgement: Judgement | undefined;
            if (goal && isIndicator(subject)) {
                const impact = indicatorImpacts.get(subject);
                judgement = impact && judge(seriesOf(impact.entries), goal, asOf, impact.baseline);
            } else if (goal && isKpi(subject)) {
                const impact = kpiImpacts.get(subject);
                judgement = impact && judge(impact.series, goal, asOf);
            }
            keyResults.set(key, { key, goal, judgement });
        }
    }
    return { asOf, indicators: indicatorImpacts, kpis: kpiImpacts, keyResults, unknownRows };
}

/** One value per day: when two actuals share a day (an error reported elsewhere), the later-written wins. */
function seriesOf(entries: readonly ActualEntry[]): SeriesPoint[] {
    const series: SeriesPoint[] = [];
    for (const entry of entries) {
        if (series.length > 0 && series[series.length - 1].day === entry.day) series[series.length - 1] = { day: entry.day, value: entry.value };
        else series.push({ day: entry.day, value: entry.value });
    }
    return series;
}

/**
 * One way of evaluating every kpi: indicators at their latest actual, at their target, or
 * at their latest actual as of a day; optionally one assumption pinned to one end of its
 * range. Each scenario remembers the kpis it has evaluated, so a kpi referred to by many
 * others is computed once per scenario and a plan's evaluation stays near-linear in size.
 */
interface Scenario {
    readonly mode: 'actual' | 'planned' | Day;
    readonly assumption?: Assumption;
    readonly at?: number;
    readonly memo: Map<Kpi, number | undefined>;
}

/** Evaluates kpis, following references to other kpis; a kpi on a loop has no value. */
class KpiEvaluator {
    private readonly loops = new Map<Kpi, Kpi[] | undefined>();
    private readonly broken = new Map<Kpi, boolean>();
    private readonly scenarios = new Map<string, Scenario>();
    private readonly assumptionIds = new Map<Assumption, number>();
    private readonly intervals = new Map<string, Interval | undefined>();
    private readonly dependencies = new Map<Kpi, { assumptions: Set<Assumption>; indicators: Set<Indicator> }>();
    private readonly units = new Map<Kpi, Unit>();

    constructor(private readonly indicators: ReadonlyMap<Indicator, IndicatorImpact>, private readonly asOf: Day) {}

    impactOf(kpi: Kpi): KpiImpact {
        const loop = this.loopOf(kpi);
        const goal = goalOf(kpi.target);
        const unit = this.unitOf(kpi);
        if (loop) return { kpi, unit, drivers: [], series: [], goal, loop, inputs: [] };
        const value = this.evaluate(kpi, this.scenario('actual'));
        const planned = this.evaluate(kpi, this.scenario('planned'));
        const mode = value !== undefined ? 'actual' : 'planned';
        const range = this.intervalOf(kpi, mode);
        const drivers: Driver[] = [];
        for (const assumption of this.dependenciesOf(kpi).assumptions) {
            const low = parseAmount(assumption.low);
            const high = parseAmount(assumption.high);
            if (low === undefined || high === undefined) continue;
            const atLow = this.evaluate(kpi, this.scenario(mode, assumption, low));
            const atHigh = this.evaluate(kpi, this.scenario(mode, assumption, high));
            if (atLow === undefined || atHigh === undefined) continue;
            drivers.push({ assumption, low: atLow, high: atHigh });
        }
        drivers.sort((a, b) => Math.abs(b.high - b.low) - Math.abs(a.high - a.low));
        const series = this.seriesOf(kpi);
        return {
            kpi, unit, value, planned, range, drivers, series, goal,
            inputs: [...this.dependenciesOf(kpi).indicators],
            judgement: goal ? judge(series, goal, this.asOf) : undefined
        };
    }

    /** The kpis `kpi` reaches again through its formula, as a path, if any. */
    loopOf(kpi: Kpi): Kpi[] | undefined {
        if (this.loops.has(kpi)) return this.loops.get(kpi);
        const previous = new Map<Kpi, Kpi>();
        const queue: Kpi[] = [kpi];
        let found: Kpi[] | undefined;
        for (let head = 0; head < queue.length && !found; head++) {
            const current = queue[head];
            for (const next of namesIn(current.formula).filter(isKpi)) {
                if (next === kpi) {
                    const path = [current];
                    for (let step = current; step !== kpi;) { step = previous.get(step)!; path.push(step); }
                    found = [...path.reverse(), kpi];
                    break;
                }
                if (!previous.has(next)) { previous.set(next, current); queue.push(next); }
            }
        }
        this.loops.set(kpi, found);
        return found;
    }

    /** On a loop, or depending on a kpi that is: no value. */
    private isBroken(kpi: Kpi): boolean {
        const known = this.broken.get(kpi);
        if (known !== undefined) return known;
        this.broken.set(kpi, true); // while visiting: a path back here is a loop
        const result = this.loopOf(kpi) !== undefined || namesIn(kpi.formula).filter(isKpi).some(next => this.isBroken(next));
        this.broken.set(kpi, result);
        return result;
    }

    private scenario(mode: Scenario['mode'], assumption?: Assumption, at?: number): Scenario {
        let id = '';
        if (assumption) {
            if (!this.assumptionIds.has(assumption)) this.assumptionIds.set(assumption, this.assumptionIds.size);
            id = `${this.assumptionIds.get(assumption)}=${at}`;
        }
        const key = `${mode}|${id}`;
        let scenario = this.scenarios.get(key);
        if (!scenario) this.scenarios.set(key, scenario = { mode, assumption, at, memo: new Map() });
        return scenario;
    }

    private evaluate(kpi: Kpi, scenario: Scenario): number | undefined {
        if (scenario.memo.has(kpi)) return scenario.memo.get(kpi);
        const value = this.isBroken(kpi) ? undefined
            : evaluateFormula(kpi.formula, quantity => this.quantityValue(quantity, scenario));
        scenario.memo.set(kpi, value);
        return value;
    }

    private quantityValue(quantity: Quantity, scenario: Scenario): number | undefined {
        if (isAssumption(quantity)) return quantity === scenario.assumption ? scenario.at : parseAmount(quantity.value);
        if (isIndicator(quantity)) {
            const impact = this.indicators.get(quantity);
            if (scenario.mode === 'planned') return impact?.goal?.value;
            if (scenario.mode === 'actual') return impact?.latest?.value;
            return latestBefore(impact?.entries ?? [], Math.min(scenario.mode, this.asOf))?.value;
        }
        return this.evaluate(quantity, scenario);
    }

    private intervalOf(kpi: Kpi, mode: 'actual' | 'planned'): Interval | undefined {
        const key = `${mode}|${this.kpiId(kpi)}`;
        if (this.intervals.has(key)) return this.intervals.get(key);
        this.intervals.set(key, undefined);
        const result = this.isBroken(kpi) ? undefined : evaluateInterval(kpi.formula, quantity => {
            if (isAssumption(quantity)) {
                const value = parseAmount(quantity.value);
                const low = parseAmount(quantity.low);
                const high = parseAmount(quantity.high);
                if (low !== undefined && high !== undefined) return { low: Math.min(low, high), high: Math.max(low, high) };
                return value === undefined ? undefined : point(value);
            }
            if (isIndicator(quantity)) {
                const value = this.quantityValue(quantity, this.scenario(mode));
                return value === undefined ? undefined : point(value);
            }
            return this.intervalOf(quantity, mode);
        });
        this.intervals.set(key, result);
        return result;
    }

    private readonly kpiIds = new Map<Kpi, number>();
    private kpiId(kpi: Kpi): number {
        if (!this.kpiIds.has(kpi)) this.kpiIds.set(kpi, this.kpiIds.size);
        return this.kpiIds.get(kpi)!;
    }

    /** Assumptions (in first-use order) and indicators the kpi depends on, directly or through other kpis. */
    private dependenciesOf(kpi: Kpi): { assumptions: Set<Assumption>; indicators: Set<Indicator> } {
        const known = this.dependencies.get(kpi);
        if (known) return known;
        const result = { assumptions: new Set<Assumption>(), indicators: new Set<Indicator>() };
        this.dependencies.set(kpi, result); // a loop sees the partial sets; loops have no value anyway
        for (const name of namesIn(kpi.formula)) {
            if (isAssumption(name)) result.assumptions.add(name);
            else if (isIndicator(name)) result.indicators.add(name);
            else if (isKpi(name)) {
                const inner = this.dependenciesOf(name);
                inner.assumptions.forEach(a => result.assumptions.add(a));
                inner.indicators.forEach(i => result.indicators.add(i));
            }
        }
        return result;
    }

    /** A value at every day one of its indicators has an actual, once all of them have one. */
    private seriesOf(kpi: Kpi): SeriesPoint[] {
        const days = new Set<Day>();
        for (const indicator of this.dependenciesOf(kpi).indicators) {
            for (const entry of this.indicators.get(indicator)?.entries ?? []) if (entry.day <= this.asOf) days.add(entry.day);
        }
        const series: SeriesPoint[] = [];
        for (const day of [...days].sort((a, b) => a - b)) {
            const value = this.evaluate(kpi, this.scenario(day));
            if (value !== undefined) series.push({ day, value });
        }
        return series;
    }

    unitOf(kpi: Kpi, visiting = new Set<Kpi>()): Unit {
        if (kpi.unit) return parseUnit(kpi.unit);
        return this.inferredUnitOf(kpi, visiting);
    }

    inferredUnitOf(kpi: Kpi, visiting = new Set<Kpi>()): Unit {
        const cached = this.units.get(kpi);
        if (cached) return cached;
        if (visiting.has(kpi)) return new Map();
        visiting.add(kpi);
        const unit = unitOfFormula(kpi.formula, quantity => quantityUnit(quantity, next => this.unitOf(next, visiting)));
        visiting.delete(kpi);
        this.units.set(kpi, unit);
        return unit;
    }
}

/** The unit a name carries in a formula: its `unit` line; a kpi without one, its formula's. */
export function quantityUnit(quantity: Quantity, kpiUnit: (kpi: Kpi) => Unit): Unit {
    if (isKpi(quantity)) return kpiUnit(quantity);
    return parseUnit(quantity.unit);
}

function latestBefore(entries: readonly ActualEntry[], day: Day): ActualEntry | undefined {
    let found: ActualEntry | undefined;
    for (const entry of entries) {
        if (entry.day <= day) found = entry;
        else break;
    }
    return found;
}
