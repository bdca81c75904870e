import { describe, expect, test } from 'vitest';
import { parseDay } from '../../language/impact/dates.js';
import { forecastOf, forecastsOf } from '../../language/impact/forecast.js';
import { objectiveScore, scoreOf } from '../../language/impact/scores.js';
import type { Goal } from '../../language/impact/status.js';
import { diagnosticsWith, evaluate } from './impact-helpers.js';

const day = (text: string) => parseDay(text)!;
const series = (...points: [string, number][]) => points.map(([date, value]) => ({ day: day(date), value }));

describe('forecast: least squares on the by date', () => {
    // Days 0, 10, 20 with 10, 20, 36: mean day 10, mean value 22, Sxx 200, Sxy 260, slope 1.3;
    // on day 30 the line is at 22 + 1.3 × 20 = 48.
    const three = series(['2026-01-01', 10], ['2026-01-11', 20], ['2026-01-21', 36]);

    test('from exactly three points, against a rising target', () => {
        const forecast = forecastOf(three, { operator: '>=', value: 50, by: day('2026-01-31') });
        expect(forecast?.projected).toBeCloseTo(48, 10);
        expect(forecast?.shortfall).toBeCloseTo(2, 10);
        expect(forecast?.by).toBe(day('2026-01-31'));
    });

    test('no shortfall when the line reaches the target', () => {
        expect(forecastOf(three, { operator: '>', value: 40, by: day('2026-01-31') })?.shortfall).toBe(0);
    });

    test('a decreasing target: shortfall is projected − target', () => {
        // 40, 30, 26: mean 32, Sxy −140, slope −0.7; day 30: 32 − 14 = 18; 18 − 5 = 13.
        const falling = series(['2026-01-01', 40], ['2026-01-11', 30], ['2026-01-21', 26]);
        const forecast = forecastOf(falling, { operator: '<=', value: 5, by: day('2026-01-31') });
        expect(forecast?.projected).toBeCloseTo(18, 10);
        expect(forecast?.shortfall).toBeCloseTo(13, 10);
        expect(forecastOf(falling, { operator: '<', value: 20, by: day('2026-01-31') })?.shortfall).toBe(0);
    });

    test('`=`: the distance either way', () => {
        expect(forecastOf(three, { operator: '=', value: 40, by: day('2026-01-31') })?.shortfall).toBeCloseTo(8, 10);
        expect(forecastOf(three, { operator: '=', value: 50, by: day('2026-01-31') })?.shortfall).toBeCloseTo(2, 10);
    });

    test('none with two points, without a by date, or all on one day', () => {
        const goal: Goal = { operator: '>=', value: 50, by: day('2026-01-31') };
        expect(forecastOf(three.slice(0, 2), goal)).toBeUndefined();
        expect(forecastOf(three, { operator: '>=', value: 50 })).toBeUndefined();
        expect(forecastOf(series(['2026-01-01', 1], ['2026-01-01', 2], ['2026-01-01', 3]), goal)).toBeUndefined();
    });
});

describe('key-result scores', () => {
    const goal: Goal = { operator: '>=', value: 100, by: day('2027-01-01') };

    test('(latest − start) / (target − start), start the baseline or else the first actual', () => {
        expect(scoreOf(series(['2026-01-01', 20], ['2026-02-01', 60]), goal)).toBeCloseTo(0.5, 12);
        expect(scoreOf(series(['2026-01-01', 20], ['2026-02-01', 60]), goal, 0)).toBeCloseTo(0.6, 12);
    });

    test('clamped to 0..1; 1 when met; 0 when target = start and not met; none without actuals', () => {
        expect(scoreOf(series(['2026-01-01', 20], ['2026-02-01', 10]), goal)).toBe(0);
        expect(scoreOf(series(['2026-01-01', 20], ['2026-02-01', 130]), goal)).toBe(1);
        expect(scoreOf(series(['2026-01-01', 100]), goal)).toBe(1);
        expect(scoreOf(series(['2026-01-01', 80]), { operator: '>', value: 80 })).toBe(0);
        expect(scoreOf(series(['2026-01-01', 50], ['2026-02-01', 50]), { operator: '<=', value: 40 }, 40)).toBe(0);
        expect(scoreOf([], goal)).toBeUndefined();
        // Going down: 48 → 36 of the way to 24 is half.
        expect(scoreOf(series(['2026-01-01', 36]), { operator: '<=', value: 24 }, 48)).toBeCloseTo(0.5, 12);
    });
});

