import type { Indicator, Kpi, Objective } from '../generated/ast.js';
import type { ImpactModel } from '../impact/impact-model.js';
import type { Status } from '../impact/status.js';
import { objectiveScore } from './okr.js';

export type DecisionMetric = Indicator | Kpi | Objective;

/** A metric's latest value: an indicator's latest actual, a kpi's value, an objective's score. */
export function latestValue(metric: DecisionMetric, model: ImpactModel): number | undefined {
    switch (metric.$type) {
        case 'Indicator':
            return model.indicators.get(metric)?.latest?.value;
        case 'Kpi':
            return model.kpis.get(metric)?.value;
        case 'Objective':
            return objectiveScore(metric, model).score;
    }
}

/** Whether a metric's own status is `off-track` or `missed`; an objective through its key results' subjects. */
export function isOffTrack(metric: DecisionMetric, model: ImpactModel): boolean {
    if (metric.$type === 'Objective') {
        return metric.keys.some(key => {
            const subject = key.subject?.ref;
            return subject !== undefined && isOffTrack(subject, model);
        });
    }
    const status: Status | undefined =
        metric.$type === 'Indicator' ? model.indicators.get(metric)?.judgement?.status : model.kpis.get(metric)?.judgement?.status;
    return status === 'off-track' || status === 'missed';
}
