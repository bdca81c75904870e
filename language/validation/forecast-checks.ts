import type { ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import type { Indicator, Kpi, PlanFile } from '../generated/ast.js';
import { formatNumber } from '../impact/amounts.js';
import { formatPlanDate } from '../impact/dates.js';
import type { Forecast } from '../impact/forecast.js';
import { forecastsOf, missesBadly } from '../impact/forecast.js';
import type { ImpactService } from '../impact/impact-service.js';
import type { Goal, Judgement } from '../impact/status.js';
import { describe, report } from './report.js';

/**
 * `forecast-miss` (contract Part 3): the status rule looks at the latest actual only, so a
 * good last month can hide a trend that will not reach the target. This speaks when the
 * status says on-track or at-risk but the least-squares forecast falls short by more than a
 * tenth of the target.
 */
export class ForecastChecks {
    constructor(private readonly impact: ImpactService) {}

    checkForecasts = async (root: PlanFile, accept: ValidationAcceptor): Promise<void> => {
        const { model } = await this.impact.impactOf(AstUtils.getDocument(root));
        const forecasts = forecastsOf(model);
        for (const [indicator, forecast] of forecasts.indicators) {
            const impact = model.indicators.get(indicator)!;
            reportMiss(accept, indicator, 'Indicator', forecast, impact.goal, impact.judgement, impact.percent);
        }
        for (const [kpi, forecast] of forecasts.kpis) {
            const impact = model.kpis.get(kpi)!;
            reportMiss(accept, kpi, 'Kpi', forecast, impact.goal, impact.judgement, false);
        }
    };
}

function reportMiss(
    accept: ValidationAcceptor,
    node: Indicator | Kpi,
    kind: string,
    forecast: Forecast,
    goal: Goal | undefined,
    judgement: Judgement | undefined,
    percent: boolean
): void {
    const status = judgement?.status;
    if (!goal || (status !== 'on-track' && status !== 'at-risk') || !missesBadly(forecast, goal)) return;
    const target = `${goal.operator} ${formatNumber(goal.value, percent)} by ${formatPlanDate(forecast.by)}`;
    const statusWords = status === 'on-track' ? 'on track' : 'at risk';
    report(
        accept,
        'forecast-miss',
        `${kind} ${describe(node)} is ${statusWords} for ${target}, but the trend of its actuals leads to ${formatNumber(forecast.projected, percent)} by then, short by ${formatNumber(forecast.shortfall, percent)}. Plan what will change the trend, or revise the target.`,
        { node, property: 'name' }
    );
}
