import type { AstNode, LangiumDocument, Mutable, ParseResult, TextDocument } from 'langium';
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
        const text = await this.readText(document, textDocument, oldText, cancellationToken);
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

    /**
     * The new text; a closed plan's file that is gone by the time it is read keeps the text
     * it had (an empty one if it is new): its deletion is reported next, and one vanished
     * file must not fail the update of every plan with it.
     */
    private async readText(
        document: LangiumDocument,
        textDocument: TextDocument | undefined,
        oldText: string | undefined,
        cancellationToken: Cancellation.CancellationToken
    ): Promise<string> {
        try {
            return await this.getUpdatedText(document, textDocument, cancellationToken);
        } catch (error) {
            if (textDocument || !isVanished(error)) throw error;
            return oldText ?? '';
        }
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

/** Whether a file could not be read because it is not there (Node's codes; other file systems never say so). */
export function isVanished(error: unknown): boolean {
    const code = (error as { code?: string } | undefined)?.code;
    return code === 'ENOENT' || code === 'ENOTDIR';
}
