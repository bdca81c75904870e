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
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
    return daysFromCivil(year, month, day);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    return month === 2 && leap ? 29 : MONTH_DAYS[month - 1];
}

/**
 * The day number of a calendar date (H. Hinnant's days-from-civil, proleptic Gregorian like
 * Date). Not `Date.UTC`, which reads years 0-99 as 1900-1999 and rolls 2026-02-30 over to
 * March: neither is a date anybody meant.
 */
function daysFromCivil(year: number, month: number, day: number): Day {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Whether the text has the shape of a plan date (`YYYY-MM` or `YYYY-MM-DD`), real or not. */
export function looksLikeDate(text: string | undefined): boolean {
    return text !== undefined && PLAN_DATE.test(text.trim());
}

/**
 * Why a text shaped like a date names no day, in plain words (`February 2026 has 28 days`),
 * or undefined when it names one (or is not shaped like a date at all).
 */
export function dateProblem(text: string | undefined): string | undefined {
    if (!looksLikeDate(text) || parseDay(text) !== undefined) return undefined;
    const date = text!.trim();
    const year = digitsAt(date, 0, 4);
    const month = digitsAt(date, 5, 2);
    if (month < 1 || month > 12) return `there is no month ${date.slice(5, 7)}; months run from 01 to 12`;
    const day = digitsAt(date, 8, 2);
    if (day < 1) return 'there is no day 00; days start at 01';
    return `${MONTHS[month - 1]} ${date.slice(0, 4)} has ${daysInMonth(year, month)} days`;
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
    return localDayOf(new Date());
}

/** The day of an instant in the local calendar. */
export function localDayOf(date: Date): Day {
    return Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / MS_PER_DAY);
}

/** A day as a plan would write it: `2027-06` for the first of a month, else `2027-06-15`. */
export function formatPlanDate(day: Day): string {
    const text = formatDay(day);
    return text.endsWith('-01') ? text.slice(0, 7) : text;
}
