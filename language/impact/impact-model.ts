import type { Actual, ActualPoint, Assumption, Experiment, Indicator, Influence, KeyResult, Kpi, Objective, PlanFile } from '../generated/ast.js';
import type { AdjustmentShare, KpiShares } from './adjustments.js';
import { isPercent, parseAmount } from './amounts.js';
import type { CsvActual } from './actuals-csv.js';
import type { Day } from './dates.js';
import type { Grade } from './evidence-grade.js';
import type { Uplift } from './experiment-uplift.js';
import { upliftOf } from './experiment-uplift.js';
import { entryOf, ImpactReuse } from './impact-reuse.js';
import { goalOf } from './goal.js';
import type { Interval } from './interval.js';
import { KpiEvaluator } from './kpi-evaluator.js';
import type { PercentClash, PercentReference } from './percent-mix.js';
import { percentClashesOf, percentReferenceOf } from './percent-mix.js';
import type { Cadence, Goal, Judgement, SeriesPoint } from './status.js';
import { isStale, judge } from './status.js';
import type { Unit } from './units.js';

export { goalOf } from './goal.js';
export { quantityUnit } from './kpi-evaluator.js';

/** Where an actual was written: an inline `actual` line or a row of the actuals file. */
export type ActualOrigin = { readonly kind: 'inline'; readonly point: ActualPoint } | { readonly kind: 'csv'; readonly file: string; readonly row: number };

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
    /** An assumption, or a ranged share of a kpi (named `KPI.deadweight` etc.). */
    readonly assumption: Assumption | AdjustmentShare;
    /** The kpi's value with this assumption (or share) at the low and the high end of its range. */
    readonly low: number;
    readonly high: number;
}

export interface KpiImpact {
    readonly kpi: Kpi;
    readonly unit: Unit;
    /** Evaluated on the latest actuals, net of its adjustments; undefined while an indicator has none ("no data"). */
    readonly value?: number;
    /** The formula's value on the latest actuals, before the kpi's own adjustments. */
    readonly gross?: number;
    /** Its deadweight, displacement and attribution (undefined where not written or not usable). */
    readonly adjustments: KpiShares;
    /** The weakest evidence its figure rests on. */
    readonly grade: Grade;
    /** What gives it that grade: itself, other kpis or assumptions, each of that grade. */
    readonly weakest: readonly (Kpi | Assumption)[];
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
    /**
     * Whether its formula reaches an `influence` (Part 5), directly or through other kpis:
     * then it counts only the community's share already and needs no `attribution`.
     */
    readonly reachesInfluence: boolean;
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
    /** Each experiment's uplift; undefined while it has a problem (experiment-invalid). */
    readonly experiments: ReadonlyMap<Experiment, Uplift | undefined>;
    /** Rows of the actuals file naming no indicator of the plan. */
    readonly unknownRows: readonly { readonly file: string; readonly row: CsvActual }[];
    /** Each influence's figures from the actuals file (Part 5), sorted by day. */
    readonly influences: ReadonlyMap<Influence, readonly ActualEntry[]>;
}

/** The elements the impact layer reads, each kind in plan order. */
interface ImpactElements {
    readonly indicators: Indicator[];
    readonly actuals: Actual[];
    readonly kpis: Kpi[];
    readonly objectives: Objective[];
    readonly experiments: Experiment[];
    readonly influences: Influence[];
}

/**
 * The plan's indicators, actual blocks, kpis and objectives in one pass. These types have no
 * subtypes, so comparing `$type` says what the generated guards (`isKpi`, …) say, without a
 * reflection lookup per element and guard.
 */
function impactElementsOf(root: PlanFile): ImpactElements {
    const result = {
        indicators: [] as Indicator[],
        actuals: [] as Actual[],
        kpis: [] as Kpi[],
        objectives: [] as Objective[],
        experiments: [] as Experiment[],
        influences: [] as Influence[]
    };
    for (const element of root.elements ?? []) {
        switch (element.$type) {
            case 'Indicator':
                result.indicators.push(element);
                break;
            case 'Actual':
                result.actuals.push(element);
                break;
            case 'Kpi':
                result.kpis.push(element);
                break;
            case 'Objective':
                result.objectives.push(element);
                break;
            case 'Experiment':
                result.experiments.push(element);
                break;
            case 'Influence':
                result.influences.push(element);
                break;
        }
    }
    return result;
}

/**
 * Evaluates the impact layer of one plan as of a day: actuals merged and sorted, each
 * indicator and kpi judged, kpi values, planned values, ranges and drivers. Pure: the
 * actuals file is read by the caller.
 */
export function evaluatePlan(root: PlanFile, asOf: Day, files: readonly FileActuals[] = [], previous?: ImpactModel): ImpactModel {
    const { indicators, actuals, kpis, objectives, experiments, influences } = impactElementsOf(root);
    // What an edit left unchanged is taken from the evaluation before it (impact-reuse.ts).
    const reuse = new ImpactReuse(root, previous?.asOf === asOf ? previous : undefined);
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
            const entry = entryOf(actual);
            if (entry) list.push(entry);
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
            list.push({
                day: row.day,
                date: row.date,
                value: row.value,
                percent: row.percent,
                note: row.note,
                origin: { kind: 'csv', file: file.file, row: row.row }
            });
        }
    }

    const indicatorImpacts = new Map<Indicator, IndicatorImpact>();
    for (const indicator of indicators) {
        const list = sortedByDay(entries.get(indicator)!);
        const reused = reuse.indicator(indicator, list);
        if (reused) {
            indicatorImpacts.set(indicator, reused);
            continue;
        }
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

    const influenceSeries = new Map<Influence, ActualEntry[]>(
        influences.map(influence => [influence, sortedByDay(influenceEntries.get(influence.name) ?? [])])
    );
    reuse.figuresKnown(indicatorImpacts, influenceSeries);
    const evaluator = new KpiEvaluator(indicatorImpacts, asOf, influenceSeries);
    const kpiImpacts = new Map<Kpi, KpiImpact>();
    for (const kpi of kpis) {
        const impact = reuse.kpi(kpi) ?? evaluator.impactOf(kpi);
        reuse.record(impact);
        kpiImpacts.set(kpi, impact);
    }

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
    const experimentUplifts = new Map<Experiment, Uplift | undefined>(
        experiments.map(experiment => [experiment, (reuse.experiment(experiment) ?? { uplift: upliftOf(experiment) }).uplift])
    );
    return { asOf, indicators: indicatorImpacts, kpis: kpiImpacts, keyResults, unknownRows, experiments: experimentUplifts, influences: influenceSeries };
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
