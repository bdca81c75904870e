import type { Day } from '../impact/dates.js';
import { formatDay, parseDay } from '../impact/dates.js';
import type { Cadence } from './measure-plan.js';

/**
 * Periods of a measure by its cadence, as the contract says: named by their first day
 * (`2026-07` for a month, `2026-07-06` for a week, which starts on Monday, `2026-07-01` for
 * a quarter or a year), from the first period with a row of the event up to the period
 * holding `--as-of`, which is left out while incomplete (it is complete when `--as-of` is
 * its last day).
 */

/** The first day of the period holding `day`. */
export function periodStart(day: Day, cadence: Cadence): Day {
    const date = formatDay(day); // YYYY-MM-DD
    const year = Number(date.slice(0, 4));
    const month = Number(date.slice(5, 7));
    switch (cadence) {
        case 'weekly': {
            const weekday = ((day % 7) + 7 + 3) % 7; // 1970-01-01 was a Thursday: Monday is 0
            return day - weekday;
        }
        case 'monthly':
            return parseDay(`${date.slice(0, 7)}-01`)!;
        case 'quarterly':
            return parseDay(`${year}-${String(Math.floor((month - 1) / 3) * 3 + 1).padStart(2, '0')}-01`)!;
        case 'yearly':
            return parseDay(`${year}-01-01`)!;
    }
}

/** The first day of the next period. */
export function nextPeriod(start: Day, cadence: Cadence): Day {
    if (cadence === 'weekly') return start + 7;
    const date = formatDay(start);
    let year = Number(date.slice(0, 4));
    let month = Number(date.slice(5, 7)) + (cadence === 'monthly' ? 1 : cadence === 'quarterly' ? 3 : 12);
    while (month > 12) {
        month -= 12;
        year++;
    }
    return parseDay(`${year}-${String(month).padStart(2, '0')}-01`)!;
}

/** A period's name: `YYYY-MM` for a month, its first day otherwise. */
export function periodName(start: Day, cadence: Cadence): string {
    const date = formatDay(start);
    return cadence === 'monthly' ? date.slice(0, 7) : date;
}

/** Whether the period starting at `start` is over as of `asOf` (its last day is on or before it). */
export function isComplete(start: Day, cadence: Cadence, asOf: Day): boolean {
    return nextPeriod(start, cadence) - 1 <= asOf;
}

/** Every complete period from the one holding `first` on, as of `asOf`. */
export function periodsFrom(first: Day, cadence: Cadence, asOf: Day): Day[] {
    const periods: Day[] = [];
    for (let start = periodStart(first, cadence); isComplete(start, cadence, asOf); start = nextPeriod(start, cadence)) periods.push(start);
    return periods;
}
