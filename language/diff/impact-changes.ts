import { exportNumber } from '../impact/amounts.js';
import type { ImpactModel, KpiImpact } from '../impact/impact-model.js';
import type { KpiFigures, KpiImpactChange } from './diff-model.js';

/** A kpi's figures as the export rounds them (12 digits), so noise in the last bit is no move. */
function figuresOf(impact: KpiImpact): KpiFigures {
    return { planned: exportNumber(impact.planned), low: exportNumber(impact.range?.low), high: exportNumber(impact.range?.high) };
}

function byName(model: ImpactModel | undefined): Map<string, KpiImpact> {
    const kpis = new Map<string, KpiImpact>();
    for (const [kpi, impact] of model?.kpis ?? []) if (!kpis.has(kpi.name)) kpis.set(kpi.name, impact);
    return kpis;
}

function same(a: KpiFigures, b: KpiFigures): boolean {
    return a.planned === b.planned && a.low === b.low && a.high === b.high;
}

/**
 * Every kpi of one plan whose planned value, low or high differs between the two sides,
 * each side evaluated with its own actuals as of the same date; a kpi added or removed
 * has null on the side it is missing from.
 */
export function impactChanges(plan: string, before: ImpactModel | undefined, after: ImpactModel | undefined): KpiImpactChange[] {
    const old = byName(before);
    const current = byName(after);
    const changes: KpiImpactChange[] = [];
    const describe = (impact: KpiImpact) => ({
        ...(impact.kpi.title !== undefined ? { title: impact.kpi.title } : {}),
        ...(impact.kpi.unit !== undefined ? { unit: impact.kpi.unit } : {})
    });
    for (const [name, impact] of current) {
        const previous = old.get(name);
        const figures = figuresOf(impact);
        if (previous && same(figuresOf(previous), figures)) continue;
        changes.push({ plan, kpi: name, ...describe(impact), before: previous ? figuresOf(previous) : null, after: figures });
    }
    for (const [name, impact] of old) {
        if (current.has(name)) continue;
        changes.push({ plan, kpi: name, ...describe(impact), before: figuresOf(impact), after: null });
    }
    return changes;
}
