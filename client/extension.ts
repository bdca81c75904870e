import * as path from 'node:path';
import type * as vscode from 'vscode';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import { registerNewPlanCommand } from './new-plan-command.js';

let client: LanguageClient | undefined;

/** Starts the .cop language server (out/server.js) when a plan is opened. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
    registerNewPlanCommand(context);
    const serverModule = context.asAbsolutePath(path.join('out', 'server.js'));
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ scheme: 'file', language: 'cop' }, { scheme: 'untitled', language: 'cop' }]
    };
    client = new LanguageClient('cop', 'CoP Plans', serverOptions, clientOptions);
    await client.start();
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}
