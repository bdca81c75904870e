import type { Assumption, Indicator, Influence, Kpi, Quantity } from '../generated/ast.js';
import type { AdjustmentShare, KpiShares } from './adjustments.js';
import { ADJUSTMENT_KINDS, kpiShares, netFactor, netFactorInterval } from './adjustments.js';
import type { AssumptionAmounts } from './assumption-amounts.js';
import { assumptionAmounts } from './assumption-amounts.js';
import type { Day } from './dates.js';
import { KpiGrades } from './evidence-grade.js';
import { evaluateFormula, evaluateInterval, namesIn, unitOfFormula } from './formula.js';
import { goalOf } from './goal.js';
import type { ActualEntry, Driver, IndicatorImpact, KpiImpact } from './impact-model.js';
import type { Interval } from './interval.js';
import { multiplyIntervals, point } from './interval.js';
import { KpiLoops } from './kpi-loops.js';
import type { SeriesPoint } from './status.js';
import { judge } from './status.js';
import type { Unit } from './units.js';
import { parseUnit } from './units.js';

/** What a scenario holds at one end of its range: an assumption or a ranged share of a kpi. */
type Pinned = Assumption | AdjustmentShare;

/**
 * One way of evaluating every kpi: indicators at their latest actual, at their target, or
 * at their latest actual as of a day; optionally one assumption (or one ranged share) pinned
 * to one end of its range. Each scenario remembers the kpis it has evaluated, so a kpi
 * referred to by many others is computed once per scenario and a plan's evaluation stays
 * near-linear in size. The memo holds net values: a kpi enters another's formula net.
 */
interface Scenario {
    readonly mode: 'actual' | 'planned' | Day;
    readonly pinned?: Pinned;
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

interface Dependencies {
    readonly assumptions: Set<Assumption>;
    readonly indicators: Set<Indicator>;
    /** Influences (Part 5) the formula reaches: their figures come from the actuals file. */
    readonly influences: Set<Influence>;
    /** Ranged shares of this kpi and of the kpis it names, in first-use order. */
    readonly shares: Set<AdjustmentShare>;
}

/** Evaluates kpis, following references to other kpis; a kpi on a loop has no value. */
export class KpiEvaluator {
    private readonly kpiLoops = new KpiLoops(kpi => this.namesOf(kpi).kpis);
    private readonly names = new Map<Kpi, FormulaNames>();
    private readonly amounts = new Map<Assumption, AssumptionAmounts>();
    private readonly shares = new Map<Kpi, { figures: KpiShares; ranged: AdjustmentShare[] }>();
    private readonly actual = this.newScenario('actual');
    private readonly planned = this.newScenario('planned');
    private readonly daily = new Map<Day, Scenario>();
    /** Scenarios with one assumption or share pinned, by what is pinned (a few each: two modes, two ends). */
    private readonly pinnedScenarios = new Map<Pinned, Scenario[]>();
    private readonly intervals = { actual: new Map<Kpi, Interval | undefined>(), planned: new Map<Kpi, Interval | undefined>() };
    private readonly dependencies = new Map<Kpi, Dependencies>();
    private readonly units = new Map<Kpi, Unit>();
    private readonly grades = new KpiGrades(kpi => this.namedBy(kpi));

    constructor(
        private readonly indicators: ReadonlyMap<Indicator, IndicatorImpact>,
        private readonly asOf: Day,
        private readonly influences: ReadonlyMap<Influence, readonly ActualEntry[]> = new Map()
    ) {}

