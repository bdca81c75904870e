import type { AstNode, LangiumDocument, MaybePromise } from 'langium';
import { GrammarUtils } from 'langium';
import type { InlayHintAcceptor } from 'langium/lsp';
import { AbstractInlayHintProvider } from 'langium/lsp';
import type { CancellationToken, InlayHint, InlayHintParams } from 'vscode-languageserver';
import type { CopServices } from '../cop-module.js';
import { isIndicator, isKpi } from '../generated/ast.js';
import { formatNumber } from '../impact/amounts.js';
import type { ImpactService, PlanImpact } from '../impact/impact-service.js';
import { formatUnit } from '../impact/units.js';

/**
 * After the name of each kpi and each indicator with actuals: its current value and status,
 * as of today, e.g. `= 11,400 USD · off-track`.
 */
export class CopInlayHintProvider extends AbstractInlayHintProvider {
    private readonly impact: ImpactService;
    private current: PlanImpact | undefined;

    constructor(services: CopServices) {
        super();
        this.impact = services.impact.Impact;
    }

    override async getInlayHints(document: LangiumDocument, params: InlayHintParams, cancelToken?: CancellationToken): Promise<InlayHint[] | undefined> {
        this.current = await this.impact.impactOf(document);
        return super.getInlayHints(document, params, cancelToken);
    }

    computeInlayHint(node: AstNode, acceptor: InlayHintAcceptor): MaybePromise<void> {
        const model = this.current?.model;
        const end = nameEnd(node);
        if (!model || !end) return;
        const label = isKpi(node) ? kpiLabel(model.kpis.get(node)) : isIndicator(node) ? indicatorLabel(model.indicators.get(node)) : undefined;
        if (label) acceptor({ position: end, label, paddingLeft: true });
    }
}

type Model = PlanImpact['model'];

export function kpiLabel(impact: ReturnType<Model['kpis']['get']>): string | undefined {
    if (!impact) return undefined;
    const unit = impact.unit.size ? ` ${formatUnit(impact.unit)}` : '';
    const value = impact.value !== undefined ? `= ${formatNumber(impact.value)}${unit}`
        : impact.planned !== undefined ? `planned ${formatNumber(impact.planned)}${unit}` : 'no value';
    return impact.judgement ? `${value} · ${impact.judgement.status}` : value;
}

export function indicatorLabel(impact: ReturnType<Model['indicators']['get']>): string | undefined {
    if (!impact?.latest) return undefined;
    const value = `= ${formatNumber(impact.latest.value, impact.percent)} (${impact.latest.date})`;
    return impact.judgement ? `${value} · ${impact.judgement.status}` : value;
}

/** After the title if there is one, else after the name. */
function nameEnd(node: AstNode) {
    const cst = node.$cstNode;
    if (!cst) return undefined;
    return (GrammarUtils.findNodeForProperty(cst, 'title') ?? GrammarUtils.findNodeForProperty(cst, 'name'))?.range.end;
}
