import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { CompareParams, CompareResult } from '../../language/lsp/diff/compare-protocol.js';
import { COMPARE_REQUEST } from '../../language/lsp/diff/compare-protocol.js';
import { textAtRevision } from './head-text.js';

export const COMPARE_COMMAND = 'cop.compareWithHead';
export const COMPARE_VIEW_TYPE = 'cop.compare';

/**
 * "CoP: Compare Plan with HEAD": reads the plan at HEAD with git, asks the server to compare
 * it with the plan in the editor, and shows the result (the markdown of `cop diff`, rendered
 * in the one page shell) in a view beside the plan. The view has no script.
 */
export function registerCompareCommand(context: vscode.ExtensionContext, client: Promise<LanguageClient>): void {
    const panels = new Map<string, vscode.WebviewPanel>();
    context.subscriptions.push(
        vscode.commands.registerCommand(COMPARE_COMMAND, async (resource?: vscode.Uri) => {
            const uri = resource ?? vscode.window.activeTextEditor?.document.uri;
            if (!uri || !uri.path.endsWith('.cop')) {
                void vscode.window.showInformationMessage('Open a .cop plan to compare it with HEAD.');
                return;
            }
            if (uri.scheme !== 'file') {
                void vscode.window.showInformationMessage('Only a plan saved in a folder on this machine can be compared with HEAD.');
                return;
            }
            const head = await textAtRevision(uri.fsPath);
            if ('problem' in head) {
                void vscode.window.showInformationMessage(head.problem);
                return;
            }
            const params: CompareParams = { uri: uri.toString(), oldText: head.text, label: 'HEAD' };
            const result = await (await client).sendRequest<CompareResult>(COMPARE_REQUEST, params);
            if (!result) {
                void vscode.window.showInformationMessage('The language server has not read this plan yet; try again in a moment.');
                return;
            }
            if (result.problem || !result.html) {
                void vscode.window.showWarningMessage(result.problem ?? 'The plan could not be compared with HEAD.');
                return;
            }
            const key = uri.toString();
            let panel = panels.get(key);
            if (!panel) {
                const name = uri.path.split('/').pop() ?? 'plan';
                panel = vscode.window.createWebviewPanel(
                    COMPARE_VIEW_TYPE,
                    `Changes since HEAD: ${name}`,
                    { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
                    { enableScripts: false, localResourceRoots: [] }
                );
                panels.set(key, panel);
                panel.onDidDispose(() => panels.delete(key));
            } else {
                panel.reveal(vscode.ViewColumn.Beside, true);
            }
            panel.webview.html = result.html;
        })
    );
}
