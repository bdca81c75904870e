import type { Random } from '../helpers/prng.js';
import type { Mutation } from './mutations.js';

/**
 * Fuzz families for Part 7's strict dates and numbers: impossible dates and inexact numbers
 * in a plan, and huge actuals files with such rows planted. Kept apart from mutations.ts
 * (the harness's own families) so the harness can take them in by spreading
 * `hostileValueMutations` into its list and calling `hugeActualsCsv` for a plan's folder.
 */

/** Dates of the right shape that name no day: every one must be `date-invalid`. */
export const impossibleDates = [
    '2026-02-30',
    '2026-11-31',
    '2026-13',
    '2027-13',
    '2026-00',
    '2026-05-00',
    '2026-04-31',
    '2027-02-29',
    '1900-02-29',
    '2026-06-32',
    '2026-99'
];

/** Numbers past 15 significant digits or 10^15: every one must be `number-invalid`. */
export const inexactNumbers = [
    '1234567890123456',
    '9'.repeat(401),
    '10000000000000000',
    '0.1234567890123456789',
    '1.0000000000000001',
    '1000000000000000.5',
    '99999999999999999%'
];

const DATE = /\b\d{4}-\d{2}(?:-\d{2})?\b/g;
/** A whole amount after `baseline`, a comparison, `value`, or an actual's date (its `%` included). */
const NUMBER = /(?<=(?:baseline|>=|<=|=|>|<|value|\d{4}-\d{2}(?:-\d{2})?)\s+)-?\d+(?:\.\d+)?%?(?=\s|}|$)/gm;

function replaceOne(text: string, pattern: RegExp, random: Random, by: string): string {
    const matches = [...text.matchAll(pattern)];
    if (matches.length === 0) return text;
    const match = random.pick(matches);
    return text.slice(0, match.index) + by + text.slice(match.index! + match[0].length);
}

export const hostileValueMutations: readonly Mutation[] = [
    { name: 'impossible-date', apply: (text, random) => replaceOne(text, DATE, random, random.pick(impossibleDates)) },
    { name: 'inexact-number', apply: (text, random) => replaceOne(text, NUMBER, random, random.pick(inexactNumbers)) },
    {
        // A plain actual under a % target, or the reverse: unit-mismatch, and no false "met".
        name: 'percent-mix',
        apply: (text, random) => {
            const actuals = [...text.matchAll(/^(\s*\d{4}-\d{2}(?:-\d{2})?\s+-?\d+(?:\.\d+)?)(%?)/gm)];
            if (actuals.length === 0) return text;
            const actual = random.pick(actuals);
            const flipped = actual[2] ? actual[1] : `${actual[1]}%`;
            return text.slice(0, actual.index) + flipped + text.slice(actual.index! + actual[0].length);
        }
    },
    {
        name: 'actual-block-of-impossible-dates',
        apply: (text, random) => {
            const indicator = [...text.matchAll(/^indicator (\w+)/gm)].map(match => match[1]);
            if (indicator.length === 0) return text;
            const rows = Array.from(
                { length: 1 + random.int(20) },
                () => `    ${random.pick(impossibleDates)} ${random.chance(0.3) ? random.pick(inexactNumbers) : random.int(1000)}`
            );
            return `${text}\nactual ${random.pick(indicator)} {\n${rows.join('\n')}\n}\n`;
        }
    }
];

/** An actuals file, and what was planted in it (1-based rows, as the messages name them). */
export interface HugeCsv {
    readonly text: string;
    readonly rows: number;
    readonly impossibleDateRows: readonly number[];
    readonly inexactNumberRows: readonly number[];
}

/**
 * An actuals file of `rows` data rows (default 50,000 to 150,000) for the given indicators,
 * one day apart from 1600 on (all known as of today), with a few impossible dates and
 * inexact numbers planted at random rows. A plan that names it (`actuals "actuals.csv"`)
 * must report each planted row exactly once with its row number, and finish.
 */
export function hugeActualsCsv(random: Random, indicators: readonly string[], rows = 50_000 + random.int(100_000)): HugeCsv {
    const dates = new Set<number>();
    const numbers = new Set<number>();
    const planted = 1 + random.int(5);
    for (let i = 0; i < planted; i++) dates.add(2 + random.int(rows));
    for (let i = 0; i < planted; i++) {
        const row = 2 + random.int(rows);
        if (!dates.has(row)) numbers.add(row);
    }
    const lines = ['indicator,date,value'];
    const first = Date.UTC(1600, 0, 1);
    for (let row = 2; row <= rows + 1; row++) {
        const date = dates.has(row) ? random.pick(impossibleDates) : new Date(first + row * 86_400_000).toISOString().slice(0, 10);
        const value = numbers.has(row) ? random.pick(inexactNumbers) : String(row % 1000);
        lines.push(`${indicators[row % indicators.length]},${date},${value}`);
    }
    return { text: lines.join('\n') + '\n', rows, impossibleDateRows: [...dates].sort((a, b) => a - b), inexactNumberRows: [...numbers].sort((a, b) => a - b) };
}

/**
 * What no output of any command may contain, whatever the input: a number written as
 * Infinity or NaN, floating-point noise, or a minus zero. Returns what was found, if any.
 * (Text a plan wrote is echoed as written, so feed it outputs of plans these families made.)
 */
export function falseNumberIn(output: string): string | undefined {
    const found = /\b(?:Infinity|NaN)\b|\d\.\d*(?:0{9,}[1-9]|9{9,}\d)\b|(?<![\w.,-])-0(?![.,\d])/.exec(output);
    return found?.[0];
}
