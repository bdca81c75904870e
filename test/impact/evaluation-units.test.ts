import { describe, expect, test } from 'vitest';
import { formatNumber, parseAmount } from '../../language/impact/amounts.js';
import { addMonths, formatDay, parseDay } from '../../language/impact/dates.js';
import { addIntervals, divideIntervals, multiplyIntervals, negateInterval, subtractIntervals } from '../../language/impact/interval.js';
import type { Goal } from '../../language/impact/status.js';
import { isStale, judge } from '../../language/impact/status.js';
import { divideUnits, formatUnit, multiplyUnits, parseUnit, sameUnit } from '../../language/impact/units.js';

const day = (text: string) => parseDay(text)!;

describe('amounts and dates', () => {
    test('amounts: signs, decimals and percentages', () => {
        expect(parseAmount('38')).toBe(38);
        expect(parseAmount('-5')).toBe(-5);
        expect(parseAmount('80%')).toBe(0.8);
        expect(parseAmount('0.25')).toBe(0.25);
        expect(parseAmount('abc')).toBeUndefined();
        expect(formatNumber(11400)).toBe('11,400');
        expect(formatNumber(0.8, true)).toBe('80%');
    });

    test('YYYY-MM is the first day of the month; durations are days', () => {
        expect(day('2026-09')).toBe(day('2026-09-01'));
        expect(day('2027-06') - day('2026-07')).toBe(335);
        expect(parseDay('2026-13')).toBeUndefined();
        expect(parseDay('2026-02-30')).toBeUndefined();
        expect(formatDay(addMonths(day('2026-01-31'), 1))).toBe('2026-02-28');
    });
});

describe('units', () => {
    test('requests × USD/request is USD; plurals with a trailing s are the same word', () => {
        const product = multiplyUnits(parseUnit('requests'), parseUnit('USD/request'));
        expect(sameUnit(product, parseUnit('USD'))).toBe(true);
        expect(sameUnit(parseUnit('hours'), parseUnit('hour'))).toBe(true);
        expect(sameUnit(parseUnit('USD'), parseUnit('hours'))).toBe(false);
    });

    test('quotients and dimensionless results', () => {
        expect(formatUnit(divideUnits(parseUnit('USD'), parseUnit('hours')))).toBe('USD/hour');
        expect(formatUnit(divideUnits(parseUnit('hours'), parseUnit('hour')))).toBe('no unit');
        expect(formatUnit(multiplyUnits(parseUnit('hour'), parseUnit('hours')))).toBe('hour^2');
        expect(sameUnit(parseUnit(undefined), parseUnit(''))).toBe(true);
    });
});

describe('interval arithmetic', () => {
    test('sums, differences, unary minus', () => {
        expect(addIntervals({ low: 1, high: 2 }, { low: 10, high: 20 })).toEqual({ low: 11, high: 22 });
        expect(subtractIntervals({ low: 1, high: 2 }, { low: 10, high: 20 })).toEqual({ low: -19, high: -8 });
        expect(negateInterval({ low: -3, high: 5 })).toEqual({ low: -5, high: 3 });
    });

    test('products take the extremes of the four corner products, signs included', () => {
        expect(multiplyIntervals({ low: 300, high: 300 }, { low: 25, high: 55 })).toEqual({ low: 7500, high: 16500 });
        expect(multiplyIntervals({ low: -2, high: 3 }, { low: -5, high: 4 })).toEqual({ low: -15, high: 12 });
        expect(multiplyIntervals({ low: -2, high: -1 }, { low: 3, high: 4 })).toEqual({ low: -8, high: -3 });
    });

    test('division: positive divisors, and divisors reaching or spanning zero', () => {
        expect(divideIntervals({ low: 10, high: 20 }, { low: 2, high: 5 })).toEqual({ low: 2, high: 10 });
        expect(divideIntervals({ low: 10, high: 20 }, { low: -5, high: -2 })).toEqual({ low: -10, high: -2 });
        expect(divideIntervals({ low: 10, high: 20 }, { low: -1, high: 1 })).toEqual({ low: -Infinity, high: Infinity });
        expect(divideIntervals({ low: 10, high: 20 }, { low: 0, high: 2 })).toEqual({ low: 5, high: Infinity });
        expect(divideIntervals({ low: 10, high: 20 }, { low: -2, high: 0 })).toEqual({ low: -Infinity, high: -5 });
        expect(divideIntervals({ low: 10, high: 20 }, { low: 0, high: 0 })).toBeUndefined();
        expect(divideIntervals({ low: 0, high: 0 }, { low: -1, high: 1 })).toEqual({ low: 0, high: 0 });
    });
});

