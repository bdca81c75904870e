/**
 * What each request the server answers needs in its params, checked before a handler runs:
 * a client that sends `position: null` (or no range, or a string for a line) gets
 * InvalidParams naming the field, not an internal error out of the middle of a provider.
 * Keys are the registration paths on the LSP connection (`onHover`,
 * `languages.inlayHint.on`), so the guard can wrap them as Langium registers them.
 */
export type ParamNeed = 'uri' | 'textDocument' | 'position' | 'range' | 'positions' | 'newName' | 'context' | 'query' | 'item' | 'ch';

export interface RequestShape {
    readonly method: string;
    readonly needs: readonly ParamNeed[];
}

export const requestShapes: Readonly<Record<string, RequestShape>> = {
    onCompletion: { method: 'textDocument/completion', needs: ['textDocument', 'position'] },
    onHover: { method: 'textDocument/hover', needs: ['textDocument', 'position'] },
    onDefinition: { method: 'textDocument/definition', needs: ['textDocument', 'position'] },
    onDeclaration: { method: 'textDocument/declaration', needs: ['textDocument', 'position'] },
    onTypeDefinition: { method: 'textDocument/typeDefinition', needs: ['textDocument', 'position'] },
    onImplementation: { method: 'textDocument/implementation', needs: ['textDocument', 'position'] },
    onReferences: { method: 'textDocument/references', needs: ['textDocument', 'position'] },
    onDocumentHighlight: { method: 'textDocument/documentHighlight', needs: ['textDocument', 'position'] },
    onSignatureHelp: { method: 'textDocument/signatureHelp', needs: ['textDocument', 'position'] },
    onPrepareRename: { method: 'textDocument/prepareRename', needs: ['textDocument', 'position'] },
    onRenameRequest: { method: 'textDocument/rename', needs: ['textDocument', 'position', 'newName'] },
    onCodeAction: { method: 'textDocument/codeAction', needs: ['textDocument', 'range', 'context'] },
    onDocumentSymbol: { method: 'textDocument/documentSymbol', needs: ['textDocument'] },
    onFoldingRanges: { method: 'textDocument/foldingRange', needs: ['textDocument'] },
    onDocumentLinks: { method: 'textDocument/documentLink', needs: ['textDocument'] },
    onCodeLens: { method: 'textDocument/codeLens', needs: ['textDocument'] },
    onDocumentFormatting: { method: 'textDocument/formatting', needs: ['textDocument'] },
    onDocumentRangeFormatting: { method: 'textDocument/rangeFormatting', needs: ['textDocument', 'range'] },
    onDocumentOnTypeFormatting: { method: 'textDocument/onTypeFormatting', needs: ['textDocument', 'position', 'ch'] },
    onSelectionRanges: { method: 'textDocument/selectionRange', needs: ['textDocument', 'positions'] },
    onWorkspaceSymbol: { method: 'workspace/symbol', needs: ['query'] },
    onWorkspaceSymbolResolve: { method: 'workspaceSymbol/resolve', needs: [] },
    onExecuteCommand: { method: 'workspace/executeCommand', needs: [] },
    'languages.inlayHint.on': { method: 'textDocument/inlayHint', needs: ['textDocument', 'range'] },
    'languages.semanticTokens.on': { method: 'textDocument/semanticTokens/full', needs: ['textDocument'] },
    'languages.semanticTokens.onDelta': { method: 'textDocument/semanticTokens/full/delta', needs: ['textDocument'] },
    'languages.semanticTokens.onRange': { method: 'textDocument/semanticTokens/range', needs: ['textDocument', 'range'] },
    'languages.callHierarchy.onPrepare': { method: 'textDocument/prepareCallHierarchy', needs: ['textDocument', 'position'] },
    'languages.callHierarchy.onIncomingCalls': { method: 'callHierarchy/incomingCalls', needs: ['item'] },
    'languages.callHierarchy.onOutgoingCalls': { method: 'callHierarchy/outgoingCalls', needs: ['item'] },
    'languages.typeHierarchy.onPrepare': { method: 'textDocument/prepareTypeHierarchy', needs: ['textDocument', 'position'] },
    'languages.typeHierarchy.onSupertypes': { method: 'typeHierarchy/supertypes', needs: ['item'] },
    'languages.typeHierarchy.onSubtypes': { method: 'typeHierarchy/subtypes', needs: ['item'] },
    'workspace.textDocumentContent.on': { method: 'workspace/textDocumentContent', needs: [] },
    // cop's own requests, registered with `onRequest(method, …)`.
    'cop/viewModel': { method: 'cop/viewModel', needs: ['uri'] },
    'cop/compareWithText': { method: 'cop/compareWithText', needs: ['uri'] }
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 0x7fffffff;

function isPosition(value: unknown): boolean {
    return isRecord(value) && isCount(value.line) && isCount(value.character);
}

function isRange(value: unknown): boolean {
    return isRecord(value) && isPosition(value.start) && isPosition(value.end);
}

/** What is wrong with `params` for a request needing `needs`; undefined when nothing is. */
export function paramsProblem(params: unknown, needs: readonly ParamNeed[]): string | undefined {
    if (!isRecord(params)) return needs.length === 0 ? undefined : 'params must be an object';
    for (const need of needs) {
        const value = params[need];
        switch (need) {
            case 'textDocument':
                if (!isRecord(value) || typeof value.uri !== 'string') return 'textDocument.uri must be a string';
                break;
            case 'position':
                if (!isPosition(value)) return 'position must be { line, character } with whole numbers ≥ 0';
                break;
            case 'range':
                if (!isRange(value)) return 'range must be { start, end } positions with whole numbers ≥ 0';
                break;
            case 'positions':
                if (!Array.isArray(value) || !value.every(isPosition)) return 'positions must be a list of { line, character }';
                break;
            case 'uri':
                if (typeof value !== 'string') return 'uri must be a string';
                break;
            case 'newName':
            case 'query':
            case 'ch':
                if (typeof value !== 'string') return `${need} must be a string`;
                break;
            case 'context':
                if (!isRecord(value) || !Array.isArray(value.diagnostics)) return 'context.diagnostics must be a list';
                break;
            case 'item':
                if (!isRecord(value) || typeof value.uri !== 'string') return 'item.uri must be a string';
                break;
        }
    }
    return undefined;
}
