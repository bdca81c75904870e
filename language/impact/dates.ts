/**
 * Dates of the plan language: `YYYY-MM` (the first day of that month) or `YYYY-MM-DD`.
 * Internally a date is a day number (days since 1970-01-01, UTC), so durations are
 * plain subtractions counted in days, as the contract asks.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;

const PLAN_DATE = /^\d{4}-\d{2}(?:-\d{2})?$/;

/** The day a plan date names, or undefined when the text is not a real calendar date. */
export function parseDay(text: string | undefined): Day | undefined {
    if (!text) return undefined;
    const date = text.trim();
    // One `test` and digits read in place: a match would allocate an array and three strings,
    // and plans have thousands of dates.
    if (!PLAN_DATE.test(date)) return undefined;
    const year = digitsAt(date, 0, 4);
    const month = digitsAt(date, 5, 2);
    const day = date.length > 7 ? digitsAt(date, 8, 2) : 1;
    if (month < 1 || month > 12 || day < 1) return undefined;
    const time = Date.UTC(year, month - 1, day);
    // Date.UTC rolls 2026-02-30 over to March: that is not a date anybody meant.
    if (time >= Date.UTC(year, month, 1)) return undefined;
    return Math.round(time / MS_PER_DAY);
}

/** The number the `length` decimal digits at `start` write. */
function digitsAt(text: string, start: number, length: number): number {
    let value = 0;
    for (let i = start; i < start + length; i++) value = value * 10 + text.charCodeAt(i) - 48; // '0'
    return value;
}

/** Day numbers of 0000-01-01 and 9999-12-31, the days `formatDay` writes by arithmetic. */
const FIRST_FOUR_DIGIT_DAY = -719_528;
const LAST_FOUR_DIGIT_DAY = 2_932_896;

/**
 * `YYYY-MM-DD` of a day number, as `Date.toISOString` writes it. Years 0000-9999 (every date
 * a plan can write) are computed without a Date object (the civil-from-days algorithm of
 * H. Hinnant, proleptic Gregorian like Date); other days, which only arithmetic on days
 * reaches, go through Date and its six-digit years.
 */
export function formatDay(day: Day): string {
    if (!Number.isInteger(day) || day < FIRST_FOUR_DIGIT_DAY || day > LAST_FOUR_DIGIT_DAY) {
        return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    }
    const shifted = day + 719_468; // days since 0000-03-01: leap days end each 4-year cycle
    const era = Math.floor(shifted / 146_097); // 400-year cycles
    const dayOfEra = shifted - era * 146_097;
    const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
    const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
    const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
    const dayOfMonth = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
    const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
    const year = era * 400 + yearOfEra + (month <= 2 ? 1 : 0);
    return `${pad(year, 4)}-${pad(month, 2)}-${pad(dayOfMonth, 2)}`;
}

function pad(value: number, width: number): string {
    return String(value).padStart(width, '0');
}

/** The same day of the month, `months` later (clamped to the month's last day). */
export function addMonths(day: Day, months: number): Day {
    const date = new Date(day * MS_PER_DAY);
    const year = date.getUTCFullYear();
    const month = date.getUTCMonth() + months;
    const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    return Math.round(Date.UTC(year, month, Math.min(date.getUTCDate(), last)) / MS_PER_DAY);
}

/** Today in the local calendar (what a person at the keyboard calls today). */
export function today(): Day {
    const now = new Date();
    return Math.round(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / MS_PER_DAY);
}

/** A day as a plan would write it: `2027-06` for the first of a month, else `2027-06-15`. */
export function formatPlanDate(day: Day): string {
    const text = formatDay(day);
    return text.endsWith('-01') ? text.slice(0, 7) : text;
}
