import type { AstNode, LangiumDocument, Mutable, ParseResult } from 'langium';
import { Cancellation, DefaultLangiumDocumentFactory, DocumentState } from 'langium';
import { isPlanFile } from '../generated/ast.js';
import { reparse } from '../parser/incremental-parse.js';

/**
 * Langium's document factory, which parses a changed plan again only where it changed
 * (incremental-parse.ts); the whole text when that cannot be done. Langium's `update`, step
 * for step, otherwise.
 */
export class CopDocumentFactory extends DefaultLangiumDocumentFactory {
    override async update<T extends AstNode = AstNode>(
        document: Mutable<LangiumDocument<T>>,
        cancellationToken: Cancellation.CancellationToken
    ): Promise<LangiumDocument<T>> {
        const old = document.parseResult;
        const oldText = old.value.$cstNode?.root.fullText;
        const textDocument = this.textDocuments?.get(document.uri.toString());
        const text = await this.getUpdatedText(document, textDocument, cancellationToken);
        if (textDocument) {
            Object.defineProperty(document, 'textDocument', { value: textDocument });
        } else {
            const textDocumentGetter = this.createTextDocumentGetter(document.uri, text);
            Object.defineProperty(document, 'textDocument', { get: textDocumentGetter });
        }
        if (oldText !== text) {
            document.parseResult = this.reparse(document, old, text) ?? (await this.parseAsync<T>(document.uri, text, cancellationToken));
            const root: Mutable<AstNode> = document.parseResult.value;
            root.$document = document;
        }
        document.state = DocumentState.Parsed;
        return document;
    }

    private reparse<T extends AstNode>(document: LangiumDocument<T>, old: ParseResult<T>, text: string): ParseResult<T> | undefined {
        const value = old.value;
        if (!isPlanFile(value)) return undefined;
        const parser = this.serviceRegistry.getServices(document.uri).parser.LangiumParser;
        const result = reparse(parser, { ...old, value }, text);
        // The old tree was a plan file, so `T` is PlanFile here.
        return result as ParseResult<AstNode> as ParseResult<T> | undefined;
    }
}
