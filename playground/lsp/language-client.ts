import type { MessageConnection } from 'vscode-jsonrpc/browser';
import { BrowserMessageReader, BrowserMessageWriter, CancellationTokenSource, createMessageConnection } from 'vscode-jsonrpc/browser';
import type { InitializeResult, PublishDiagnosticsParams, ServerCapabilities } from 'vscode-languageserver-protocol';
import type { FileUriParams, ReadDirectoryResult, ReadFileResult, StatResult } from '../../language/lsp/file-system/file-system-protocol.js';
import { READ_DIRECTORY_REQUEST, READ_FILE_REQUEST, STAT_REQUEST } from '../../language/lsp/file-system/file-system-protocol.js';
import type { VirtualFiles } from '../virtual-files.js';

/**
 * A thin LSP client over vscode-jsonrpc for the language server in a web worker: the
 * messages the playground needs (initialize, open and change one plan, diagnostics, and
 * the requests of monaco-providers.ts), not monaco-languageclient, which brings VS Code's
 * whole service layer (several megabytes) to drive one editor. The server's `cop/fs/*`
 * requests are answered from the bundled examples.
 */
export class PlaygroundLanguageClient {
    private readonly connection: MessageConnection;
    private readonly versions = new Map<string, number>();
    capabilities: ServerCapabilities = {};

    constructor(worker: Worker, files: VirtualFiles) {
        this.connection = createMessageConnection(new BrowserMessageReader(worker), new BrowserMessageWriter(worker));
        this.connection.onRequest<ReadFileResult, never>(READ_FILE_REQUEST, (params: FileUriParams) => files.readFile(params));
        this.connection.onRequest<StatResult, never>(STAT_REQUEST, (params: FileUriParams) => files.stat(params));
        this.connection.onRequest<ReadDirectoryResult, never>(READ_DIRECTORY_REQUEST, (params: FileUriParams) => files.readDirectory(params));
        // The server asks for the `cop` settings (Langium's ConfigurationProvider): none here.
        this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
        this.connection.onRequest('client/registerCapability', () => null);
        this.connection.onNotification('window/logMessage', () => undefined);
        this.connection.listen();
    }

    async start(): Promise<void> {
        const result = await this.connection.sendRequest<InitializeResult>('initialize', {
            processId: null,
            rootUri: null,
            workspaceFolders: null,
            capabilities: {
                workspace: { configuration: true, workspaceEdit: { documentChanges: true } },
                textDocument: {
                    synchronization: { didSave: false },
                    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
                    hover: { contentFormat: ['markdown', 'plaintext'] },
                    publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true },
                    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } }, isPreferredSupport: true },
                    formatting: {}
                }
            }
        });
        this.capabilities = result.capabilities;
        await this.connection.sendNotification('initialized', {});
    }

    open(uri: string, text: string): void {
        this.versions.set(uri, 1);
        void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'cop', version: 1, text } });
    }

    /** The whole new text (plans are small; monaco's change events would need no more). */
    change(uri: string, text: string): number {
        const version = (this.versions.get(uri) ?? 1) + 1;
        this.versions.set(uri, version);
        void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
        return version;
    }

    close(uri: string): void {
        this.versions.delete(uri);
        void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }

    version(uri: string): number | undefined {
        return this.versions.get(uri);
    }

    onDiagnostics(listener: (params: PublishDiagnosticsParams) => void): void {
        this.connection.onNotification('textDocument/publishDiagnostics', listener);
    }

    onNotification<P>(method: string, listener: (params: P) => void): void {
        this.connection.onNotification(method, listener);
    }

    request<R>(method: string, params: unknown): Promise<R> {
        return this.connection.sendRequest<R>(method, params);
    }

    /**
     * A request for one of monaco's providers: cancelled (`$/cancelRequest`) when monaco no
     * longer wants the answer, so the server drops work for a text already typed over. A
     * cancelled or failed request answers `null`: the editor shows nothing rather than an error.
     */
    async ask<R>(
        method: string,
        params: unknown,
        token: { isCancellationRequested: boolean; onCancellationRequested(listener: () => void): unknown }
    ): Promise<R | null> {
        const source = new CancellationTokenSource();
        token.onCancellationRequested(() => source.cancel());
        try {
            return await this.connection.sendRequest<R>(method, params, source.token);
        } catch {
            return null;
        } finally {
            source.dispose();
        }
    }
}
