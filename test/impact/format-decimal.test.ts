import { describe, expect, test } from 'vitest';
import { formatDecimal, formatNumber } from '../../language/impact/amounts.js';
import { prng } from '../helpers/prng.js';

// formatDecimal replaces Intl.NumberFormat('en-US') (whose first use starts ICU): the same
// text for every number, compared with Intl itself.
const intl = [0, 1, 2].map(digits => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }));

const edges = [
    0,
    -0,
    1,
    -1,
    0.5,
    1.5,
    2.5,
    -2.5,
    1.005,
    1.015,
    0.045,
    0.125,
    9.995,
    99.95,
    999.5,
    999.4999,
    9999.5,
    -0.001,
    -0.005,
    0.004999,
    123456.789,
    1234567.891,
    1e21,
    1.5e21,
    1.23e-7,
    5e-7,
    5e-324,
    Number.MAX_VALUE,
    Number.MAX_SAFE_INTEGER,
    0.1 + 0.2,
    100 / 3,
    2 / 3,
    1e-6,
    9.9999999,
    99999.99999
];

describe('formatDecimal', () => {
    test.each([0, 1, 2])('writes edge cases as Intl.NumberFormat does, with %i decimals at most', digits => {
        for (const value of edges) {
            expect(formatDecimal(value, digits), String(value)).toBe(intl[digits].format(value));
        }
    });

    test('writes random numbers of every size as Intl.NumberFormat does', () => {
        const random = prng(7).next;
        for (let i = 0; i < 20_000; i++) {
            const magnitude = Math.floor(random() * 30) - 10;
            const sign = random() < 0.3 ? -1 : 1;
            // Whole, few-decimal and full-precision numbers, and halves that test the rounding.
            const kind = random();
            const raw = sign * random() * 10 ** magnitude;
            const value = kind < 0.3 ? Math.round(raw) : kind < 0.6 ? Math.round(raw * 1000) / 1000 : kind < 0.8 ? Math.round(raw * 200) / 200 : raw;
            const digits = Math.floor(random() * 3);
            expect(formatDecimal(value, digits), `${value} with ${digits}`).toBe(intl[digits].format(value));
        }
    });

    test('formatNumber picks the decimals by size and writes percentages', () => {
        expect(formatNumber(1234.5678)).toBe('1,235');
        expect(formatNumber(12.345)).toBe('12.3');
        expect(formatNumber(1.2345)).toBe('1.23');
        expect(formatNumber(0.1234, true)).toBe('12.3%');
        expect(formatNumber(-0.5)).toBe('-0.5');
    });
});
