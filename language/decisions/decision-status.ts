import type { Decision, Threshold } from '../generated/ast.js';
import { formatNumber, parseAmount } from '../impact/amounts.js';
import type { ImpactModel } from '../impact/impact-model.js';
import type { Operator } from '../impact/status.js';
import { meets } from '../impact/status.js';
import type { DecisionMetric } from './metric-values.js';
import { isOffTrack, latestValue } from './metric-values.js';

export type DecisionStatus = 'no-data' | 'at-risk' | 'on-track';

export interface ThresholdCheck {
    readonly threshold: Threshold;
    readonly latest?: number;
    /** Absent while the metric has no value. */
    readonly met?: boolean;
}

export interface DecisionEvaluation {
    readonly decision: Decision;
    readonly status: DecisionStatus;
    /** What it uses, then what its thresholds name and it does not use, each once, in order. */
    readonly metrics: readonly DecisionMetric[];
    readonly thresholds: readonly ThresholdCheck[];
    /** Why it is at risk or has no data, in plain words (`SupportSavings is below 40000`). */
    readonly reasons: readonly string[];
}

/**
 * The contract's decision status: `no-data` when a metric it uses or thresholds has no
 * value; else `at-risk` when a threshold is not met by the latest value, or a metric it uses
 * is `off-track` or `missed` (an objective: any of its key results' subjects); else `on-track`.
 */
export function evaluateDecision(decision: Decision, model: ImpactModel): DecisionEvaluation {
    const metrics: DecisionMetric[] = [];
    const add = (metric: DecisionMetric | undefined) => {
        if (metric && !metrics.includes(metric)) metrics.push(metric);
    };
    decision.uses.forEach(use => add(use.ref));
    decision.thresholds.forEach(threshold => add(threshold.metric?.ref));
    const thresholds = decision.thresholds.map(threshold => checkThreshold(threshold, model));
    const missing = metrics.filter(metric => latestValue(metric, model) === undefined);
    if (missing.length > 0) {
        return { decision, status: 'no-data', metrics, thresholds, reasons: missing.map(metric => `\`${metric.name}\` has no value yet`) };
    }
    const reasons: string[] = [];
    for (const check of thresholds) {
        if (check.met === false)
            reasons.push(
                `\`${check.threshold.metric.$refText}\` is ${formatNumber(check.latest)} where the threshold asks ${check.threshold.operator} ${check.threshold.value}`
            );
    }
    for (const use of decision.uses) {
        const metric = use.ref;
        if (metric && isOffTrack(metric, model)) reasons.push(`\`${metric.name}\` is off track`);
    }
    return { decision, status: reasons.length > 0 ? 'at-risk' : 'on-track', metrics, thresholds, reasons };
}

function checkThreshold(threshold: Threshold, model: ImpactModel): ThresholdCheck {
    const metric = threshold.metric?.ref;
    const latest = metric ? latestValue(metric, model) : undefined;
    const value = parseAmount(threshold.value);
    if (latest === undefined || value === undefined) return { threshold, latest };
    return { threshold, latest, met: meets(latest, { operator: threshold.operator as Operator, value }) };
}
