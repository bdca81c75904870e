import { AstUtils } from 'langium';
import type { CatalogService } from '../../catalog/catalog-service.js';
import type { CopServices } from '../../cop-module.js';
import type { Outcome, Shared } from '../../generated/ast.js';
import { isOutcome, isShared, isValue } from '../../generated/ast.js';
import type { HoverContribution, HoverTarget } from './hover-contribution.js';
import { isTitleLeaf, named, referrersOf } from './referrers.js';
import { escapeMarkdown } from '../../render/markdown/escape-markdown.js';

/**
 * On a value or a reference to it: its term and stakeholder row, the shared values it is
 * part of, and the outcomes that deliver it (directly or through a shared value).
 */
export class ValueHover implements HoverContribution {
    private readonly catalogs: CatalogService;

    constructor(private readonly services: CopServices) {
        this.catalogs = services.catalog.Catalogs;
    }

    async hover(target: HoverTarget): Promise<string | undefined> {
        const value = isValue(target.declaration) ? target.declaration : isValue(target.node) && isTitleLeaf(target) ? target.node : undefined;
        if (!value) return undefined;
        const row = value.$container;
        const side = row.side === 'members' ? 'member' : 'organization';
        const lines = [
            `**${escapeMarkdown(value.title ?? value.name)}** — ${side} value ${named(value)}`,
            '',
            `${value.term === 'short' ? 'Short' : 'Long'}-term value of ${row.side === 'members' ? 'the member segment' : 'the organization'} ${named(row)}.`
        ];
        const referrers = referrersOf(this.services, value);
        const shared = unique(referrers.filter(isShared));
        const direct = unique(referrers.filter(isOutcome));
        const throughShared = shared.flatMap(item =>
            referrersOf(this.services, item)
                .filter(isOutcome)
                .map(outcome => ({ outcome, shared: item }))
        );
        if (shared.length > 0) lines.push('', `Shared values: ${shared.map(named).join(', ')}.`);
        if (row.found.length > 0) lines.push('', `Found through: ${row.found.map(escapeMarkdown).join('; ')}.`);
        const delivered = [
            ...direct.map(outcome => named(outcome)),
            ...throughShared
                .filter(({ outcome }) => !direct.includes(outcome))
                .map(({ outcome, shared: via }: { outcome: Outcome; shared: Shared }) => `${named(outcome)} through ${named(via)}`)
        ];
        lines.push('', delivered.length > 0 ? `Delivered by: ${[...new Set(delivered)].join('; ')}.` : 'No outcome delivers it yet.');
        if (value.title) {
            const index = await this.catalogs.indexFor(AstUtils.getDocument(value));
            const entry = index.findValue(value.title);
            if (entry?.description) lines.push('', `${escapeMarkdown(entry.description)} _(${escapeMarkdown(entry.source)}, ${escapeMarkdown(entry.origin)})_`);
        }
        return lines.join('\n');
    }
}

function unique<T>(items: T[]): T[] {
    return [...new Set(items)];
}
