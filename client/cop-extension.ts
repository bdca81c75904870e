import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { State } from 'vscode-languageclient';
import type { ViewModelChangedParams } from '../language/lsp/view-model/view-model-protocol.js';
import { VIEW_MODEL_CHANGED_NOTIFICATION } from '../language/lsp/view-model/view-model-protocol.js';
import { registerNewPlanCommand } from './new-plan/new-plan-command.js';
import { PreviewManager } from './preview/preview-manager.js';
import { previewTarget } from './preview/preview-target.js';
import { PREVIEW_VIEW_TYPE, previewWebviewOptions, VscodeHost } from './preview/vscode-host.js';
import type { RevisionText } from './diff/head-text.js';

/**
 * What the desktop and the web extension share once each has made its language client
 * (extension.ts: a Node process; web-extension.ts: a web worker): the new-plan command, the
 * Value Matrix preview with its commands and restored panels, and the client's start.
 */
export async function activateCop(
    context: vscode.ExtensionContext,
    output: vscode.LogOutputChannel,
    languageClient: BaseLanguageClient,
    textAtHead?: (file: string) => Promise<RevisionText>
): Promise<void> {
    registerNewPlanCommand(context);
    let started: (value: BaseLanguageClient) => void = () => undefined;
    const running = new Promise<BaseLanguageClient>(resolve => {
        started = resolve;
    });
    const previews = new PreviewManager(new VscodeHost(context.extensionUri, running, output, textAtHead));
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
