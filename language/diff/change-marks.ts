import type { PlanDiff } from './diff-model.js';

/** What the preview marks as changed since a revision: matrix values (cells) and kpis, by name. */
export interface ChangeMarks {
    readonly values: readonly string[];
    readonly kpis: readonly string[];
}

/**
 * The values and kpis of the new side that a diff touches: added or changed, and for kpis
 * also those whose figures move through another element (an assumption, an actual).
 */
export function changeMarks(diff: PlanDiff): ChangeMarks {
    const values = new Set<string>();
    const kpis = new Set<string>();
    for (const change of diff.changes) {
        if (change.change === 'removed') continue;
        if (change.type === 'value') values.add(change.element);
        if (change.type === 'kpi') kpis.add(change.element);
    }
    for (const kpi of diff.impact) if (kpi.after) kpis.add(kpi.kpi);
    return { values: [...values], kpis: [...kpis] };
}
