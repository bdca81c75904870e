/**
 * The small shapes every evaluated view shares (the impact layer, the decisions views, the
 * funding view, the charts): one definition each, so a point, an actual or a target reads
 * the same wherever a view or an export shows it. Plain JSON data.
 */

/** A figure on a day (`YYYY-MM-DD`, or `YYYY-MM` for a monthly actual, as written). */
export interface PointView {
    readonly date: string;
    readonly value: number;
}

/** An actual of the actuals file or an `actual` block, with its note. */
export interface ActualView extends PointView {
    readonly note: string | null;
}

/** A target evaluated: its operator, its value as a number, and its `by` date as written. */
export interface TargetView {
    readonly op: string;
    readonly value: number;
    readonly by: string | null;
}
