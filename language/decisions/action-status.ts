import type { ReviewAction } from '../generated/ast.js';
import type { Day } from '../impact/dates.js';
import { parseDay } from '../impact/dates.js';

export type ActionStatus = 'done' | 'open' | 'overdue';

/**
 * A review's action as of a day: `done` once it has a `done` date (whatever the date), else
 * `overdue` when its due date is before the day, else `open` (due today is still open).
 * An action whose due date cannot be read is open: its date is reported as `date-invalid`.
 */
export function actionStatus(action: ReviewAction, asOf: Day): ActionStatus {
    if (action.done !== undefined) return 'done';
    const due = parseDay(action.due);
    return due !== undefined && due < asOf ? 'overdue' : 'open';
}