describe('status as of a date', () => {
    // From (2026-01-01, 0) to (2026-04-11, 100): 100 days, so the path expects 40 on day 40 (2026-02-10).
    const goal: Goal = { operator: '>=', value: 100, by: day('2026-04-11') };
    const series = (latest: number) => [
        { day: day('2026-01-01'), value: 0 },
        { day: day('2026-02-10'), value: latest }
    ];
    const asOf = day('2026-02-15');

    test('at or past the straight path is on-track', () => {
        expect(judge(series(40), goal, asOf).status).toBe('on-track');
        expect(judge(series(40), goal, asOf).expected).toBe(40);
        expect(judge(series(55), goal, asOf).status).toBe('on-track');
    });

    test('exactly 75 % of the expected distance is at-risk; just below is off-track', () => {
        expect(judge(series(30), goal, asOf).status).toBe('at-risk');
        expect(judge(series(39.9), goal, asOf).status).toBe('at-risk');
        expect(judge(series(29.99), goal, asOf).status).toBe('off-track');
    });

    test('meeting the target is met, even before by', () => {
        expect(judge(series(100), goal, asOf).status).toBe('met');
    });

    test('after by, an unmet target is missed; on by itself it is not yet', () => {
        expect(judge(series(99), goal, day('2026-04-12')).status).toBe('missed');
        expect(judge(series(99), goal, day('2026-04-11')).status).not.toBe('missed');
        expect(judge(series(100), goal, day('2026-06-01')).status).toBe('met');
    });

    test('no actuals (or only future ones) is no-data', () => {
        expect(judge([], goal, asOf).status).toBe('no-data');
        expect(judge([{ day: day('2026-03-01'), value: 90 }], goal, asOf).status).toBe('no-data');
    });

    test('the baseline, when given, is the start value', () => {
        // From 20 instead of 0: expected 20 + 80 × 0.4 = 52; 75 % of the 32 expected is 24 → 44.
        expect(judge(series(44), goal, asOf, 20).status).toBe('at-risk');
        expect(judge(series(43), goal, asOf, 20).status).toBe('off-track');
    });

    test('a falling target (<=) measures distance downwards', () => {
        const down: Goal = { operator: '<=', value: 24, by: day('2026-04-11') };
        const points = (latest: number) => [
            { day: day('2026-01-01'), value: 48 },
            { day: day('2026-02-10'), value: latest }
        ];
        // Expected 48 − 24 × 0.4 = 38.4; 75 % of the 9.6 expected drop is 7.2 → 40.8.
        expect(judge(points(38), down, asOf).status).toBe('on-track');
        expect(judge(points(40.8), down, asOf).status).toBe('at-risk');
        expect(judge(points(41), down, asOf).status).toBe('off-track');
    });

    test('without a by date a target is only met or not', () => {
        const open: Goal = { operator: '>=', value: 100 };
        expect(judge(series(100), open, asOf).status).toBe('met');
        expect(judge(series(99), open, asOf).status).toBe('off-track');
    });
});

describe('stale data by cadence', () => {
    const latest = day('2026-09-01');
    test('older than two periods is stale; exactly two periods is not', () => {
        expect(isStale(latest, 'monthly', day('2026-11-01'))).toBe(false);
        expect(isStale(latest, 'monthly', day('2026-11-02'))).toBe(true);
        expect(isStale(latest, 'weekly', day('2026-09-15'))).toBe(false);
        expect(isStale(latest, 'weekly', day('2026-09-16'))).toBe(true);
        expect(isStale(latest, 'quarterly', day('2027-03-01'))).toBe(false);
        expect(isStale(latest, 'quarterly', day('2027-03-02'))).toBe(true);
        expect(isStale(latest, 'yearly', day('2028-09-02'))).toBe(true);
    });
});
