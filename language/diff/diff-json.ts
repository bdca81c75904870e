import type { PlanDiff } from './diff-model.js';
import { summarise } from './diff-model.js';

/**
 * The `--format json` object: the contract's `changes` and `impact` (with their fields in
 * the contract's order), then what a bot needs besides: the plans paired (added, removed,
 * renamed), the policy results, the summary counts and the evaluation date.
 */
export function diffToJson(diff: PlanDiff): object {
    return {
        changes: diff.changes.map(change => ({
            plan: change.plan,
            element: change.element,
            type: change.type,
            change: change.change,
            ...(change.change === 'changed' ? { field: change.field, before: change.before ?? null, after: change.after ?? null } : {})
        })),
        impact: diff.impact.map(kpi => ({ kpi: kpi.kpi, plan: kpi.plan, before: kpi.before, after: kpi.after })),
        plans: diff.plans,
        policies: diff.policies.map(policy => ({
            rule: policy.rule,
            passed: policy.matches.length === 0,
            matches: policy.matches.map(match => ({
                plan: match.plan,
                element: match.element,
                type: match.type,
                ...(match.field !== undefined ? { field: match.field } : {}),
                reason: match.reason,
                file: match.file,
                line: match.line
            }))
        })),
        summary: summarise(diff),
        asOf: diff.asOf
    };
}
