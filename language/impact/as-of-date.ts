import type { Day } from './dates.js';
import { formatDay, localDayOf } from './dates.js';

/**
 * The date statuses and stale data are judged on. The language server uses today (read
 * afresh each time, so a server left running over midnight moves on); the CLI's `--as-of`
 * and tests fix it, so their results do not depend on when they run.
 */
export class AsOfDate {
    private fixed: Day | undefined;
    /** Today, and the time (ms) until which it is today: asked for every kpi checked, and a `Date` costs more than the check. */
    private today: { day: Day; since: number; until: number } | undefined;

    get(): Day {
        if (this.fixed !== undefined) return this.fixed;
        const now = Date.now();
        if (!this.today || now >= this.today.until || now < this.today.since) this.today = todayAt(now);
        return this.today.day;
    }

    set(day: Day | undefined): void {
        this.fixed = day;
    }

    toString(): string {
        return formatDay(this.get());
    }
}

/** The local day at `now` (ms), with the local midnights that begin and end it. */
function todayAt(now: number): { day: Day; since: number; until: number } {
    const date = new Date(now);
    const [year, month, day] = [date.getFullYear(), date.getMonth(), date.getDate()];
    return { day: localDayOf(date), since: new Date(year, month, day).getTime(), until: new Date(year, month, day + 1).getTime() };
}
