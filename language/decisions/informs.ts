import type { Decision, Indicator, Kpi } from '../generated/ast.js';
import { namesIn } from '../impact/formula.js';

type Measurable = Indicator | Kpi;

/**
 * The indicators and kpis that inform the decisions: those a decision uses or thresholds,
 * and, through a kpi or objective it uses, what that kpi's formula names (kpis in turn) or
 * the objective's key results name.
 */
export function metricsInforming(decisions: readonly Decision[]): Set<Measurable> {
    const informed = new Set<Measurable>();
    const visit = (metric: Measurable | undefined): void => {
        if (!metric || informed.has(metric)) return;
        informed.add(metric);
        if (metric.$type === 'Kpi') {
            for (const name of namesIn(metric.formula)) if (name.$type === 'Indicator' || name.$type === 'Kpi') visit(name);
        }
    };
    for (const decision of decisions) {
        for (const use of decision.uses) {
            const metric = use.ref;
            if (metric?.$type === 'Objective') metric.keys.forEach(key => visit(key.subject?.ref));
            else visit(metric);
        }
        decision.thresholds.forEach(threshold => visit(threshold.metric?.ref));
    }
    return informed;
}