    impactOf(kpi: Kpi): KpiImpact {
        const loop = this.loopOf(kpi);
        const goal = goalOf(kpi.target);
        const unit = this.unitOf(kpi);
        const adjustments = this.sharesOf(kpi).figures;
        const dependencies = this.dependenciesOf(kpi);
        const { grade, weakest } = this.grades.gradeOf(kpi);
        const reachesInfluence = dependencies.influences.size > 0;
        if (loop) return { kpi, unit, drivers: [], series: [], goal, loop, inputs: [], reachesInfluence, adjustments, grade, weakest };
        const value = this.evaluate(kpi, this.actual);
        const planned = this.evaluate(kpi, this.planned);
        const gross = evaluateFormula(kpi.formula, this.actual.valueOf);
        const mode = value !== undefined ? 'actual' : 'planned';
        const range = this.intervalOf(kpi, mode);
        const drivers: Driver[] = [];
        for (const assumption of dependencies.assumptions) {
            const { low, high } = this.amountsOf(assumption);
            if (low === undefined || high === undefined) continue;
            this.addDriver(drivers, kpi, mode, assumption, low, high);
        }
        for (const share of dependencies.shares) this.addDriver(drivers, kpi, mode, share, share.figures.low, share.figures.high);
        drivers.sort((a, b) => Math.abs(b.high - b.low) - Math.abs(a.high - a.low));
        const series = this.seriesOf(kpi);
        return {
            kpi,
            unit,
            value,
            planned,
            gross,
            range,
            drivers,
            series,
            goal,
            adjustments,
            grade,
            weakest,
            inputs: [...dependencies.indicators],
            reachesInfluence,
            judgement: goal ? judge(series, goal, this.asOf) : undefined
        };
    }

    /** The kpi's value with `pinned` at each end of its range, all else at its point value. */
    private addDriver(drivers: Driver[], kpi: Kpi, mode: 'actual' | 'planned', pinned: Pinned, low: number, high: number): void {
        const atLow = this.evaluate(kpi, this.pinnedScenario(mode, pinned, low));
        const atHigh = this.evaluate(kpi, this.pinnedScenario(mode, pinned, high));
        if (atLow === undefined || atHigh === undefined) return;
        drivers.push({ assumption: pinned, low: atLow, high: atHigh });
    }

    /** The kpis `kpi` reaches again through its formula, as a path, if any. */
    loopOf(kpi: Kpi): Kpi[] | undefined {
        return this.kpiLoops.loopOf(kpi);
    }

    /** The assumptions and kpis the kpi's formula names directly, each once. */
    private namedBy(kpi: Kpi): { assumptions: Set<Assumption>; kpis: Set<Kpi> } {
        const names = this.namesOf(kpi);
        return { assumptions: new Set(names.all.filter((name): name is Assumption => name.$type === 'Assumption')), kpis: new Set(names.kpis) };
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
        if (!amounts) this.amounts.set(assumption, (amounts = assumptionAmounts(assumption)));
        return amounts;
    }

    /** The kpi's shares, read once, and its ranged ones as drivers (one object each, for the scenarios' keys). */
    private sharesOf(kpi: Kpi): { figures: KpiShares; ranged: AdjustmentShare[] } {
        let shares = this.shares.get(kpi);
        if (!shares) {
            const figures = kpiShares(kpi);
            const ranged: AdjustmentShare[] = [];
            for (const kind of ADJUSTMENT_KINDS) {
                const share = figures[kind];
                if (share?.ranged) ranged.push({ $type: 'AdjustmentShare', kpi, kind, name: `${kpi.name}.${kind}`, figures: share });
            }
            this.shares.set(kpi, (shares = { figures, ranged }));
        }
        return shares;
    }

    /** On a loop, or depending on a kpi that is: no value. */
    private isBroken(kpi: Kpi): boolean {
        return this.kpiLoops.isBroken(kpi);
    }

    private newScenario(mode: Scenario['mode'], pinned?: Pinned, at?: number): Scenario {
        const scenario: Scenario = { mode, pinned, at, memo: new Map(), valueOf: quantity => this.quantityValue(quantity, scenario) };
        return scenario;
    }

    private dayScenario(day: Day): Scenario {
        let scenario = this.daily.get(day);
        if (!scenario) this.daily.set(day, (scenario = this.newScenario(day)));
        return scenario;
    }

    /** Amounts that print alike (`0` and `-0`) share a scenario, as they always have. */
    private pinnedScenario(mode: 'actual' | 'planned', pinned: Pinned, at: number): Scenario {
        let scenarios = this.pinnedScenarios.get(pinned);
        if (!scenarios) this.pinnedScenarios.set(pinned, (scenarios = []));
        let scenario = scenarios.find(known => known.mode === mode && known.at === at);
        if (!scenario) scenarios.push((scenario = this.newScenario(mode, pinned, at)));
        return scenario;
    }

    private reaches(kpi: Kpi, pinned: Pinned): boolean {
        const dependencies = this.dependenciesOf(kpi);
        return pinned.$type === 'Assumption' ? dependencies.assumptions.has(pinned) : dependencies.shares.has(pinned);
    }

