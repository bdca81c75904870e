/**
 * Loops for what `Math.min(...xs)`, `Math.max(...xs)` and `push(...xs)` do: spreading passes
 * every item as an argument, and past some 100,000 items (an actuals file, a large plan)
 * the engine throws "Maximum call stack size exceeded" instead of answering.
 */

/** The smallest of the values, or `empty` when there are none (as `Math.min()` gives Infinity). */
export function minOf(values: Iterable<number>, empty = Infinity): number {
    let result = empty;
    let first = true;
    for (const value of values) {
        if (first || value < result || Number.isNaN(value)) result = value;
        first = false;
    }
    return result;
}

/** The largest of the values, or `empty` when there are none. */
export function maxOf(values: Iterable<number>, empty = -Infinity): number {
    let result = empty;
    let first = true;
    for (const value of values) {
        if (first || value > result || Number.isNaN(value)) result = value;
        first = false;
    }
    return result;
}

/** Appends every item to `target`, in order. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
    for (const item of items) target.push(item);
    return target;
}
