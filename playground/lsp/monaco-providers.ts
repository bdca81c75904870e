import type * as Monaco from 'monaco-editor/editor/editor.api.js';
import type {
    CodeAction,
    Command,
    CompletionItem,
    CompletionList,
    Diagnostic,
    Hover,
    PublishDiagnosticsParams,
    TextEdit,
    WorkspaceEdit
} from 'vscode-languageserver-protocol';
import { fromPosition, fromRange, toCompletionItem, toHoverContents, toMarker, toRange, toTextEdit } from './convert.js';
import type { PlaygroundLanguageClient } from './language-client.js';

/**
 * monaco's providers for `cop`, each one request to the language server: diagnostics as
 * markers, completion (catalog entries included), hover, formatting and quick fixes. The
 * diagnostics are kept per plan, because a quick fix is asked for with the diagnostics it
 * is to fix, which monaco's markers no longer carry in LSP's shape.
 */
export function registerCopProviders(
    monaco: typeof Monaco,
    client: PlaygroundLanguageClient,
    onDiagnostics: (uri: string, diagnostics: readonly Diagnostic[]) => void
): void {
    const diagnostics = new Map<string, Diagnostic[]>();

    client.onDiagnostics((params: PublishDiagnosticsParams) => {
        const model = monaco.editor.getModel(monaco.Uri.parse(params.uri));
        if (!model) return;
        // Diagnostics of an older text than the editor's are dropped; the newer ones follow.
        if (params.version !== undefined && params.version !== client.version(params.uri)) return;
        diagnostics.set(params.uri, params.diagnostics);
        monaco.editor.setModelMarkers(model, 'cop', params.diagnostics.map(toMarker));
        onDiagnostics(params.uri, params.diagnostics);
    });

    const textDocument = (model: Monaco.editor.ITextModel) => ({ uri: model.uri.toString() });
    /** A plan the server was not given (over the size limit) has no answers. */
    const known = (model: Monaco.editor.ITextModel) => client.version(model.uri.toString()) !== undefined;

    monaco.languages.registerCompletionItemProvider('cop', {
        triggerCharacters: client.capabilities.completionProvider?.triggerCharacters,
        async provideCompletionItems(model, position, _context, token) {
            if (!known(model)) return { suggestions: [] };
            const result = await client.ask<CompletionList | CompletionItem[]>(
                'textDocument/completion',
                { textDocument: textDocument(model), position: fromPosition(position) },
                token
            );
            const word = model.getWordUntilPosition(position);
            const range = {
                startLineNumber: position.lineNumber,
                endLineNumber: position.lineNumber,
                startColumn: word.startColumn,
                endColumn: word.endColumn
            };
            const items = Array.isArray(result) ? result : (result?.items ?? []);
            return { suggestions: items.map(item => toCompletionItem(item, range)), incomplete: !Array.isArray(result) && result?.isIncomplete === true };
        }
    });

    monaco.languages.registerHoverProvider('cop', {
        async provideHover(model, position, token) {
            if (!known(model)) return null;
            const hover = await client.ask<Hover>('textDocument/hover', { textDocument: textDocument(model), position: fromPosition(position) }, token);
            return hover ? { contents: toHoverContents(hover), range: hover.range && toRange(hover.range) } : null;
        }
    });

    monaco.languages.registerDocumentFormattingEditProvider('cop', {
        async provideDocumentFormattingEdits(model, options, token) {
            if (!known(model)) return [];
            const edits = await client.ask<TextEdit[]>(
                'textDocument/formatting',
                { textDocument: textDocument(model), options: { tabSize: options.tabSize, insertSpaces: options.insertSpaces } },
                token
            );
            return (edits ?? []).map(toTextEdit);
        }
    });

    monaco.languages.registerCodeActionProvider(
        'cop',
        {
            async provideCodeActions(model, range, _context, token) {
                if (!known(model)) return { actions: [], dispose: () => undefined };
                const uri = model.uri.toString();
                const lspRange = fromRange(range);
                const inRange = (diagnostics.get(uri) ?? []).filter(diagnostic => overlaps(diagnostic.range, lspRange));
                const result = await client.ask<Array<CodeAction | Command>>(
                    'textDocument/codeAction',
                    { textDocument: { uri }, range: lspRange, context: { diagnostics: inRange } },
                    token
                );
                const actions = (result ?? [])
                    .filter((action): action is CodeAction => 'edit' in action && action.edit !== undefined)
                    .map(action => ({
                        title: action.title,
                        kind: action.kind,
                        isPreferred: action.isPreferred,
                        diagnostics: action.diagnostics?.map(toMarker),
                        edit: toWorkspaceEdit(model, action.edit!)
                    }));
                return { actions, dispose: () => undefined };
            }
        },
        { providedCodeActionKinds: ['quickfix'] }
    );
}

function toWorkspaceEdit(model: Monaco.editor.ITextModel, edit: WorkspaceEdit): Monaco.languages.WorkspaceEdit {
    const uri = model.uri.toString();
    const edits: TextEdit[] = [...(edit.changes?.[uri] ?? [])];
    for (const change of edit.documentChanges ?? []) {
        if ('textDocument' in change && change.textDocument.uri === uri) edits.push(...change.edits.filter((e): e is TextEdit => 'range' in e));
    }
    return { edits: edits.map(e => ({ resource: model.uri, textEdit: toTextEdit(e), versionId: undefined })) };
}

function overlaps(a: { start: { line: number; character: number }; end: { line: number; character: number } }, b: typeof a): boolean {
    const before = (p: typeof a.start, q: typeof a.start) => p.line < q.line || (p.line === q.line && p.character < q.character);
    return !before(a.end, b.start) && !before(b.end, a.start);
}
