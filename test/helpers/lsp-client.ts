import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

/** The server under test; COP_SERVER_PATH points the benchmark at another build (to compare). */
export const serverPath = process.env.COP_SERVER_PATH ?? resolve(import.meta.dirname, '../../out/server.js');

export function fileUri(path: string): string {
    return pathToFileURL(path).toString();
}

/**
 * A real LSP client for tests: starts `node out/server.js --stdio` and speaks JSON-RPC to it,
 * as VS Code does. Collects published diagnostics so tests can wait for them.
 */
export class LspClient {
    readonly connection: MessageConnection;
    private readonly process: ChildProcess;
    private readonly diagnostics = new Map<string, Diagnostic[]>();
    /** The document version each uri's latest diagnostics were computed for, when the server says. */
    private readonly diagnosticVersions = new Map<string, number | undefined>();
    private readonly waiters: Array<() => void> = [];
    readonly stderr: string[] = [];
    /** Called with every publishDiagnostics, in order (the client keeps only the latest per uri). */
    readonly onDiagnostics: Array<(params: PublishDiagnosticsParams) => void> = [];
    private versions = new Map<string, number>();
    /** The user's settings by section (`{ cop: { catalogs: [...] } }`), as the client answers them. */
    private settings: Record<string, unknown> = {};

    /** `nodeArgs` go to node before the script (e.g. `--cpu-prof` for the benchmark). */
    constructor(extraArgs: string[] = [], nodeArgs: string[] = []) {
        this.process = spawn(process.execPath, [...nodeArgs, serverPath, '--stdio', ...extraArgs], { stdio: ['pipe', 'pipe', 'pipe'] });
        this.process.stderr!.on('data', chunk => this.stderr.push(String(chunk)));
        this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
        this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
            this.diagnostics.set(params.uri, params.diagnostics);
            this.diagnosticVersions.set(params.uri, params.version);
            this.onDiagnostics.forEach(listener => listener(params));
            this.waiters.splice(0).forEach(wake => wake());
        });
        // Answer the server's requests the way a plain client would.
        this.connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
            params.items.map(item => settingAt(this.settings, item.section) ?? {})
        );
        this.connection.onRequest('client/registerCapability', () => null);
        this.connection.onRequest('window/workDoneProgress/create', () => null);
        this.connection.onNotification('window/logMessage', () => undefined);
        this.connection.listen();
    }

    /** Sets the settings the client answers `workspace/configuration` with (call before `initialize`). */
    configure(settings: Record<string, unknown>): void {
        this.settings = settings;
    }

    /** Changes the settings and notifies the server, as VS Code does with `synchronize.configurationSection: 'cop'`. */
    async changeSettings(settings: Record<string, unknown>): Promise<void> {
        this.settings = settings;
        await this.connection.sendNotification('workspace/didChangeConfiguration', { settings });
    }

    get pid(): number | undefined {
        return this.process.pid;
    }

    get exited(): boolean {
        return this.process.exitCode !== null || this.process.signalCode !== null;
    }

    /** How the server ended, with what it wrote to stderr, for a test that lost it. */
    get exitReport(): string {
        const how = this.process.signalCode !== null ? `signal ${this.process.signalCode}` : `exit code ${this.process.exitCode}`;
        const stderr = this.stderr.join('').trim();
        return `the server ended (${how})${stderr ? `; stderr: ${stderr.slice(-2000)}` : '; nothing on stderr'}`;
    }

    async initialize(rootFolder?: string, capabilities: Record<string, unknown> = {}): Promise<unknown> {
        const result = await this.connection.sendRequest('initialize', {
            processId: process.pid,
            rootUri: rootFolder ? fileUri(rootFolder) : null,
            workspaceFolders: rootFolder ? [{ uri: fileUri(rootFolder), name: 'workspace' }] : null,
            capabilities: {
                workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true, configuration: true },
                textDocument: {
                    publishDiagnostics: { relatedInformation: true },
                    completion: { completionItem: { snippetSupport: true } },
                    rename: { prepareSupport: true },
                    documentSymbol: { hierarchicalDocumentSymbolSupport: true }
                },
                ...capabilities
            }
        });
        await this.connection.sendNotification('initialized', {});
        return result;
    }

    async open(uri: string, text: string): Promise<void> {
        this.versions.set(uri, 1);
        this.diagnostics.delete(uri);
        await this.connection.sendNotification('textDocument/didOpen', {
            textDocument: { uri, languageId: 'cop', version: 1, text }
        });
    }

    /** Replaces the whole text of an open document. */
    async change(uri: string, text: string): Promise<void> {
        const version = (this.versions.get(uri) ?? 1) + 1;
        this.versions.set(uri, version);
        this.diagnostics.delete(uri);
        await this.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version },
            contentChanges: [{ text }]
        });
    }

    /** Replaces a range of an open document, as an editor sends a keystroke (incremental sync). */
    async edit(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string): Promise<void> {
        const version = (this.versions.get(uri) ?? 1) + 1;
        this.versions.set(uri, version);
        this.diagnostics.delete(uri);
        await this.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version },
            contentChanges: [{ range, text }]
        });
    }

    async close(uri: string): Promise<void> {
        await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }

    request<R>(method: string, params: unknown): Promise<R> {
        return this.connection.sendRequest(method, params) as Promise<R>;
    }

    latestDiagnostics(uri: string): Diagnostic[] | undefined {
        return this.diagnostics.get(uri);
    }

    /** The version of the text open in this client for `uri`; undefined when not opened here. */
    versionOf(uri: string): number | undefined {
        return this.versions.get(uri);
    }

    /** Writes bytes to the server's stdin as they are: for tests of broken framing. */
    sendRaw(bytes: string | Uint8Array): void {
        this.process.stdin!.write(bytes);
    }

    /**
     * Waits until diagnostics for `uri` are published and satisfy `accept`. Diagnostics the
     * server marks with an older version than the text this client last sent are not
     * accepted: they belong to a text already replaced.
     */
    async waitForDiagnostics(uri: string, accept: (diagnostics: Diagnostic[]) => boolean = () => true, timeoutMs = 20_000): Promise<Diagnostic[]> {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
            const current = this.diagnostics.get(uri);
            const version = this.diagnosticVersions.get(uri);
            const stale = version !== undefined && this.versions.has(uri) && version < this.versions.get(uri)!;
            if (current && !stale && accept(current)) return current;
            const remaining = deadline - Date.now();
            if (remaining <= 0) {
                throw new Error(
                    `No matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(current?.map(d => d.code))}; stderr: ${this.stderr.join('')}`
                );
            }
            await new Promise<void>(resolveWait => {
                const timer = setTimeout(resolveWait, remaining);
                this.waiters.push(() => {
                    clearTimeout(timer);
                    resolveWait();
                });
            });
        }
    }

    async shutdown(): Promise<void> {
        try {
            if (!this.exited) {
                await Promise.race([this.connection.sendRequest('shutdown'), new Promise(r => setTimeout(r, 2000))]);
                await this.connection.sendNotification('exit');
            }
        } catch {
            // the server may already be gone
        } finally {
            this.connection.dispose();
            if (!this.exited) this.process.kill();
        }
    }
}

/** The value at a dotted section (`cop`, `cop.catalogs`) of the settings; undefined when absent. */
function settingAt(settings: Record<string, unknown>, section: string | undefined): unknown {
    if (!section) return settings;
    let value: unknown = settings;
    for (const key of section.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
    return value;
}
