import { describe, expect, test } from 'vitest';
import { parseAmount } from '../../language/impact/amounts.js';
import { formatDay, formatPlanDate, parseDay } from '../../language/impact/dates.js';
import { prng } from '../helpers/prng.js';

// parseDay, formatDay and parseAmount read and write without regex groups or Date objects
// (they run thousands of times per check); they must give what the straightforward versions
// below give, for every input.
const MS_PER_DAY = 86_400_000;

function parseDayWithDate(text: string | undefined): number | undefined {
    if (!text) return undefined;
    const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text.trim());
    if (!match) return undefined;
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = match[3] === undefined ? 1 : Number(match[3]);
    if (month < 1 || month > 12 || day < 1) return undefined;
    // setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 1900-1999.
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day);
    if (date.getUTCMonth() !== month - 1) return undefined;
    return Math.round(date.getTime() / MS_PER_DAY);
}

function formatDayWithDate(day: number): string {
    return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

function parseAmountWithGroups(text: string | undefined): number | undefined {
    if (text === undefined) return undefined;
    const match = /^(-?)(\d+(?:\.\d+)?)(%?)$/.exec(text.replace(/\s+/g, ''));
    if (!match) return undefined;
    // Part 7: over 15 significant digits or above 10^15 as written, no number at all.
    const digits = match[2].replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;
    if (Number(match[2]) > 1e15 || digits > 15) return undefined;
    const magnitude = Number(match[2]) / (match[3] ? 100 : 1);
    return match[1] ? -magnitude : magnitude;
}

const two = (n: number) => String(n).padStart(2, '0');

describe('plan dates', () => {
    test('parseDay: every day and impossible day of the years around now, and of edge years', () => {
        const years = [0, 1, 99, 100, 1582, 1600, 1700, 1899, 1900, 1970, 2000, 2100, 2400, 9999];
        for (let year = 1990; year <= 2060; year++) years.push(year);
        for (const year of years) {
            for (let month = 0; month <= 13; month++) {
                const yearMonth = `${String(year).padStart(4, '0')}-${two(month)}`;
                expect(parseDay(yearMonth), yearMonth).toBe(parseDayWithDate(yearMonth));
                for (const day of [0, 1, 15, 27, 28, 29, 30, 31, 32, 99]) {
                    const text = `${yearMonth}-${two(day)}`;
                    expect(parseDay(text), text).toBe(parseDayWithDate(text));
                }
            }
        }
        for (const text of [undefined, '', ' 2026-07 ', '2026-7', '2026-07-1', '2026-07-01x', '2026/07/01', '20260701', '2026-07\n', '12026-07']) {
            expect(parseDay(text), JSON.stringify(text)).toBe(parseDayWithDate(text));
        }
    });

    test('formatDay: as toISOString writes it, four-digit years and beyond', () => {
        for (let day = parseDay('1899-12-01')!; day <= parseDay('2101-02-01')!; day++) {
            expect(formatDay(day)).toBe(formatDayWithDate(day));
        }
        const random = prng(11).next;
        for (let i = 0; i < 20_000; i++) {
            const day = Math.floor(random() * 3_800_000) - 800_000; // years -0221 to 10371
            expect(formatDay(day), String(day)).toBe(formatDayWithDate(day));
        }
        for (const day of [-719_529, -719_528, 2_932_896, 2_932_897, -0, 0.5, 1e8, -1e8]) {
            expect(formatDay(day), String(day)).toBe(formatDayWithDate(day));
        }
        expect(formatPlanDate(parseDay('2027-06')!)).toBe('2027-06');
        expect(formatPlanDate(parseDay('2027-06-15')!)).toBe('2027-06-15');
    });
});

describe('amounts', () => {
    test('parseAmount: signs, spaces, percentages, what is not an amount', () => {
        const texts = [
            '38',
            '-5',
            '80%',
            '0.25',
            '-0',
            '-0%',
            '0%',
            '007',
            '1 0',
            ' -8 0 % ',
            '\t5\n',
            '-80%',
            '33.333%',
            '12345678901234567890123',
            '9'.repeat(400),
            '1000000000000000',
            '1000000000000001',
            '999999999999999',
            '9999999999999999',
            '0.123456789012345',
            '0.1234567890123456',
            '1.000000000000000000',
            '00000000000000000001',
            '1000000000000000.5%',
            '-10000000000000000%',
            'abc',
            '',
            '1.',
            '.5',
            '1.5.5',
            '--1',
            '-',
            '%',
            '12%%',
            '1e3',
            '0x10',
            '+5',
            'Infinity',
            '1_000'
        ];
        const random = prng(5).next;
        for (let i = 0; i < 2000; i++) {
            const sign = random() < 0.5 ? '-' : '';
            texts.push(`${sign}${(random() * 10 ** Math.floor(random() * 8)).toFixed(Math.floor(random() * 6))}${random() < 0.3 ? '%' : ''}`);
        }
        for (const text of texts) expect(Object.is(parseAmount(text), parseAmountWithGroups(text)), JSON.stringify(text)).toBe(true);
    });
});
