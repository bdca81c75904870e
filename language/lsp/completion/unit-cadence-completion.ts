import type { CompletionAcceptor, CompletionContext, NextFeature } from 'langium/lsp';
import { AstUtils, GrammarAST } from 'langium';
import { CompletionItemKind } from 'vscode-languageserver';
import type { CatalogService } from '../../catalog/catalog-service.js';
import { isIndicator } from '../../generated/ast.js';
import type { CompletionContribution } from './completion-contribution.js';
import { follows, grammarPlace } from './completion-position.js';

/** What each cadence means for the `stale-data` check (two periods without a new actual). */
const cadenceDescriptions: Record<string, string> = {
    weekly: 'Collected every week; data older than two weeks counts as stale.',
    monthly: 'Collected every month; data older than two months counts as stale.',
    quarterly: 'Collected every quarter; data older than two quarters counts as stale.',
    yearly: 'Collected every year; data older than two years counts as stale.'
};

/**
 * `unit` values from the catalogs (the unit of the catalog entry matching the indicator's
 * title first), and the four `cadence` values with what each means for stale data.
 * After `unit`, the grammar would also accept every keyword as a unit word; those are not
 * offered.
 */
export class UnitCadenceCompletion implements CompletionContribution {
    private readonly handled = new WeakSet<CompletionContext>();

    constructor(private readonly catalogs: CatalogService) {}

    async complete(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): Promise<boolean> {
        const { rule } = grammarPlace(next);
        if (rule === 'Cadence' && GrammarAST.isKeyword(next.feature)) {
            const cadence = next.feature.value;
            acceptor(context, { label: cadence, kind: CompletionItemKind.EnumMember, detail: 'cadence', documentation: cadenceDescriptions[cadence] });
            return true;
        }
        if ((rule !== 'Unit' && rule !== 'Keyword') || !follows(context, 'unit')) return false;
        if (this.handled.has(context)) return true;
        this.handled.add(context);
        const index = await this.catalogs.indexFor(context.document);
        const indicator = context.node && AstUtils.getContainerOfType(context.node, isIndicator);
        const preferred = indicator?.title ? index.findIndicator(indicator.title)?.unit : undefined;
        for (const unit of index.units()) {
            const users = index.indicators
                .filter(entry => entry.unit === unit)
                .slice(0, 3)
                .map(entry => entry.title);
            acceptor(context, {
                label: unit,
                kind: CompletionItemKind.Unit,
                detail: unit === preferred ? `unit of "${indicator!.title}" in the catalog` : 'unit',
                documentation: `Used in the catalogs by ${users.join(', ')}${users.length === 3 ? ', …' : ''}.`,
                sortText: (unit === preferred ? '0' : '1') + unit,
                preselect: unit === preferred
            });
        }
        return true;
    }
}
