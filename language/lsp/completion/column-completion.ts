import { AstUtils } from 'langium';
import type { CompletionAcceptor, CompletionContext, NextFeature } from 'langium/lsp';
import { CompletionItemKind } from 'vscode-languageserver';
import type { Source } from '../../generated/ast.js';
import { isEvent, isIndicator, isInfluence, isSource } from '../../generated/ast.js';
import type { SourceColumns } from '../../measure/source-columns.js';
import type { CompletionContribution } from './completion-contribution.js';
import { grammarPlace, quote } from './completion-position.js';

const identifier = /^[_a-zA-Z]\w*$/;

/**
 * Where a column goes (`requires`, `sum COL of`, `where COL =`, an influence's `value`, a
 * source's `time`/`person`/`event`/`consent`): the columns of the source's first file.
 */
export class ColumnCompletion implements CompletionContribution {
    private readonly handled = new WeakSet<CompletionContext>();

    constructor(private readonly columns: SourceColumns) {}

    async complete(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): Promise<boolean> {
        if (grammarPlace(next).rule !== 'Column') return false;
        if (this.handled.has(context)) return true;
        this.handled.add(context);
        const source = sourceAt(context);
        if (!source) return true;
        for (const column of await this.columns.columnsOf(context.document, source)) {
            acceptor(context, {
                label: column,
                insertText: identifier.test(column) ? column : quote(column),
                kind: CompletionItemKind.Field,
                detail: `column of ${source.name}`,
                sortText: `0${column}`
            });
        }
        return true;
    }
}

function sourceAt(context: CompletionContext): Source | undefined {
    const node = context.node;
    if (!node) return undefined;
    const source = AstUtils.getContainerOfType(node, isSource);
    if (source) return source;
    const event = AstUtils.getContainerOfType(node, isEvent);
    if (event) return event.source?.ref;
    const influence = AstUtils.getContainerOfType(node, isInfluence);
    if (influence) return influence.source?.ref;
    const indicator = AstUtils.getContainerOfType(node, isIndicator);
    const compute = indicator?.compute;
    if (compute && compute.$type !== 'SqlCompute') return compute.event?.ref?.source?.ref;
    return undefined;
}
