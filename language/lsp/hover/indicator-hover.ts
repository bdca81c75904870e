import { AstUtils } from 'langium';
import type { CatalogService } from '../../catalog/catalog-service.js';
import type { CopServices } from '../../cop-module.js';
import type { Indicator } from '../../generated/ast.js';
import { isCycle, isIndicator } from '../../generated/ast.js';
import { list } from '../completion/catalog-documentation.js';
import type { HoverContribution, HoverTarget } from './hover-contribution.js';
import { isTitleLeaf, named, referrersOf } from './referrers.js';
import { codeSpan, escapeMarkdown } from '../../render/markdown/escape-markdown.js';

/**
 * On an indicator or a reference to it: title, kind, unit, the catalog's description,
 * baseline → target, and cycles (those of the plan that track it, and those the catalog
 * says it evidences).
 */
export class IndicatorHover implements HoverContribution {
    private readonly catalogs: CatalogService;

    constructor(private readonly services: CopServices) {
        this.catalogs = services.catalog.Catalogs;
    }

    async hover(target: HoverTarget): Promise<string | undefined> {
        const indicator = isIndicator(target.declaration) ? target.declaration : isIndicator(target.node) && isTitleLeaf(target) ? target.node : undefined;
        if (!indicator) return undefined;
        const index = await this.catalogs.indexFor(AstUtils.getDocument(indicator));
        const entry = indicator.title ? index.findIndicator(indicator.title) : undefined;
        const kind = indicator.qualitative ? 'qualitative' : entry?.kind === 'qualitative' ? 'quantitative here (qualitative in the catalog)' : 'quantitative';
        const unit = indicator.unit
            ? `unit ${codeSpan(indicator.unit)}`
            : entry?.unit
              ? `no unit yet (the catalog suggests ${codeSpan(entry.unit)})`
              : 'no unit';
        const lines = [`**${escapeMarkdown(indicator.title ?? indicator.name)}** — indicator ${named(indicator)}`, '', `${kind}, ${unit}`];
        if (entry) lines.push('', `${escapeMarkdown(entry.description)} _(${escapeMarkdown(entry.source)}, ${escapeMarkdown(entry.origin)})_`);
        else if (indicator.title) lines.push('', '_Not in any catalog._');
        const plan = this.planFigures(indicator);
        if (plan) lines.push('', plan);
        const tracked = [
            ...new Set(
                referrersOf(this.services, indicator)
                    .filter(isCycle)
                    .map(cycle => cycle.kind)
            )
        ];
        const cycles: string[] = [];
        if (tracked.length > 0) cycles.push(`tracked in the ${list(tracked)} ${tracked.length > 1 ? 'cycles' : 'cycle'} of the plan`);
        if (entry && entry.cycles.length > 0) cycles.push(`the catalog links it to ${list(entry.cycles.map(escapeMarkdown))}`);
        lines.push('', cycles.length > 0 ? `Cycles: ${cycles.join('; ')}.` : 'Cycles: none yet.');
        return lines.join('\n');
    }

    private planFigures(indicator: Indicator): string | undefined {
        const baseline = indicator.baseline === undefined ? '—' : escapeMarkdown(indicator.baseline);
        const target = indicator.target
            ? escapeMarkdown(`${indicator.target.operator} ${indicator.target.value}${indicator.target.by ? ` by ${indicator.target.by}` : ''}`)
            : undefined;
        const parts: string[] = [];
        if (indicator.baseline !== undefined || target) parts.push(`Baseline ${baseline} → target ${target ?? '—'}`);
        if (indicator.cadence) parts.push(`collected ${escapeMarkdown(indicator.cadence)}`);
        if (indicator.owner) parts.push(`owner: ${escapeMarkdown(indicator.owner)}`);
        return parts.length > 0 ? parts.join(' · ') : undefined;
    }
}
