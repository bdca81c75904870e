import { maxOf, minOf } from '../../model/lists.js';

/** The box a time chart is drawn in: its size and the margins around the plot. */
export interface ChartBox {
    readonly width: number;
    readonly height: number;
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
}

export interface TimeScale {
    readonly minDay: number;
    readonly maxDay: number;
    readonly minValue: number;
    readonly maxValue: number;
    /** A day's x and a value's y in the box. */
    readonly x: (day: number) => number;
    readonly y: (value: number) => number;
}

/**
 * The scale of a chart of values over days (the impact line charts, a decision's threshold
 * charts): values from 0 or below up to the largest, one day widened to a month, one value
 * to a span of 1, so no chart divides by zero. Without days, the x axis runs 0..1.
 */
export function timeScale(days: readonly number[], values: readonly number[], box: ChartBox): TimeScale {
    let [minDay, maxDay] = days.length ? [minOf(days), maxOf(days)] : [0, 1];
    const minValue = Math.min(0, minOf(values));
    let maxValue = maxOf(values);
    if (minDay === maxDay) {
        minDay -= 15;
        maxDay += 15;
    }
    if (minValue === maxValue) maxValue = minValue + 1;
    const x = (day: number) => box.left + ((day - minDay) / (maxDay - minDay)) * (box.width - box.left - box.right);
    const y = (value: number) => box.height - box.bottom - ((value - minValue) / (maxValue - minValue)) * (box.height - box.top - box.bottom);
    return { minDay, maxDay, minValue, maxValue, x, y };
}
