import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import type { FileUriParams, ReadDirectoryResult, ReadFileResult, StatResult } from '../language/lsp/file-system/file-system-protocol.js';
import { READ_DIRECTORY_REQUEST, READ_FILE_REQUEST, STAT_REQUEST } from '../language/lsp/file-system/file-system-protocol.js';
import { copClientOptions, webPlans } from './client-options.js';
import { activateCop } from './cop-extension.js';
import { nodeOnlyMessage } from './web/node-only.js';
import { WorkspaceFiles } from './web/workspace-files.js';

let client: LanguageClient | undefined;

/**
 * The extension in the browser (vscode.dev, github.dev): the language server runs in a web
 * worker (out/web/server.js) and reads the workspace's catalogs, actuals and cop.config.json
 * by asking this side, which reads them with `vscode.workspace.fs`. The preview is the
 * desktop's. Commands that need Node say so instead of failing (web/node-only.ts).
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const output = vscode.window.createOutputChannel('CoP Plans', { log: true });
    const worker = new Worker(vscode.Uri.joinPath(context.extensionUri, 'out', 'web', 'server.js').toString(true));
    client = new LanguageClient('cop', 'CoP Plans', worker, copClientOptions(output, webPlans));
    const files = new WorkspaceFiles({
        stat: uri => vscode.workspace.fs.stat(vscode.Uri.parse(uri)),
        readFile: uri => vscode.workspace.fs.readFile(vscode.Uri.parse(uri)),
        readDirectory: uri => vscode.workspace.fs.readDirectory(vscode.Uri.parse(uri))
    });
    context.subscriptions.push(
        client.onRequest<ReadFileResult, never>(READ_FILE_REQUEST, (params: FileUriParams) => files.readFile(params)),
        client.onRequest<StatResult, never>(STAT_REQUEST, (params: FileUriParams) => files.stat(params)),
        client.onRequest<ReadDirectoryResult, never>(READ_DIRECTORY_REQUEST, (params: FileUriParams) => files.readDirectory(params))
    );
    await activateCop(context, output, client);
    await registerNodeOnlyCommands(context);
}

/** Every command of the manifest this build does not have answers that it needs desktop VS Code. */
async function registerNodeOnlyCommands(context: vscode.ExtensionContext): Promise<void> {
    const contributed: ReadonlyArray<{ command: string; title: string }> = context.extension.packageJSON?.contributes?.commands ?? [];
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const { command, title } of contributed) {
        if (registered.has(command)) continue;
        context.subscriptions.push(vscode.commands.registerCommand(command, () => vscode.window.showInformationMessage(nodeOnlyMessage(title))));
    }
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}
