import type { Day } from '../language/impact/dates.js';
import { parseDay } from '../language/impact/dates.js';
import { CliError } from './cli-error.js';

/** The `--as-of DATE` option: a calendar date, or undefined for today. */
export function parseAsOf(text: string | undefined, command: string): Day | undefined {
    if (text === undefined) return undefined;
    const day = parseDay(text);
    if (day === undefined) {
        throw new CliError(`cop ${command}: --as-of "${text}" is not a date; write YYYY-MM-DD (or YYYY-MM for the first of the month).`);
    }
    return day;
}
