import type { Actual, ActualPoint, Assumption, Indicator, Influence, KeyResult, Kpi, Objective, PlanFile, Quantity } from '../generated/ast.js';
import { isPercent, parseAmount } from './amounts.js';
import type { CsvActual } from './actuals-csv.js';
import type { Day } from './dates.js';
import { parseDay } from './dates.js';
import { evaluateFormula, evaluateInterval, namesIn, unitOfFormula } from './formula.js';
import type { Interval } from './interval.js';
import { point } from './interval.js';
import type { Cadence, Goal, Judgement, Operator, SeriesPoint } from './status.js';
import { KpiLoops } from './kpi-loops.js';
import type { PercentClash, PercentReference } from './percent-mix.js';
import { percentClashesOf, percentReferenceOf } from './percent-mix.js';
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
    /**
     * Lines written in `%` where the reference (the target, else the baseline, else the
     * earliest actual) is a plain number, or the reverse. While there are any, the indicator
     * has no judgement: 260 against 80% would be "met" 325 times over, which nobody meant.
     */
    readonly percentClashes: readonly PercentClash[];
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
    /** The indicator's reference line when the key's `%` disagrees with it (then no judgement). */
    readonly percentClash?: PercentReference;
}

export interface ImpactModel {
    readonly asOf: Day;
    readonly indicators: ReadonlyMap<Indicator, IndicatorImpact>;
    readonly kpis: ReadonlyMap<Kpi, KpiImpact>;
    readonly keyResults: ReadonlyMap<KeyResult, KeyResultImpact>;
    /** Rows of the actuals file naming no indicator of the plan. */
    readonly unknownRows: readonly { readonly file: string; readonly row: CsvActual }[];
    /** Each influence's figures from the actuals file (Part 5), sorted by day. */
    readonly influences: ReadonlyMap<Influence, readonly ActualEntry[]>;
}

export function goalOf(target: { operator: string; value: string; by?: string } | undefined): Goal | undefined {
    const value = parseAmount(target?.value);
    if (!target || value === undefined) return undefined;
    const by = parseDay(target.by);
    // An impossible date (`by 2027-13`, reported as date-invalid) leaves no goal: judged
    // without its date, the target would be one nobody set.
    if (target.by !== undefined && by === undefined) return undefined;
    return { operator: target.operator as Operator, value, by };
}

/** The elements the impact layer reads, each kind in plan order. */
interface ImpactElements {
    readonly indicators: Indicator[];
    readonly actuals: Actual[];
    readonly kpis: Kpi[];
    readonly objectives: Objective[];
    readonly influences: Influence[];
}

/**
 * The plan's indicators, actual blocks, kpis and objectives in one pass. These types have no
 * subtypes, so comparing `$type` says what the generated guards (`isKpi`, …) say, without a
 * reflection lookup per element and guard.
 */
function impactElementsOf(root: PlanFile): ImpactElements {
    const result = { indicators: [] as Indicator[], actuals: [] as Actual[], kpis: [] as Kpi[], objectives: [] as Objective[], influences: [] as Influence[] };
    for (const element of root.elements ?? []) {
        switch (element.$type) {
            case 'Indicator': result.indicators.push(element); break;
            case 'Actual': result.actuals.push(element); break;
            case 'Kpi': result.kpis.push(element); break;
            case 'Objective': result.objectives.push(element); break;
            case 'Influence': result.influences.push(element); break;
        }
    }
    return result;
}

/**
 * Evaluates the impact layer of one plan as of a day: actuals merged and sorted, each
 * indicator and kpi judged, kpi values, planned values, ranges and drivers. Pure: the
 * actuals file is read by the caller.
 */
