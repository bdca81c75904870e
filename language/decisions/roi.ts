import type { Assumption, Indicator, Kpi, PlanFile } from '../generated/ast.js';
import { parseAmount } from '../impact/amounts.js';
import { namesIn } from '../impact/formula.js';
import type { ImpactModel } from '../impact/impact-model.js';
import type { Unit } from '../impact/units.js';
import { parseUnit, sameUnit } from '../impact/units.js';
import { elementsOfType, planOf } from '../model/plan-queries.js';
import { currencyOf } from './currency.js';

export type CostSource = Assumption | Indicator;

export interface PlanCost {
    readonly source: CostSource;
    readonly unit: Unit;
    /** The currency, when the unit is one (else the cost is `cost-invalid`). */
    readonly currency?: string;
    /** An assumption's `value`, an indicator's latest actual (its range is not used). */
    readonly value?: number;
}

export interface Roi {
    readonly cost: PlanCost;
    /** The kpis whose net value is the plan's return. */
    readonly kpis: readonly Kpi[];
    /** The summed return and its range, in the cost's currency. */
    readonly net?: number;
    readonly netLow?: number;
    readonly netHigh?: number;
    /** Return over cost: ratios. Absent without a return or with a cost of 0 or none. */
    readonly value?: number;
    readonly low?: number;
    readonly high?: number;
}

/** The plan's `cost` line, read: its source, unit and value. */
export function planCost(root: PlanFile, model: ImpactModel): PlanCost | undefined {
    const source = planOf(root)?.cost?.ref;
    if (!source) return undefined;
    const unit = parseUnit(source.unit);
    const value = source.$type === 'Assumption' ? parseAmount(source.value) : model.indicators.get(source)?.latest?.value;
    return { source, unit, currency: currencyOf(unit), value };
}

/**
 * The contract's ROI: the sum of the net value (and low, high) of every kpi in the cost's
 * unit that translates an outcome and is used in no other kpi's formula (so a total and its
 * parts are not counted twice), divided by the cost's value. Kpis without a value yet add
 * nothing; with none of them valued, or a cost of zero or none, the ROI has no value.
 */
export function roiOf(root: PlanFile, model: ImpactModel): Roi | undefined {
    const cost = planCost(root, model);
    if (!cost || !cost.currency) return undefined;
    const kpis = elementsOfType(root, 'Kpi');
    const usedInFormulas = new Set<unknown>();
    for (const kpi of kpis) for (const name of namesIn(kpi.formula)) usedInFormulas.add(name);
    const counted = kpis.filter(
        kpi => kpi.translates.length > 0 && !usedInFormulas.has(kpi) && sameUnit(model.kpis.get(kpi)?.unit ?? parseUnit(kpi.unit), cost.unit)
    );
    let net: number | undefined, netLow: number | undefined, netHigh: number | undefined;
    for (const kpi of counted) {
        const impact = model.kpis.get(kpi);
        if (impact?.value === undefined) continue;
        net = (net ?? 0) + impact.value;
        netLow = (netLow ?? 0) + (impact.range?.low ?? impact.value);
        netHigh = (netHigh ?? 0) + (impact.range?.high ?? impact.value);
    }
    const divisor = cost.value;
    if (net === undefined || divisor === undefined || divisor === 0) return { cost, kpis: counted, net, netLow, netHigh };
    const ends = [netLow! / divisor, netHigh! / divisor];
    return { cost, kpis: counted, net, netLow, netHigh, value: net / divisor, low: Math.min(...ends), high: Math.max(...ends) };
}
