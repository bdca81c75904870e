import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ServerOptions } from 'vscode-languageclient/node';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import { registerLmTools } from './lm-tools/register-lm-tools.js';
import { copClientOptions } from './client-options.js';
import { activateCop } from './cop-extension.js';
import { registerCompareCommand } from './diff/compare-command.js';
import { textAtRevision } from './diff/head-text.js';

let client: LanguageClient | undefined;

/**
 * Starts the .cop language server (out/server.js) when a plan is opened, and offers the
 * Value Matrix preview: two commands, an editor-title button, and restored previews after
 * a reload. The preview gets its content from the server; this side never parses plans.
 * The browser's counterpart (vscode.dev, github.dev) is web-extension.ts.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const output = vscode.window.createOutputChannel('CoP Plans', { log: true });
    const serverModule = context.asAbsolutePath(path.join('out', 'server.js'));
    // V8's default heap settings: since a keystroke re-parses only the blocks it touched, a
    // small young generation (`--max-semi-space-size=4`, used before) raised the server's peak
    // on a 10,000-line plan (192 against 164 MB) instead of lowering it (docs/performance.md).
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const languageClient = new LanguageClient('cop', 'CoP Plans', serverOptions, copClientOptions(output));
    client = languageClient;
    const activation = activateCop(context, output, languageClient, file => textAtRevision(file));
    const running = activation.then(() => languageClient);
    // Comparing with HEAD runs git, so it exists only in the desktop extension.
    registerCompareCommand(context, running);
    // check, evaluate and catalog search for assistants in VS Code 1.95+ (vscode.lm).
    registerLmTools(context, running);
    await activation;
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}
