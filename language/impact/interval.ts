/**
 * Interval arithmetic for the low/high range of a kpi: every operation returns the
 * smallest interval holding every result of its operands' values. Division by an
 * interval that contains zero is unbounded on the side(s) where zero is reached.
 */
export interface Interval {
    readonly low: number;
    readonly high: number;
}

export function point(value: number): Interval {
    return { low: value, high: value };
}

export function addIntervals(a: Interval, b: Interval): Interval {
    return { low: a.low + b.low, high: a.high + b.high };
}

export function subtractIntervals(a: Interval, b: Interval): Interval {
    return { low: a.low - b.high, high: a.high - b.low };
}

export function negateInterval(a: Interval): Interval {
    return { low: -a.high, high: -a.low };
}

export function multiplyIntervals(a: Interval, b: Interval): Interval {
    const products = [times(a.low, b.low), times(a.low, b.high), times(a.high, b.low), times(a.high, b.high)];
    return { low: Math.min(...products), high: Math.max(...products) };
}

/** Undefined when the divisor is exactly zero: there is no value at all. */
export function divideIntervals(a: Interval, b: Interval): Interval | undefined {
    if (b.low === 0 && b.high === 0) return undefined;
    let reciprocal: Interval;
    if (b.low > 0 || b.high < 0) reciprocal = { low: 1 / b.high, high: 1 / b.low };
    else if (b.low === 0) reciprocal = { low: 1 / b.high, high: Infinity };
    else if (b.high === 0) reciprocal = { low: -Infinity, high: 1 / b.low };
    else reciprocal = { low: -Infinity, high: Infinity };
    return multiplyIntervals(a, reciprocal);
}

/** 0 × ∞ counts as 0: a factor that is exactly zero keeps the product at zero. */
function times(x: number, y: number): number {
    return x === 0 || y === 0 ? 0 : x * y;
}
