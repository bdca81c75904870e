/** What `cop diff` reports (contract Part 4), built by compare-plans.ts and rendered by the formats. */

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface ElementChange {
    /** The plan's name (the file's path when it has no plan header). */
    readonly plan: string;
    readonly element: string;
    readonly type: string;
    readonly change: ChangeKind;
    /** For `changed`: the line's keyword (`target`), `title`, or an actual point's date. */
    readonly field?: string;
    /** The line's text after the keyword in canonical layout; null when the line is absent. */
    readonly before?: string | null;
    readonly after?: string | null;
    /** What people read: the element's title, when it has one (after the change, else before). */
    readonly title?: string;
    /** The file and 1-based line of the element (the new side, or the old one for a removal). */
    readonly file: string;
    readonly line: number;
}

export interface KpiFigures {
    readonly planned: number | null;
    readonly low: number | null;
    readonly high: number | null;
}

export interface KpiImpactChange {
    readonly plan: string;
    readonly kpi: string;
    readonly title?: string;
    readonly unit?: string;
    /** Null for a kpi added (before) or removed (after). */
    readonly before: KpiFigures | null;
    readonly after: KpiFigures | null;
}

export const POLICY_RULES = ['target-lowered', 'value-removed', 'unsourced-assumption'] as const;
export type PolicyRule = (typeof POLICY_RULES)[number];

export function isPolicyRule(text: string): text is PolicyRule {
    return (POLICY_RULES as readonly string[]).includes(text);
}

export interface PolicyMatch {
    readonly rule: PolicyRule;
    readonly plan: string;
    readonly element: string;
    readonly type: string;
    readonly title?: string;
    readonly field?: string;
    /** Why it matches, in plain words (`the target was lowered from >= 1000 to >= 800`). */
    readonly reason: string;
    readonly file: string;
    readonly line: number;
}

export interface PolicyResult {
    readonly rule: PolicyRule;
    readonly matches: readonly PolicyMatch[];
}

/** How the plans themselves moved: added, removed, renamed (git) or kept. */
export interface PlanPairing {
    readonly plan: string;
    readonly title?: string;
    readonly status: 'added' | 'removed' | 'renamed' | 'kept';
    readonly before?: string;
    readonly after?: string;
}

export interface PlanDiff {
    readonly plans: readonly PlanPairing[];
    readonly changes: readonly ElementChange[];
    readonly impact: readonly KpiImpactChange[];
    /** One per rule asked for with `--fail-on`, in the order given. */
    readonly policies: readonly PolicyResult[];
    /** The date the kpis were evaluated as of (YYYY-MM-DD). */
    readonly asOf: string;
}

/** Counts for the summary line. */
export interface DiffSummary {
    readonly added: number;
    readonly removed: number;
    readonly changed: number;
    readonly lines: number;
    readonly kpis: number;
    readonly failed: number;
}

export function summarise(diff: PlanDiff): DiffSummary {
    const changed = new Set<string>();
    let added = 0;
    let removed = 0;
    let lines = 0;
    for (const change of diff.changes) {
        if (change.change === 'added') added++;
        else if (change.change === 'removed') removed++;
        else {
            lines++;
            changed.add(`${change.plan}\u0000${change.type}\u0000${change.element}`);
        }
    }
    const failed = diff.policies.reduce((sum, policy) => sum + policy.matches.length, 0);
    return { added, removed, changed: changed.size, lines, kpis: diff.impact.length, failed };
}

/** `3 elements changed (5 lines), 1 added, 2 removed; 2 kpis move` — the one summary line of every format. */
export function summaryLine(diff: PlanDiff): string {
    const s = summarise(diff);
    if (diff.changes.length === 0 && diff.impact.length === 0) return 'No change in meaning.';
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const parts = [`${plural(s.changed, 'element')} changed (${plural(s.lines, 'line')})`, `${s.added} added`, `${s.removed} removed`];
    let text = `${parts.join(', ')}; ${plural(s.kpis, 'kpi')} ${s.kpis === 1 ? 'moves' : 'move'}`;
    if (diff.policies.length > 0) {
        text += s.failed === 0 ? '; every policy passes' : `; ${plural(s.failed, 'policy failure')}`;
    }
    return text + '.';
}
