import type { AstNode, LangiumDocument } from 'langium';
import { GrammarUtils } from 'langium';
import type { InlayHintProvider } from 'langium/lsp';
import type { InlayHint, InlayHintParams } from 'vscode-languageserver';
import type { CopServices } from '../cop-module.js';
import type { PlanFile } from '../generated/ast.js';
import { isIndicator, isKpi } from '../generated/ast.js';
import { formatNumber } from '../impact/amounts.js';
import type { Forecast } from '../impact/forecast.js';
import { forecastsOf } from '../impact/forecast.js';
import { forecastHint } from '../impact/forecast-words.js';
import type { ImpactService, PlanImpact } from '../impact/impact-service.js';
import { formatUnit } from '../impact/units.js';

/**
 * After the name of each kpi and each indicator with actuals: its current value and status,
 * as of today; a kpi's net value with its range and evidence grade, e.g.
 * `= 11,400 USD (7,500–16,500) · estimate · off-track`.
 */
export class CopInlayHintProvider implements InlayHintProvider {
    private readonly impact: ImpactService;

    constructor(services: CopServices) {
        this.impact = services.impact.Impact;
    }

    /** Kpis and indicators are top-level elements, so one pass over them suffices (no shared state between requests). */
    async getInlayHints(document: LangiumDocument, params: InlayHintParams): Promise<InlayHint[] | undefined> {
        const { model } = await this.impact.impactOf(document);
        const root = document.parseResult.value as PlanFile;
        const hints: InlayHint[] = [];
        const forecasts = forecastsOf(model);
        for (const node of root.elements ?? []) {
            const label = isKpi(node)
                ? kpiLabel(model.kpis.get(node), forecasts.kpis.get(node))
                : isIndicator(node)
                  ? indicatorLabel(model.indicators.get(node), forecasts.indicators.get(node))
                  : undefined;
            const position = label && nameEnd(node);
            if (!label || !position || position.line < params.range.start.line || position.line > params.range.end.line) continue;
            hints.push({ position, label, paddingLeft: true });
        }
        return hints;
    }
}

type Model = PlanImpact['model'];

export function kpiLabel(impact: ReturnType<Model['kpis']['get']>, forecast?: Forecast): string | undefined {
    if (!impact) return undefined;
    const unit = impact.unit.size ? ` ${formatUnit(impact.unit)}` : '';
    const value =
        impact.value !== undefined
            ? `= ${formatNumber(impact.value)}${unit}`
            : impact.planned !== undefined
              ? `planned ${formatNumber(impact.planned)}${unit}`
              : 'no value';
    // Net of its adjustments, with the range it may take and the weakest evidence it rests on.
    const range =
        impact.range && impact.range.low !== impact.range.high && (impact.value !== undefined || impact.planned !== undefined)
            ? ` (${formatNumber(impact.range.low)}–${formatNumber(impact.range.high)})`
            : '';
    const parts = [`${value}${range}`, impact.grade];
    if (impact.judgement) parts.push(impact.judgement.status);
    return withForecast(parts.join(' · '), forecast);
}

export function indicatorLabel(impact: ReturnType<Model['indicators']['get']>, forecast?: Forecast): string | undefined {
    if (!impact?.latest) return undefined;
    const value = `= ${formatNumber(impact.latest.value, impact.percent)} (${impact.latest.date})`;
    return withForecast(impact.judgement ? `${value} · ${impact.judgement.status}` : value, forecast, impact.percent);
}

/** `… · forecast 698, short 302`: where the trend leads, after what the latest actual says. */
function withForecast(label: string, forecast: Forecast | undefined, percent = false): string {
    return forecast ? `${label} · ${forecastHint(forecast, percent)}` : label;
}

/** After the title if there is one, else after the name. */
function nameEnd(node: AstNode) {
    const cst = node.$cstNode;
    if (!cst) return undefined;
    return (GrammarUtils.findNodeForProperty(cst, 'title') ?? GrammarUtils.findNodeForProperty(cst, 'name'))?.range.end;
}