const plan = `plan Demo "Demo" { purpose "Forecasts" }
outcome Out "Out" { measure Replies }
indicator Replies "Replies" {
    data "Forum export"
    baseline 0
    target >= 100 by 2026-04-11
}
indicator Visits "Visits" {
    data "Web analytics"
    target >= 1000 by 2026-04-11
}
assumption Rate "Rate" { value 2 source "Finance" }
kpi Worth "Worth of replies" {
    formula Replies * Rate
    target >= 200 by 2026-04-11
    translates Out
}
actual Replies {
    2026-01-01 20
    2026-02-10 20
    2026-02-20 60
}
objective Grow "Grow" {
    key Replies >= 100 by 2026-04-11
    key Visits >= 1000 by 2026-04-11
    key Worth >= 60 by 2026-04-11
}
`;

describe('forecasts and scores of an evaluated plan', () => {
    test('indicators and kpis get forecasts; on track but short by more than 10 % is forecast-miss', async () => {
        const { impact, document } = await evaluate(plan, '2026-02-25');
        const forecasts = forecastsOf(impact.model);
        const [replies] = [...forecasts.indicators.values()];
        // Days 0, 40, 50 with 20, 20, 60: mean 30 and 33.33, Sxx 1400, Sxy 800; day 100: 33.33 + 40 = 73.33.
        expect(replies.projected).toBeCloseTo(220 / 3, 9);
        expect(replies.shortfall).toBeCloseTo(80 / 3, 9);
        const [worth] = [...forecasts.kpis.values()];
        expect(worth.projected).toBeCloseTo(440 / 3, 9);
        const misses = diagnosticsWith(document, 'forecast-miss');
        // Replies from a baseline of 0: 60 at day 50 is past the path (50), so on track; Worth from its first value 40: on track too.
        expect(misses.map(d => d.message)).toEqual([
            'Indicator `Replies` ("Replies") is on track for >= 100 by 2026-04-11, but the trend of its actuals leads to 73.3 by then, short by 26.7. Plan what will change the trend, or revise the target.',
            'Kpi `Worth` ("Worth of replies") is on track for >= 200 by 2026-04-11, but the trend of its actuals leads to 147 by then, short by 53.3. Plan what will change the trend, or revise the target.'
        ]);
        expect(misses.every(d => d.severity === 3)).toBe(true);
    });

    test('not reported when the forecast is short by 10 % or less, or the status is off track', async () => {
        const close = plan.replace('target >= 100 by 2026-04-11', 'target >= 80 by 2026-04-11').replace('target >= 200 by', 'target >= 150 by');
        expect(diagnosticsWith((await evaluate(close, '2026-02-25')).document, 'forecast-miss')).toEqual([]);
        // Only two actuals known: no forecast at all.
        expect(diagnosticsWith((await evaluate(plan, '2026-02-15')).document, 'forecast-miss')).toEqual([]);
        const behind = plan.replace('2026-02-20 60', '2026-02-20 30');
        const { document } = await evaluate(behind, '2026-02-25');
        expect(diagnosticsWith(document, 'forecast-miss')).toEqual([]);
        expect(diagnosticsWith(document, 'off-track').length).toBeGreaterThan(0);
    });

    test('objective score: the mean of the scored key results; unscored keys are left out', async () => {
        const { impact, document } = await evaluate(plan, '2026-02-25');
        const objective = document.parseResult.value.elements.find(e => e.$type === 'Objective')!;
        const score = objectiveScore(objective as never, impact.model);
        // Replies: (60 − 0)/(100 − 0) = 0.6; Visits: no actuals; Worth: 120 ≥ 60, met = 1.
        expect(score.keys).toEqual([0.6, undefined, 1]);
        expect(score.scored).toBe(2);
        expect(score.score).toBeCloseTo(0.8, 12);
    });
});

describe('forecast: figures at the edge of floating point', () => {
    test('no forecast rather than an infinite one', () => {
        const huge = series(['2026-01-01', 1e308], ['2026-01-11', -1e308], ['2026-01-21', 1e308]);
        expect(forecastOf(huge, { operator: '>=', value: 1, by: day('2030-01-01') })).toBeUndefined();
    });
});
