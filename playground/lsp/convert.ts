import type { editor, IMarkdownString, IRange, languages } from 'monaco-editor/editor/editor.api.js';
import type { CompletionItem, Diagnostic, Hover, MarkedString, MarkupContent, Position, Range, TextEdit } from 'vscode-languageserver-protocol';

/** LSP ↔ monaco: positions are 0-based in LSP, 1-based in monaco. */
export function toRange(range: Range): IRange {
    return {
        startLineNumber: range.start.line + 1,
        startColumn: range.start.character + 1,
        endLineNumber: range.end.line + 1,
        endColumn: range.end.character + 1
    };
}

export function fromRange(range: IRange): Range {
    return {
        start: { line: range.startLineNumber - 1, character: range.startColumn - 1 },
        end: { line: range.endLineNumber - 1, character: range.endColumn - 1 }
    };
}

export function fromPosition(position: { lineNumber: number; column: number }): Position {
    return { line: position.lineNumber - 1, character: position.column - 1 };
}

/** monaco's MarkerSeverity: Hint 1, Info 2, Warning 4, Error 8; LSP's: Error 1 … Hint 4. */
const severities = [8, 8, 4, 2, 1];

export function toMarker(diagnostic: Diagnostic): editor.IMarkerData {
    const code = diagnostic.code === undefined ? undefined : String(diagnostic.code);
    return {
        ...toRange(diagnostic.range),
        severity: severities[diagnostic.severity ?? 1] ?? 8,
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        source: diagnostic.source,
        code,
        tags: diagnostic.tags?.map(tag => tag as 1 | 2)
    };
}

export function toTextEdit(edit: TextEdit): languages.TextEdit {
    return { range: toRange(edit.range), text: edit.newText };
}

/** Markdown from the server is shown as markdown, never as HTML (monaco's renderer with HTML off). */
export function toMarkdown(content: MarkupContent | MarkedString | string): IMarkdownString {
    if (typeof content === 'string') return { value: content, isTrusted: false, supportHtml: false };
    if ('kind' in content) return { value: content.kind === 'markdown' ? content.value : escapeMarkdown(content.value), isTrusted: false, supportHtml: false };
    return { value: '```' + content.language + '\n' + content.value + '\n```', isTrusted: false, supportHtml: false };
}

export function toHoverContents(hover: Hover): IMarkdownString[] {
    const contents = Array.isArray(hover.contents) ? hover.contents : [hover.contents];
    return contents.map(toMarkdown);
}

function escapeMarkdown(text: string): string {
    return text.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, '\\$&');
}

/**
 * monaco's CompletionItemKind, by LSP's CompletionItemKind (1 Text … 25 TypeParameter):
 * the two enums list the same kinds in different orders.
 */
const completionKinds = [18, 18, 0, 1, 2, 3, 4, 5, 7, 8, 9, 12, 13, 15, 17, 27, 19, 20, 21, 23, 16, 14, 6, 10, 11, 24];

export function toCompletionItem(item: CompletionItem, defaultRange: IRange): languages.CompletionItem {
    const edit = item.textEdit;
    let range: languages.CompletionItem['range'] = defaultRange;
    if (edit && 'range' in edit) range = toRange(edit.range);
    else if (edit) range = { insert: toRange(edit.insert), replace: toRange(edit.replace) };
    const documentation = item.documentation === undefined ? undefined : toMarkdown(item.documentation);
    return {
        label: item.label,
        kind: completionKinds[item.kind ?? 1] ?? 18,
        detail: item.detail,
        documentation,
        sortText: item.sortText,
        filterText: item.filterText,
        preselect: item.preselect,
        insertText: edit?.newText ?? item.insertText ?? item.label,
        // monaco's CompletionItemInsertTextRule.InsertAsSnippet is 4.
        insertTextRules: item.insertTextFormat === 2 ? 4 : undefined,
        range,
        additionalTextEdits: item.additionalTextEdits?.map(toTextEdit),
        commitCharacters: item.commitCharacters
    };
}
