import type { Day } from '../impact/dates.js';
import { parseDay } from '../impact/dates.js';
import type { MeasureSpec } from './measure-plan.js';
import { isComplete, periodName, periodsFrom } from './periods.js';

/** One row a measure's query returns (see sql-builder.ts). */
export interface QueryRow {
    /** `YYYY-MM-DD`, the period's first day. */
    readonly period: string;
    readonly value: number | null;
    readonly rows: number;
    readonly consent: number;
    readonly missing: number;
    readonly present: number;
}

/** One figure of a measure: what `cop measure` prints and `--write` puts in the actuals file. */
export interface Figure {
    readonly name: string;
    /** The period's name (`2026-07`, `2026-07-06`). */
    readonly period: string;
    readonly value: number;
    readonly rows: number | null;
    readonly excluded: { readonly consent: number; readonly missing: number } | null;
}

/**
 * The figures of a measure from its query's rows: periods from the first with a row of the
 * event up to the last complete one; a period without rows is 0 where the form counts
 * (count, unique, sum, influence) and absent where it is a ratio (share, retained); a
 * retention cohort only once each of its members had the N days to return.
 */
export function figuresOf(measure: MeasureSpec, rows: readonly QueryRow[], asOf: Day): Figure[] {
    const byStart = new Map<Day, QueryRow>();
    for (const row of rows) {
        const start = parseDay(row.period.slice(0, 10));
        if (start !== undefined) byStart.set(start, row);
    }
    const present = [...byStart.entries()]
        .filter(([, row]) => row.present > 0)
        .map(([start]) => start)
        .sort((a, b) => a - b);
    if (present.length === 0) return [];
    const figures: Figure[] = [];
    for (const start of periodsFrom(present[0], measure.cadence, asOf)) {
        const row = byStart.get(start);
        const excluded = { consent: row?.consent ?? 0, missing: row?.missing ?? 0 };
        let value = row?.value ?? null;
        if (measure.kind.form === 'retained' && !isComplete(start, measure.cadence, asOf - measure.kind.days)) value = null;
        if (value === null && measure.zeroFill) value = 0;
        if (value === null) continue;
        figures.push({ name: measure.name, period: periodName(start, measure.cadence), value, rows: row?.rows ?? 0, excluded });
    }
    return figures;
}

/** The figures of a `sql` measure: its rows in complete periods, the rest dropped. */
export function sqlFiguresOf(measure: MeasureSpec, rows: readonly { period: string | null; value: number | null }[], asOf: Day, first?: Day): Figure[] {
    const figures: Figure[] = [];
    const seen = new Set<string>();
    for (const row of rows) {
        if (row.period === null || row.value === null || !Number.isFinite(row.value)) continue;
        const start = parseDay(row.period.slice(0, 10));
        if (start === undefined || !isComplete(start, measure.cadence, asOf) || (first !== undefined && start < first)) continue;
        const name = periodName(start, measure.cadence);
        if (seen.has(name)) continue;
        seen.add(name);
        figures.push({ name: measure.name, period: name, value: row.value, rows: null, excluded: null });
    }
    return figures.sort((a, b) => a.period.localeCompare(b.period));
}
