import type { Day } from './dates.js';
import { formatDay, today } from './dates.js';

/**
 * The date statuses and stale data are judged on. The language server uses today (read
 * afresh each time, so a server left running over midnight moves on); the CLI's `--as-of`
 * and tests fix it, so their results do not depend on when they run.
 */
export class AsOfDate {
    private fixed: Day | undefined;

    get(): Day {
        return this.fixed ?? today();
    }

    set(day: Day | undefined): void {
        this.fixed = day;
    }

    toString(): string {
        return formatDay(this.get());
    }
}