    private evaluate(kpi: Kpi, scenario: Scenario): number | undefined {
        const memo = scenario.memo;
        const known = memo.get(kpi);
        if (known !== undefined || memo.has(kpi)) return known;
        if (scenario.pinned && !this.isBroken(kpi) && !this.reaches(kpi, scenario.pinned)) {
            // The pinned assumption or share does not reach this kpi (its dependencies are
            // complete: it is on no loop), so its value is the unpinned one, known already to
            // the kpis that refer to it. Otherwise each pinned scenario would evaluate every kpi
            // down a chain again.
            return this.evaluate(kpi, scenario.mode === 'actual' ? this.actual : this.planned);
        }
        const gross = this.isBroken(kpi) ? undefined : evaluateFormula(kpi.formula, scenario.valueOf);
        const value = gross === undefined ? undefined : gross * this.factorOf(kpi, scenario);
        memo.set(kpi, value);
        return value;
    }

    /** (1 − d)(1 − disp)(1 − attr) of the kpi in this scenario. */
    private factorOf(kpi: Kpi, scenario: Scenario): number {
        const { figures } = this.sharesOf(kpi);
        const pinned = scenario.pinned;
        const own = pinned && pinned.$type !== 'Assumption' && pinned.kpi === kpi ? { kind: pinned.kind, at: scenario.at! } : undefined;
        return netFactor(figures, own);
    }

    private quantityValue(quantity: Quantity, scenario: Scenario): number | undefined {
        switch (quantity.$type) {
            case 'Assumption':
                return quantity === scenario.pinned ? scenario.at : this.amountsOf(quantity).value;
            case 'Indicator':
                return this.indicatorValue(quantity, scenario.mode);
            case 'Influence':
                return this.influenceValue(quantity, scenario.mode);
            default:
                return this.evaluate(quantity, scenario);
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
        const gross = this.isBroken(kpi)
            ? undefined
            : evaluateInterval(kpi.formula, quantity => {
                  switch (quantity.$type) {
                      case 'Assumption':
                          return this.assumptionInterval(quantity);
                      case 'Indicator': {
                          const value = this.indicatorValue(quantity, mode);
                          return value === undefined ? undefined : point(value);
                      }
                      case 'Influence': {
                          const value = this.influenceValue(quantity, mode);
                          return value === undefined ? undefined : point(value);
                      }
                      default:
                          return this.intervalOf(quantity, mode);
                  }
              });
        const result = gross && multiplyIntervals(gross, netFactorInterval(this.sharesOf(kpi).figures));
        intervals.set(kpi, result);
        return result;
    }

    private assumptionInterval(assumption: Assumption): Interval | undefined {
        const { value, low, high } = this.amountsOf(assumption);
        if (low !== undefined && high !== undefined) return { low: Math.min(low, high), high: Math.max(low, high) };
        return value === undefined ? undefined : point(value);
    }

    /** Assumptions (in first-use order), indicators, ranged shares and kpis the kpi depends on, directly or through other kpis. */
    private dependenciesOf(kpi: Kpi): Dependencies {
        const known = this.dependencies.get(kpi);
        if (known) return known;
        const result: Dependencies = { assumptions: new Set(), indicators: new Set(), influences: new Set(), shares: new Set(this.sharesOf(kpi).ranged) };
        this.dependencies.set(kpi, result); // a loop sees the partial sets; loops have no value anyway
        for (const name of this.namesOf(kpi).all) {
            switch (name.$type) {
                case 'Assumption':
                    result.assumptions.add(name);
                    break;
                case 'Indicator':
                    result.indicators.add(name);
                    break;
                case 'Influence':
                    result.influences.add(name);
                    break;
                case 'Kpi': {
                    const inner = this.dependenciesOf(name);
                    for (const assumption of inner.assumptions) result.assumptions.add(assumption);
                    for (const indicator of inner.indicators) result.indicators.add(indicator);
                    for (const influence of inner.influences) result.influences.add(influence);
                    for (const share of inner.shares) result.shares.add(share);
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
        const lists = [
            ...[...indicators].map(indicator => this.indicators.get(indicator)?.entries ?? []),
            ...[...influences].map(influence => this.influences.get(influence) ?? [])
        ];
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
