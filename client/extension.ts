import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ServerOptions } from 'vscode-languageclient/node';
import { LanguageClient, State, TransportKind } from 'vscode-languageclient/node';
import type { ViewModelChangedParams } from '../language/lsp/view-model/view-model-protocol.js';
import { VIEW_MODEL_CHANGED_NOTIFICATION } from '../language/lsp/view-model/view-model-protocol.js';
import { PreviewManager } from './preview/preview-manager.js';
import { previewTarget } from './preview/preview-target.js';
import { PREVIEW_VIEW_TYPE, previewWebviewOptions, VscodeHost } from './preview/vscode-host.js';
import { registerNewPlanCommand } from './new-plan/new-plan-command.js';
import { registerLmTools } from './lm-tools/register-lm-tools.js';
import { copClientOptions } from './client-options.js';

let client: LanguageClient | undefined;

/**
 * Starts the .cop language server (out/server.js) when a plan is opened, and offers the
 * Value Matrix preview: two commands, an editor-title button, and restored previews after
 * a reload. The preview gets its content from the server; this side never parses plans.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const output = vscode.window.createOutputChannel('CoP Plans', { log: true });
    registerNewPlanCommand(context);
    const serverModule = context.asAbsolutePath(path.join('out', 'server.js'));
    // A small young generation keeps the server's peak memory down: re-parsing a large plan
    // on every keystroke makes short-lived garbage that V8 would otherwise let pile up
    // (10,000-line plan: peak 263 → 238–248 MB, edits as fast; see docs/performance.md).
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--max-semi-space-size=4'] } },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const clientOptions = copClientOptions(output);
    const languageClient = new LanguageClient('cop', 'CoP Plans', serverOptions, clientOptions);
    client = languageClient;

    let started: (value: LanguageClient) => void = () => undefined;
    const running = new Promise<LanguageClient>(resolve => { started = resolve; });
    const previews = new PreviewManager(new VscodeHost(context.extensionUri, running, output));
    // check, evaluate and catalog search for assistants in VS Code 1.95+ (vscode.lm).
    registerLmTools(context, running);
    context.subscriptions.push({ dispose: () => previews.dispose() }, output);

    const openPreview = (toSide: boolean) => (resource?: vscode.Uri) => {
        const editor = vscode.window.activeTextEditor;
        const target = previewTarget(resource, editor && { uri: editor.document.uri.toString(), languageId: editor.document.languageId });
        if ('problem' in target) {
            void vscode.window.showInformationMessage(target.problem);
            return;
        }
        previews.open(target.uri, toSide);
    };
    context.subscriptions.push(
        vscode.commands.registerCommand('cop.preview.open', openPreview(false)),
        vscode.commands.registerCommand('cop.preview.openToSide', openPreview(true)),
        // Registered before the client starts: VS Code activates us to restore previews.
        vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
            async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown) {
                panel.webview.options = previewWebviewOptions(context.extensionUri);
                previews.restore(panel, state);
            }
        }),
        languageClient.onNotification(VIEW_MODEL_CHANGED_NOTIFICATION, (params: ViewModelChangedParams) => previews.viewModelChanged(params.uri)),
        languageClient.onDidChangeState(event => {
            // A restarted server knows nothing of the previews: ask again.
            if (event.newState === State.Running) previews.refreshAll();
        })
    );
    await languageClient.start();
    started(languageClient);
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}
