import type { AstNode, Reference } from 'langium';
import type { ActualPoint, Expression, Experiment, Indicator, Influence, Kpi, PlanFile, Quantity } from '../generated/ast.js';
import { isPercent, parseAmount } from './amounts.js';
import { parseDay } from './dates.js';
import type { Uplift } from './experiment-uplift.js';
import type { ActualEntry, ImpactModel, IndicatorImpact, KpiImpact } from './impact-model.js';

/**
 * After an edit, the parts of a plan's evaluation that cannot have changed are taken from
 * the evaluation before it. An edit parses again only the blocks it touched
 * (parser/incremental-parse.ts); every other block keeps its elements, which now belong to
 * the new tree. The previous figures are looked up by the new tree's elements, so an element
 * found there is one the edit left as it was, the same text as then; its figures are reused
 * when what they were computed from is the same too:
 * - an indicator's, when its actuals (inline and from files) are the same entries;
 * - a kpi's, when every reference its formula follows leads to the element it led to then
 *   (an edit elsewhere can make a name resolve to another element), and each of those is
 *   unchanged in turn: a kpi reused as well, an indicator whose figures were reused, an
 *   assumption (and the experiment it comes `from`) or an influence with the same figures.
 * On a 50,000-line plan an edit of one indicator evaluated every kpi again (about 17 ms);
 * now it evaluates the kpis that depend on it. test/impact/impact-reuse.test.ts compares the
 * figures with an evaluation from scratch after random edits.
 */
export class ImpactReuse {
    private readonly kpis = new Map<Kpi, boolean>();
    private readonly influenceSame = new Map<Influence, boolean>();
    private indicatorImpacts: ReadonlyMap<Indicator, IndicatorImpact> = new Map();
    private influenceSeries: ReadonlyMap<Influence, readonly ActualEntry[]> = new Map();

    constructor(
        private readonly root: PlanFile,
        private readonly previous: ImpactModel | undefined
    ) {}

    /** The previous figures of the indicator, if its element and its entries (sorted by day) are the same. */
    indicator(indicator: Indicator, entries: readonly ActualEntry[]): IndicatorImpact | undefined {
        const before = this.previous?.indicators.get(indicator);
        if (!before || !sameEntries(before.entries, entries)) return undefined;
        return before;
    }

    /** The experiment's previous uplift, if its element is unchanged (undefined: not known). */
    experiment(experiment: Experiment): { uplift: Uplift | undefined } | undefined {
        const experiments = this.previous?.experiments;
        if (!experiments?.has(experiment)) return undefined;
        return { uplift: experiments.get(experiment) };
    }

    /** Called once the indicators and influences of the new evaluation are known, before the kpis. */
    figuresKnown(indicators: ReadonlyMap<Indicator, IndicatorImpact>, influences: ReadonlyMap<Influence, readonly ActualEntry[]>): void {
        this.indicatorImpacts = indicators;
        this.influenceSeries = influences;
    }

    /** The kpi's previous figures, if nothing they were computed from has changed. */
    kpi(kpi: Kpi): KpiImpact | undefined {
        return this.kpiUnchanged(kpi) ? this.previous!.kpis.get(kpi) : undefined;
    }

    /** Records what the kpi's figures were computed from, for the evaluation after the next edit. */
    record(impact: KpiImpact): void {
        if (!readsOf.has(impact)) readsOf.set(impact, readsOfKpi(impact.kpi));
    }

    private kpiUnchanged(kpi: Kpi): boolean {
        const known = this.kpis.get(kpi);
        if (known !== undefined) return known;
        this.kpis.set(kpi, false); // a kpi on a loop is never reused
        const before = this.previous?.kpis.get(kpi);
        const reads = before && readsOf.get(before);
        let unchanged = reads !== undefined;
        for (let i = 0; unchanged && i < reads!.length; i++) {
            const [reference, target] = reads![i];
            unchanged = reference.ref === target && (target === undefined || this.targetUnchanged(target));
        }
        this.kpis.set(kpi, unchanged);
        return unchanged;
    }

    private targetUnchanged(target: AstNode): boolean {
        // An element of another plan: its figures belong to that plan's evaluation, not this one's.
        if (target.$container !== this.root) return false;
        switch (target.$type) {
            case 'Kpi':
                return this.kpiUnchanged(target as Kpi);
            case 'Indicator': {
                const indicator = target as Indicator;
                const before = this.previous!.indicators.get(indicator);
                return before !== undefined && this.indicatorImpacts.get(indicator) === before;
            }
            case 'Influence':
                return this.influenceUnchanged(target as Influence);
            default:
                // An assumption (its `from` is among the reads) or an experiment: its own lines.
                return true;
        }
    }

    private influenceUnchanged(influence: Influence): boolean {
        let same = this.influenceSame.get(influence);
        if (same === undefined) {
            const before = this.previous!.influences.get(influence);
            const now = this.influenceSeries.get(influence);
            same = before !== undefined && now !== undefined && sameEntries(before, now);
            this.influenceSame.set(influence, same);
        }
        return same;
    }
}

/** Each reference a kpi's figures follow, with where it led: its formula's names, and the `from` of the assumptions among them. */
type Reads = readonly (readonly [Reference, AstNode | undefined])[];

/** What each kpi's figures were computed from (kept with the figures, so they go with them). */
const readsOf = new WeakMap<KpiImpact, Reads>();

function readsOfKpi(kpi: Kpi): Reads {
    const reads: [Reference, AstNode | undefined][] = [];
    const visit = (expression: Expression | undefined): void => {
        switch (expression?.$type) {
            case 'QuantityRef': {
                const reference = expression.ref;
                if (!reference) return;
                const target: Quantity | undefined = reference.ref;
                reads.push([reference, target]);
                if (target?.$type === 'Assumption' && target.from) reads.push([target.from, target.from.ref]);
                return;
            }
            case 'Negation':
                visit(expression.operand);
                return;
            case 'BinaryExpression':
                visit(expression.left);
                visit(expression.right);
                return;
        }
    };
    visit(kpi.formula);
    return reads;
}

function sameEntries(a: readonly ActualEntry[], b: readonly ActualEntry[]): boolean {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
        const x = a[i];
        const y = b[i];
        if (x === y) continue;
        if (x.day !== y.day || x.date !== y.date || x.value !== y.value || x.percent !== y.percent || x.note !== y.note) return false;
        const [o, p] = [x.origin, y.origin];
        if (o.kind === 'inline' ? p.kind !== 'inline' || o.point !== p.point : p.kind !== 'csv' || o.file !== p.file || o.row !== p.row) return false;
    }
    return true;
}

/** Each inline actual's entry, read once for as long as its line is unchanged (null: not a dated number). */
const entries = new WeakMap<ActualPoint, ActualEntry | null>();

export function entryOf(actual: ActualPoint): ActualEntry | undefined {
    let entry = entries.get(actual);
    if (entry === undefined) {
        const day = parseDay(actual.date);
        const value = parseAmount(actual.value);
        entry =
            day === undefined || value === undefined
                ? null
                : { day, date: actual.date, value, percent: isPercent(actual.value), note: actual.note, origin: { kind: 'inline', point: actual } };
        entries.set(actual, entry);
    }
    return entry ?? undefined;
}
