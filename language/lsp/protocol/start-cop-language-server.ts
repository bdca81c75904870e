import { DocumentState, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import {
    addCallHierarchyHandler,
    addCodeActionHandler,
    addCodeLensHandler,
    addCompletionHandler,
    addConfigurationChangeHandler,
    addDocumentHighlightHandler,
    addDocumentLinkHandler,
    addDocumentSymbolHandler,
    addDocumentUpdateHandler,
    addExecuteCommandHandler,
    addFileOperationHandler,
    addFindReferencesHandler,
    addFoldingRangeHandler,
    addFormattingHandler,
    addGoToDeclarationHandler,
    addGotoDefinitionHandler,
    addGoToImplementationHandler,
    addGoToTypeDefinitionHandler,
    addHoverHandler,
    addInlayHintHandler,
    addRenameHandler,
    addSemanticTokenHandler,
    addSignatureHelpHandler,
    addTextDocumentContentRequestHandler,
    addTypeHierarchyHandler,
    addWorkspaceSymbolHandler,
    createServerRequestHandler
} from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import type { CopServices } from '../../cop-module.js';
import { guardConnection } from './guarded-connection.js';
import { addVersionedDiagnosticsHandler } from './versioned-diagnostics.js';

/**
 * Langium's `startLanguageServer`, with cop's protocol behaviour: every handler is
 * registered on the guarded connection (see guarded-connection.ts), diagnostics carry the
 * version they were computed for (versioned-diagnostics.ts), and expand selection is
 * answered. The rest is Langium's handlers, in Langium's order. Returns the guarded
 * connection, on which the shell registers its own requests.
 */
export function startCopLanguageServer(shared: LangiumSharedServices, cop: CopServices): Connection {
    const raw = shared.lsp.Connection;
    if (!raw) throw new Error('Starting the language server needs a connection.');
    const documents = shared.workspace.LangiumDocuments;
    const open = shared.workspace.TextDocuments;
    const connection = guardConnection(raw, uri => open.get(uri) !== undefined || documents.hasDocument(URI.parse(uri)));
    addDocumentUpdateHandler(connection, shared);
    addFileOperationHandler(connection, shared);
    addVersionedDiagnosticsHandler(connection, shared);
    addCompletionHandler(connection, shared);
    addFindReferencesHandler(connection, shared);
    addDocumentSymbolHandler(connection, shared);
    addGotoDefinitionHandler(connection, shared);
    addGoToTypeDefinitionHandler(connection, shared);
    addGoToImplementationHandler(connection, shared);
    addDocumentHighlightHandler(connection, shared);
    addFoldingRangeHandler(connection, shared);
    addFormattingHandler(connection, shared);
    addCodeActionHandler(connection, shared);
    addRenameHandler(connection, shared);
    addHoverHandler(connection, shared);
    addInlayHintHandler(connection, shared);
    addSemanticTokenHandler(connection, shared);
    addExecuteCommandHandler(connection, shared);
    addSignatureHelpHandler(connection, shared);
    addCallHierarchyHandler(connection, shared);
    addTypeHierarchyHandler(connection, shared);
    addCodeLensHandler(connection, shared);
    addTextDocumentContentRequestHandler(connection, shared);
    addDocumentLinkHandler(connection, shared);
    addConfigurationChangeHandler(connection, shared);
    addGoToDeclarationHandler(connection, shared);
    addWorkspaceSymbolHandler(connection, shared);
    connection.onSelectionRanges(
        createServerRequestHandler(
            (_services, document, params, cancelToken) => cop.lsp.SelectionRangeProvider.getSelectionRanges(document, params, cancelToken),
            shared,
            DocumentState.Parsed
        )
    );
    connection.onInitialize(params => shared.lsp.LanguageServer.initialize(params));
    connection.onInitialized(params => shared.lsp.LanguageServer.initialized(params));
    shared.workspace.TextDocuments.listen(connection);
    connection.listen();
    return connection;
}