export function evaluatePlan(root: PlanFile, asOf: Day, files: readonly FileActuals[] = []): ImpactModel {
    const { indicators, actuals, kpis, objectives, influences } = impactElementsOf(root);
    // An influence (Part 5) takes its figures from the actuals file, by its name, as an indicator does.
    const influenceEntries = new Map<string, ActualEntry[]>(influences.map(influence => [influence.name, []]));
    const byName = new Map<string, Indicator>(); // a repeated name: the last one, as for a Map built from pairs
    const entries = new Map<Indicator, ActualEntry[]>();
    for (const indicator of indicators) {
        byName.set(indicator.name, indicator);
        entries.set(indicator, []);
    }
    for (const block of actuals) {
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
            const list = entries.get(byName.get(row.indicator)!) ?? influenceEntries.get(row.indicator);
            if (!list) {
                unknownRows.push({ file: file.file, row });
                continue;
            }
            list.push({ day: row.day, date: row.date, value: row.value, percent: row.percent, note: row.note, origin: { kind: 'csv', file: file.file, row: row.row } });
        }
    }

    const indicatorImpacts = new Map<Indicator, IndicatorImpact>();
    for (const indicator of indicators) {
        const list = sortedByDay(entries.get(indicator)!);
        const known = countUpTo(list, asOf); // sorted: the actuals known as of the day come first
        const latest = known > 0 ? list[known - 1] : undefined;
        const goal = indicator.qualitative ? undefined : goalOf(indicator.target);
        const baseline = parseAmount(indicator.baseline);
        const reference = percentReferenceOf(indicator, baseline, list);
        const percentClashes = percentClashesOf(indicator, baseline, list, reference);
        indicatorImpacts.set(indicator, {
            indicator,
            entries: list,
            latest,
            goal,
            baseline,
            judgement: goal && percentClashes.length === 0 ? judge(seriesOf(list, known), goal, asOf, baseline) : undefined,
            stale: latest !== undefined && indicator.cadence !== undefined && isStale(latest.day, indicator.cadence as Cadence, asOf),
            percent: reference?.percent ?? false,
            percentClashes
        });
    }

    const influenceSeries = new Map<Influence, ActualEntry[]>(influences.map(influence => [influence, sortedByDay(influenceEntries.get(influence.name) ?? [])]));
    const evaluator = new KpiEvaluator(indicatorImpacts, asOf, influenceSeries);
    const kpiImpacts = new Map<Kpi, KpiImpact>();
    for (const kpi of kpis) kpiImpacts.set(kpi, evaluator.impactOf(kpi));

    const keyResults = new Map<KeyResult, KeyResultImpact>();
    for (const objective of objectives) {
        for (const key of objective.keys) {
            const goal = goalOf({ operator: key.operator, value: key.value, by: key.by });
            const subject = key.subject?.ref;
            let judgement: Judgement | undefined;
            let percentClash: PercentReference | undefined;
            if (goal && subject?.$type === 'Indicator') {
                const impact = indicatorImpacts.get(subject);
                const reference = impact && percentReferenceOf(subject, impact.baseline, impact.entries);
                if (reference && reference.percent !== isPercent(key.value)) percentClash = reference;
                else if (impact && impact.percentClashes.length === 0) judgement = judge(seriesOf(impact.entries), goal, asOf, impact.baseline);
            } else if (goal && subject?.$type === 'Kpi') {
                const impact = kpiImpacts.get(subject);
                judgement = impact && judge(impact.series, goal, asOf);
            }
            keyResults.set(key, { key, goal, judgement, percentClash });
        }
    }
    return { asOf, indicators: indicatorImpacts, kpis: kpiImpacts, keyResults, unknownRows, influences: influenceSeries };
}

/**
 * The entries sorted by day, stably. Actuals are mostly written in order, and sorting calls
 * its comparator once per comparison (from the interpreter, in a short run).
 */
function sortedByDay(entries: ActualEntry[]): ActualEntry[] {
    for (let i = 1; i < entries.length; i++) {
        if (entries[i - 1].day > entries[i].day) return entries.sort((a, b) => a.day - b.day);
    }
    return entries;
}

/** How many of the entries (sorted by day) are on or before the day. */
function countUpTo(entries: readonly ActualEntry[], day: Day): number {
    let count = 0;
    while (count < entries.length && entries[count].day <= day) count++;
    return count;
}

/**
 * One value per day of the first `end` entries: when two actuals share a day (an error
 * reported elsewhere), the later-written wins.
 */
