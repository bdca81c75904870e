import type { LangiumDocument } from 'langium';
import type { Formatter } from 'langium/lsp';
import type { DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentRangeFormattingParams, TextEdit } from 'vscode-languageserver';
import { formatPlanDocument } from '../../formatting/plan-printer.js';

/**
 * Format Document (and format on save) in the editor: the same canonical layout as
 * `cop fmt`. A plan with syntax errors is left alone, since whitespace is all we may touch
 * and we cannot tell statements apart in broken text.
 */
export class CopFormatter implements Formatter {
    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): TextEdit[] {
        return wholeDocumentEdit(document);
    }

    /** A selection is formatted as the whole plan: the layout of a line depends on its block. */
    formatDocumentRange(document: LangiumDocument, _params: DocumentRangeFormattingParams): TextEdit[] {
        return wholeDocumentEdit(document);
    }

    formatDocumentOnType(): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }
}

function wholeDocumentEdit(document: LangiumDocument): TextEdit[] {
    const result = formatPlanDocument(document);
    const text = document.textDocument.getText();
    if (!result.ok || result.text === text) return [];
    const end = document.textDocument.positionAt(text.length);
    return [{ range: { start: { line: 0, character: 0 }, end }, newText: result.text }];
}
