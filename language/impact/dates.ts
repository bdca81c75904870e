/**
 * Dates of the plan language: `YYYY-MM` (the first day of that month) or `YYYY-MM-DD`.
 * Internally a date is a day number (days since 1970-01-01, UTC), so durations are
 * plain subtractions counted in days, as the contract asks.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;

/** The day a plan date names, or undefined when the text is not a real calendar date. */
export function parseDay(text: string | undefined): Day | undefined {
    if (!text) return undefined;
    const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text.trim());
    if (!match) return undefined;
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = match[3] === undefined ? 1 : Number(match[3]);
    if (month < 1 || month > 12 || day < 1) return undefined;
    const time = Date.UTC(year, month - 1, day);
    // Date.UTC rolls 2026-02-30 over to March: that is not a date anybody meant.
    if (new Date(time).getUTCMonth() !== month - 1) return undefined;
    return Math.round(time / MS_PER_DAY);
}

/** `YYYY-MM-DD` of a day number. */
export function formatDay(day: Day): string {
    return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
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