function seriesOf(entries: readonly ActualEntry[], end = entries.length): SeriesPoint[] {
    const series: SeriesPoint[] = [];
    for (let i = 0; i < end; i++) {
        const entry = entries[i];
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
    /** The lookup `evaluateFormula` takes, made once per scenario rather than per kpi evaluated. */
    readonly valueOf: (quantity: Quantity) => number | undefined;
}

/** What a kpi's formula names, read once: loops, dependencies and inputs all follow it. */
interface FormulaNames {
    /** Every name, in the order written (repeats kept). */
    readonly all: readonly Quantity[];
    readonly kpis: readonly Kpi[];
}

/** An assumption's amounts, parsed once: every scenario and range reads them. */
interface AssumptionAmounts {
    readonly value?: number;
    readonly low?: number;
    readonly high?: number;
}

interface Dependencies {
    readonly assumptions: Set<Assumption>;
    readonly indicators: Set<Indicator>;
    readonly influences: Set<Influence>;
}

/** Evaluates kpis, following references to other kpis; a kpi on a loop has no value. */
class KpiEvaluator {
    private readonly kpiLoops = new KpiLoops(kpi => this.namesOf(kpi).kpis);
    private readonly names = new Map<Kpi, FormulaNames>();
    private readonly amounts = new Map<Assumption, AssumptionAmounts>();
    private readonly actual = this.newScenario('actual');
    private readonly planned = this.newScenario('planned');
    private readonly daily = new Map<Day, Scenario>();
    /** Scenarios with one assumption pinned, by assumption (a few each: two modes, two ends). */
    private readonly pinned = new Map<Assumption, Scenario[]>();
    private readonly intervals = { actual: new Map<Kpi, Interval | undefined>(), planned: new Map<Kpi, Interval | undefined>() };
    private readonly dependencies = new Map<Kpi, Dependencies>();
    private readonly units = new Map<Kpi, Unit>();

    constructor(
        private readonly indicators: ReadonlyMap<Indicator, IndicatorImpact>,
        private readonly asOf: Day,
        private readonly influences: ReadonlyMap<Influence, readonly ActualEntry[]> = new Map()
    ) {}

    impactOf(kpi: Kpi): KpiImpact {
        const loop = this.loopOf(kpi);
        const goal = goalOf(kpi.target);
        const unit = this.unitOf(kpi);
        if (loop) return { kpi, unit, drivers: [], series: [], goal, loop, inputs: [] };
        const value = this.evaluate(kpi, this.actual);
        const planned = this.evaluate(kpi, this.planned);
        const mode = value !== undefined ? 'actual' : 'planned';
        const range = this.intervalOf(kpi, mode);
        const drivers: Driver[] = [];
        for (const assumption of this.dependenciesOf(kpi).assumptions) {
            const { low, high } = this.amountsOf(assumption);
            if (low === undefined || high === undefined) continue;
            const atLow = this.evaluate(kpi, this.pinnedScenario(mode, assumption, low));
            const atHigh = this.evaluate(kpi, this.pinnedScenario(mode, assumption, high));
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
        return this.kpiLoops.loopOf(kpi);
    }

    private namesOf(kpi: Kpi): FormulaNames {
        let names = this.names.get(kpi);
        if (!names) {
            const all = namesIn(kpi.formula);
            names = { all, kpis: all.filter(name => name.$type === 'Kpi') };
            this.names.set(kpi, names);
        }
        return names;
    }

    private amountsOf(assumption: Assumption): AssumptionAmounts {
        let amounts = this.amounts.get(assumption);
        if (!amounts) {
            amounts = { value: parseAmount(assumption.value), low: parseAmount(assumption.low), high: parseAmount(assumption.high) };
            this.amounts.set(assumption, amounts);
        }
        return amounts;
    }

    /** On a loop, or depending on a kpi that is: no value. */
    private isBroken(kpi: Kpi): boolean {
        return this.kpiLoops.isBroken(kpi);
    }

    private newScenario(mode: Scenario['mode'], assumption?: Assumption, at?: number): Scenario {
        const scenario: Scenario = { mode, assumption, at, memo: new Map(), valueOf: quantity => this.quantityValue(quantity, scenario) };
        return scenario;
    }

    private dayScenario(day: Day): Scenario {
        let scenario = this.daily.get(day);
        if (!scenario) this.daily.set(day, scenario = this.newScenario(day));
        return scenario;
    }

    /** Amounts that print alike (`0` and `-0`) share a scenario, as they always have. */
    private pinnedScenario(mode: 'actual' | 'planned', assumption: Assumption, at: number): Scenario {
        let scenarios = this.pinned.get(assumption);
        if (!scenarios) this.pinned.set(assumption, scenarios = []);
        let scenario = scenarios.find(known => known.mode === mode && known.at === at);
        if (!scenario) scenarios.push(scenario = this.newScenario(mode, assumption, at));
        return scenario;
    }

    private evaluate(kpi: Kpi, scenario: Scenario): number | undefined {
        const memo = scenario.memo;
        const known = memo.get(kpi);
        if (known !== undefined || memo.has(kpi)) return known;
        if (scenario.assumption && !this.isBroken(kpi) && !this.dependenciesOf(kpi).assumptions.has(scenario.assumption)) {
            // The pinned assumption does not reach this kpi (its dependencies are complete: it is
            // on no loop), so its value is the unpinned one, known already to the kpis that refer
            // to it. Otherwise each pinned scenario would evaluate every kpi down a chain again.
            return this.evaluate(kpi, scenario.mode === 'actual' ? this.actual : this.planned);
        }
        const value = this.isBroken(kpi) ? undefined : evaluateFormula(kpi.formula, scenario.valueOf);
        memo.set(kpi, value);
        return value;
    }

    private quantityValue(quantity: Quantity, scenario: Scenario): number | undefined {
        switch (quantity.$type) {
            case 'Assumption': return quantity === scenario.assumption ? scenario.at : this.amountsOf(quantity).value;
            case 'Indicator': return this.indicatorValue(quantity, scenario.mode);
            case 'Influence': return this.influenceValue(quantity, scenario.mode);
            default: return this.evaluate(quantity, scenario);
        }
    }

    /** An influence has no target: its planned value is its latest figure, as its actual value is. */
    private influenceValue(influence: Influence, mode: Scenario['mode']): number | undefined {
        const entries = this.influences.get(influence) ?? [];
        return latestBefore(entries, mode === 'actual' || mode === 'planned' ? this.asOf : Math.min(mode, this.asOf))?.value;
    }

    private indicatorValue(indicator: Indicator, mode: Scenario['mode']): number | undefined {
        const impact = this.indicators.get(indicator);
        if (mode === 'planned') return impact?.goal?.value;
        if (mode === 'actual') return impact?.latest?.value;
        return latestBefore(impact?.entries ?? [], Math.min(mode, this.asOf))?.value;
    }

    private intervalOf(kpi: Kpi, mode: 'actual' | 'planned'): Interval | undefined {
        const intervals = this.intervals[mode];
        if (intervals.has(kpi)) return intervals.get(kpi);
        intervals.set(kpi, undefined);
        const result = this.isBroken(kpi) ? undefined : evaluateInterval(kpi.formula, quantity => {
            switch (quantity.$type) {
                case 'Assumption': return this.assumptionInterval(quantity);
                case 'Indicator': {
                    const value = this.indicatorValue(quantity, mode);
                    return value === undefined ? undefined : point(value);
                }
                case 'Influence': {
                    const value = this.influenceValue(quantity, mode);
                    return value === undefined ? undefined : point(value);
                }
                default: return this.intervalOf(quantity, mode);
            }
        });
        intervals.set(kpi, result);
        return result;
    }

    private assumptionInterval(assumption: Assumption): Interval | undefined {
        const { value, low, high } = this.amountsOf(assumption);
        if (low !== undefined && high !== undefined) return { low: Math.min(low, high), high: Math.max(low, high) };
        return value === undefined ? undefined : point(value);
    }

    /** Assumptions (in first-use order) and indicators the kpi depends on, directly or through other kpis. */
    private dependenciesOf(kpi: Kpi): Dependencies {
        const known = this.dependencies.get(kpi);
        if (known) return known;
        const result = { assumptions: new Set<Assumption>(), indicators: new Set<Indicator>(), influences: new Set<Influence>() };
        this.dependencies.set(kpi, result); // a loop sees the partial sets; loops have no value anyway
        for (const name of this.namesOf(kpi).all) {
            switch (name.$type) {
                case 'Assumption': result.assumptions.add(name); break;
                case 'Indicator': result.indicators.add(name); break;
                case 'Influence': result.influences.add(name); break;
                case 'Kpi': {
                    const inner = this.dependenciesOf(name);
                    inner.assumptions.forEach(a => result.assumptions.add(a));
                    inner.indicators.forEach(i => result.indicators.add(i));
                    inner.influences.forEach(i => result.influences.add(i));
                    break;
                }
            }
        }
        return result;
    }

    /** A value at every day one of its indicators has an actual, once all of them have one. */
    private seriesOf(kpi: Kpi): SeriesPoint[] {
        const series: SeriesPoint[] = [];
        const { indicators, influences } = this.dependenciesOf(kpi);
        for (const day of this.knownDaysOf(indicators, influences)) {
            const value = this.evaluate(kpi, this.dayScenario(day));
            if (value !== undefined) series.push({ day, value });
        }
        return series;
    }

    /**
     * The days, up to the check date, on which one of the indicators has an actual, in order.
     * Indicators of one kpi mostly share their days: repeats are dropped before sorting, and
     * the days of one indicator come sorted already.
     */
    private knownDaysOf(indicators: ReadonlySet<Indicator>, influences: ReadonlySet<Influence>): Day[] {
        const unique = new Set<Day>();
        const lists = [...[...indicators].map(indicator => this.indicators.get(indicator)?.entries ?? []), ...[...influences].map(influence => this.influences.get(influence) ?? [])];
        for (const entries of lists) {
            for (let i = 0; i < entries.length && entries[i].day <= this.asOf; i++) unique.add(entries[i].day);
        }
        const days = [...unique];
        return isAscending(days) ? days : days.sort((a, b) => a - b);
    }

    unitOf(kpi: Kpi, visiting?: Set<Kpi>): Unit {
        if (kpi.unit) return parseUnit(kpi.unit);
        return this.inferredUnitOf(kpi, visiting ?? new Set());
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
    if (quantity.$type === 'Kpi') return kpiUnit(quantity);
    return parseUnit(quantity.unit);
}

function isAscending(days: readonly Day[]): boolean {
    for (let i = 1; i < days.length; i++) if (days[i - 1] > days[i]) return false;
    return true;
}

function latestBefore(entries: readonly ActualEntry[], day: Day): ActualEntry | undefined {
    let found: ActualEntry | undefined;
    for (const entry of entries) {
        if (entry.day <= day) found = entry;
        else break;
    }
    return found;
}
