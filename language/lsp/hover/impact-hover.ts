import type { CopServices } from '../../cop-module.js';
import { isAssumption, isIndicator, isKpi } from '../../generated/ast.js';
import { ADJUSTMENT_KINDS } from '../../impact/adjustments.js';
import { formatNumber, isPercent, parseAmount } from '../../impact/amounts.js';
import { assumptionAmounts } from '../../impact/assumption-amounts.js';
import { assumptionGrade } from '../../impact/evidence-grade.js';
import type { KpiImpact } from '../../impact/impact-model.js';
import { formatDay, formatPlanDate } from '../../impact/dates.js';
import { forecastsOf } from '../../impact/forecast.js';
import { forecastSentence } from '../../impact/forecast-words.js';
import type { ImpactService } from '../../impact/impact-service.js';
import type { Goal } from '../../impact/status.js';
import type { HoverContribution, HoverTarget } from './hover-contribution.js';
import { codeSpan, escapeMarkdown } from '../../render/markdown/escape-markdown.js';

/**
 * Hover on a kpi (its value, planned value, range, status and top driver), on an indicator
 * with actuals or a target (latest actual and status), and on an assumption (value, range,
 * source, what it moves), all as of today.
 */
export class ImpactHover implements HoverContribution {
    private readonly impact: ImpactService;

    constructor(services: CopServices) {
        this.impact = services.impact.Impact;
    }

    async hover({ declaration }: HoverTarget): Promise<string | undefined> {
        if (!isKpi(declaration) && !isIndicator(declaration) && !isAssumption(declaration)) return undefined;
        const { model } = await this.impact.impactOfNode(declaration);
        const heading = (kind: string) => `**${escapeMarkdown(declaration.title ?? declaration.name)}** (${codeSpan(declaration.name)}) — ${kind}`;
        const asOf = `_As of ${formatDay(model.asOf)}._`;
        if (isKpi(declaration)) {
            const impact = model.kpis.get(declaration);
            if (!impact) return undefined;
            const unit = declaration.unit ? ` ${escapeMarkdown(declaration.unit)}` : '';
            if (impact.loop) return `${heading('kpi')}\n\nNo value: its formula refers to itself (${impact.loop.map(k => k.name).join(' → ')}).`;
            const lines = [heading('kpi'), ''];
            lines.push(
                impact.value !== undefined
                    ? `Value **${formatNumber(impact.value)}${unit}**${impact.planned !== undefined ? ` · planned ${formatNumber(impact.planned)}${unit}` : ''}`
                    : `No data yet${impact.planned !== undefined ? ` · planned **${formatNumber(impact.planned)}${unit}**` : ''}`
            );
            const adjusted = adjustmentText(impact);
            if (adjusted) lines.push(adjusted);
            if (impact.range && impact.range.low !== impact.range.high) {
                const over = ADJUSTMENT_KINDS.some(kind => impact.adjustments[kind]?.ranged)
                    ? "the assumptions' and shares' ranges"
                    : "the assumptions' ranges";
                lines.push(`Range ${formatNumber(impact.range.low)} – ${formatNumber(impact.range.high)}${unit} over ${over}`);
            }
            lines.push(`Evidence grade **${impact.grade}**`);
            if (impact.judgement) lines.push(`Status **${impact.judgement.status}** for target ${goalText(impact.goal!)}`);
            const forecast = forecastsOf(model).kpis.get(declaration);
            if (forecast) lines.push(forecastSentence(forecast));
            const top = impact.drivers[0];
            if (top) lines.push(`Top driver: \`${top.assumption.name}\` moves it between ${formatNumber(top.low)} and ${formatNumber(top.high)}`);
            return [...lines.slice(0, 2), lines.slice(2).join('  \n'), '', asOf].join('\n');
        }
        if (isIndicator(declaration)) {
            const impact = model.indicators.get(declaration);
            if (!impact || (!impact.latest && !impact.goal)) return undefined;
            const lines = [
                impact.latest
                    ? `Latest actual **${formatNumber(impact.latest.value, impact.percent)}** (${escapeMarkdown(impact.latest.date)})${impact.latest.note ? ` — ${escapeMarkdown(impact.latest.note)}` : ''}`
                    : 'No actuals yet'
            ];
            if (impact.judgement && impact.goal) lines.push(`Status **${impact.judgement.status}** for target ${goalText(impact.goal, impact.percent)}`);
            const forecast = forecastsOf(model).indicators.get(declaration);
            if (forecast) lines.push(forecastSentence(forecast, impact.percent));
            if (impact.stale) lines.push('The latest actual is older than two periods of its cadence.');
            // Shown below the indicator's own hover (title, unit, target), so no heading again.
            return `${lines.join('  \n')}\n\n${asOf}`;
        }
        const percent = isPercent(declaration.value);
        const unitText = declaration.unit ? ` ${escapeMarkdown(declaration.unit)}` : '';
        const lines: string[] = [];
        if (declaration.from) {
            // The experiment's uplift and interval are the assumption's value and range.
            const { value, low, high } = assumptionAmounts(declaration);
            lines.push(
                value === undefined
                    ? `No value: experiment ${codeSpan(declaration.from.$refText)} has no uplift yet`
                    : `Value **${formatNumber(value)}${unitText}** · range ${formatNumber(low)} – ${formatNumber(high)}, from experiment ${codeSpan(declaration.from.$refText)}`
            );
        } else {
            const value = parseAmount(declaration.value);
            lines.push(
                `Value **${formatNumber(value, percent)}${unitText}**${declaration.low && declaration.high ? ` · range ${escapeMarkdown(`${declaration.low}..${declaration.high}`)}` : ' · fixed'}`
            );
        }
        if (!declaration.from || declaration.source) lines.push(declaration.source ? `Source: ${escapeMarkdown(declaration.source)}` : 'No source given');
        lines.push(`Evidence grade **${assumptionGrade(declaration)}**`);
        for (const impact of model.kpis.values()) {
            const driver = impact.drivers.find(d => d.assumption === declaration);
            if (driver) lines.push(`Moves \`${impact.kpi.name}\` between ${formatNumber(driver.low)} and ${formatNumber(driver.high)}`);
        }
        return `${heading('assumption')}\n\n${lines.join('  \n')}`;
    }
}

/** `Net of gross 17,860: deadweight 10%, attribution 20%–40%`, for a kpi that writes adjustments. */
function adjustmentText(impact: KpiImpact): string | undefined {
    const shares = ADJUSTMENT_KINDS.flatMap(kind => {
        const share = impact.adjustments[kind];
        if (!share) return [];
        return [`${kind} ${share.ranged ? `${formatNumber(share.low, true)}–${formatNumber(share.high, true)}` : formatNumber(share.point, true)}`];
    });
    if (shares.length === 0) return undefined;
    return `Net${impact.gross === undefined ? '' : ` of gross ${formatNumber(impact.gross)}`}: ${shares.join(', ')}`;
}

function goalText(goal: Goal, percent = false): string {
    const op = ({ '>=': '≥', '<=': '≤' } as Record<string, string>)[goal.operator] ?? goal.operator;
    return `${op} ${formatNumber(goal.value, percent)}${goal.by === undefined ? '' : ` by ${formatPlanDate(goal.by)}`}`;
}
