import type { CompletionAcceptor, CompletionContext, NextFeature } from 'langium/lsp';
import { AstUtils } from 'langium';
import { CompletionItemKind } from 'vscode-languageserver';
import type { CatalogService } from '../../catalog/catalog-service.js';
import { isRow, isValue } from '../../generated/ast.js';
import type { CompletionContribution } from './completion-contribution.js';
import { valueDocumentation } from './catalog-documentation.js';
import { grammarPlace, quote, stringSlot } from './completion-position.js';

/**
 * Value titles from the catalogs for the cell being edited: a `short` line inside
 * `members` offers the member short-term examples, a `long` line inside `organization`
 * the organization long-term ones.
 */
export class ValueTitleCompletion implements CompletionContribution {
    constructor(private readonly catalogs: CatalogService) {}

    async complete(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): Promise<boolean> {
        const { rule, property } = grammarPlace(next);
        if (rule !== 'Value' || property !== 'title') return false;
        const value = context.node && AstUtils.getContainerOfType(context.node, isValue);
        const row = context.node && AstUtils.getContainerOfType(context.node, isRow);
        const term = value?.term ?? this.termBefore(context);
        if (!row || !term) return false;
        const index = await this.catalogs.indexFor(context.document);
        const slot = stringSlot(context);
        index.valuesFor(row.side, term).forEach((entry, position) => {
            const title = quote(entry.title);
            acceptor(context, {
                label: entry.title,
                kind: CompletionItemKind.Value,
                detail: `${row.side === 'members' ? 'member' : 'organization'} ${term}-term value · ${entry.origin}`,
                documentation: { kind: 'markdown', value: valueDocumentation(entry) },
                filterText: title,
                sortText: String(position).padStart(4, '0'),
                textEdit: { range: slot.range, newText: title }
            });
        });
        return true;
    }

    /** `short`/`long` written on the line before the cursor, when the value node is not there yet. */
    private termBefore(context: CompletionContext): 'short' | 'long' | undefined {
        const text = context.textDocument.getText();
        const line = text.slice(text.lastIndexOf('\n', context.offset - 1) + 1, context.offset);
        return /^\s*(short|long)\b/.exec(line)?.[1] as 'short' | 'long' | undefined;
    }
}
