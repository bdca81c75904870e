import { afterEach, describe, expect, test, vi } from 'vitest';
import { AsOfDate } from '../../language/impact/as-of-date.js';
import { formatDay, parseDay, today } from '../../language/impact/dates.js';

// The server judges statuses as of today, asked for every kpi checked: AsOfDate works today
// out once per day, and must still move on at midnight (a server left running) and follow
// the clock when it is set back.
describe('AsOfDate', () => {
    afterEach(() => {
        vi.useRealTimers();
    });

    test('is today, in the local calendar, until midnight, then the next day', () => {
        vi.useFakeTimers();
        vi.setSystemTime(new Date(2026, 10, 15, 23, 59, 59, 500));
        const asOf = new AsOfDate();
        expect(formatDay(asOf.get())).toBe('2026-11-15');
        expect(asOf.get()).toBe(today());
        vi.setSystemTime(new Date(2026, 10, 16, 0, 0, 0, 0));
        expect(formatDay(asOf.get())).toBe('2026-11-16');
        expect(asOf.get()).toBe(today());
    });

    test('follows the clock set back, and a fixed day wins over the clock', () => {
        vi.useFakeTimers();
        vi.setSystemTime(new Date(2026, 10, 15, 12));
        const asOf = new AsOfDate();
        expect(formatDay(asOf.get())).toBe('2026-11-15');
        vi.setSystemTime(new Date(2026, 10, 14, 23));
        expect(formatDay(asOf.get())).toBe('2026-11-14');
        asOf.set(parseDay('2027-01-31'));
        expect(formatDay(asOf.get())).toBe('2027-01-31');
        asOf.set(undefined);
        expect(formatDay(asOf.get())).toBe('2026-11-14');
    });
});
