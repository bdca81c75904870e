import type { CompletionAcceptor, CompletionContext, NextFeature } from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import type { TextEdit } from 'vscode-languageserver';
import type { CatalogService } from '../../catalog/catalog-service.js';
import type { IndicatorLike } from '../../catalog/catalog-index.js';
import type { CompletionContribution } from './completion-contribution.js';
import { grammarPlace, quote, stringSlot } from './completion-position.js';
import { indicatorDocumentation } from './catalog-documentation.js';
import type { SnippetSupport } from './snippet-support.js';

/**
 * Indicator titles from the catalogs, in the title string after `indicator Name`.
 * Accepting one also fills in the block when there is none yet (a snippet with the
 * catalog's unit, or `qualitative`, and a `data` line to complete), or adds the unit line
 * to an empty block. A block that already has lines is left alone. A client without
 * snippet support gets the same block as plain text, the `data` line's hint written out.
 */
export class IndicatorTitleCompletion implements CompletionContribution {
    constructor(
        private readonly catalogs: CatalogService,
        private readonly snippets: SnippetSupport
    ) {}

    async complete(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): Promise<boolean> {
        const { rule, property } = grammarPlace(next);
        if (rule !== 'Indicator' || property !== 'title') return false;
        const index = await this.catalogs.indexFor(context.document);
        const slot = stringSlot(context);
        const text = context.textDocument.getText();
        const after = text.slice(slot.end);
        const block = /^\s*\{/.exec(after);
        const emptyBlock = /^(\s*\{)(\s*)\}/.exec(after);
        const indent = this.indentOf(text, context.offset);
        index.indicators.forEach((indicator, position) => {
            const title = quote(indicator.title);
            const lines = this.blockLines(indicator);
            let newText = title;
            let format: InsertTextFormat = InsertTextFormat.PlainText;
            let additionalTextEdits: TextEdit[] | undefined;
            if (!block && this.snippets.enabled) {
                format = InsertTextFormat.Snippet;
                newText = `${escapeSnippet(title)} {\n${lines.map(line => `${indent}    ${escapeSnippet(line)}\n`).join('')}${indent}    data "\${1:where the data comes from}"\n${indent}}$0`;
            } else if (!block) {
                newText = `${title} {\n${lines.map(line => `${indent}    ${line}\n`).join('')}${indent}    data "where the data comes from"\n${indent}}`;
            } else if (emptyBlock && lines.length > 0) {
                const start = slot.end + emptyBlock[1].length;
                const end = start + emptyBlock[2].length;
                additionalTextEdits = [
                    {
                        range: { start: context.textDocument.positionAt(start), end: context.textDocument.positionAt(end) },
                        newText: `\n${lines.map(line => `${indent}    ${line}\n`).join('')}${indent}`
                    }
                ];
            }
            acceptor(context, {
                label: indicator.title,
                kind: CompletionItemKind.Value,
                detail: `${indicator.kind} indicator${indicator.unit ? ` · ${indicator.unit}` : ''} · ${indicator.origin}`,
                documentation: { kind: 'markdown', value: indicatorDocumentation(indicator) },
                filterText: title,
                sortText: String(position).padStart(4, '0'),
                insertTextFormat: format,
                textEdit: { range: slot.range, newText },
                additionalTextEdits
            });
        });
        return true;
    }

    private blockLines(indicator: IndicatorLike): string[] {
        if (indicator.kind === 'qualitative') return ['qualitative'];
        return indicator.unit ? [`unit ${indicator.unit}`] : [];
    }

    private indentOf(text: string, offset: number): string {
        const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        return /^[ \t]*/.exec(text.slice(lineStart))![0];
    }
}

function escapeSnippet(text: string): string {
    return text.replace(/[$}\\]/g, match => '\\' + match);
}
