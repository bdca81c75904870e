import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ViewModelParams, ViewModelResult } from '../../language/lsp/view-model/view-model-protocol.js';
import { VIEW_MODEL_REQUEST } from '../../language/lsp/view-model/view-model-protocol.js';
import type { PlanViewModel } from '../../language/view-model/plan-view-model.js';
import { catalogAnswer, checkAnswer, evaluateAnswer } from './lm-tool-answers.js';
import { catalogToolInput, LM_TOOL_NAMES, planToolInput } from './lm-tool-input.js';
import { lmToolsApiOf } from './lm-tools-api.js';

/**
 * Registers the language model tools (check, evaluate, catalog search) when this VS Code has
 * the API (1.95 and later); an older one gets none, and says nothing. Check and evaluate ask
 * the running language server for the plan's view model, as the preview does.
 */
export function registerLmTools(context: vscode.ExtensionContext, client: Promise<LanguageClient>): void {
    const api = lmToolsApiOf(vscode);
    if (!api) return;
    const planTool = (answer: (file: string, model: PlanViewModel) => string, doing: string) => ({
        // What VS Code shows while the tool runs.
        prepareInvocation: (options: { input: unknown }) => {
            const input = planToolInput(options.input);
            return { invocationMessage: `${doing} ${typeof input !== 'string' && input.path ? input.path : 'the open plan'}…` };
        },
        invoke: async (options: { input: unknown }) => {
            const input = planToolInput(options.input);
            if (typeof input === 'string') return api.textResult(input);
            const uri = planUri(input.path);
            if (typeof uri === 'string') return api.textResult(uri);
            const model = await viewModelOf(await client, uri);
            const file = vscode.workspace.asRelativePath(uri);
            return api.textResult(model ? answer(file, model) : `${file}: the CoP language server does not know this plan; open it and try again.`);
        }
    });
    context.subscriptions.push(
        api.registerTool(LM_TOOL_NAMES.check, planTool(checkAnswer, 'Checking')),
        api.registerTool(LM_TOOL_NAMES.evaluate, planTool(evaluateAnswer, 'Evaluating')),
        api.registerTool(LM_TOOL_NAMES.catalogSearch, {
            invoke: async (options: { input: unknown }) => {
                const input = catalogToolInput(options.input);
                return api.textResult(typeof input === 'string' ? input : catalogAnswer(input.query, input.kinds, input.limit));
            }
        })
    );
}

/** The plan a tool is about: `path` (relative to a workspace folder, or absolute), else the active .cop editor. */
function planUri(path: string | undefined): vscode.Uri | string {
    if (path === undefined) {
        const document = vscode.window.activeTextEditor?.document;
        if (document?.languageId === 'cop') return document.uri;
        return 'No plan named: give `path` (a .cop file of the workspace), or open a plan in the editor.';
    }
    const folder = vscode.workspace.workspaceFolders?.[0];
    const absolute = path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path);
    if (!absolute && !folder) return `"${path}" is relative, but no folder is open; open the plan in the editor instead.`;
    const uri = absolute || !folder ? vscode.Uri.file(path) : vscode.Uri.joinPath(folder.uri, path);
    // As `cop mcp` keeps to the client's roots: a plan of the workspace, or one open already.
    const open = vscode.workspace.textDocuments.some(document => document.uri.toString() === uri.toString());
    if (!open && !vscode.workspace.getWorkspaceFolder(uri))
        return `${path} is outside the workspace folders; name a plan of the workspace, or open it in the editor first.`;
    return uri;
}

/**
 * The view model of the plan from the language server. A plan the server has not loaded (a
 * file outside the workspace folders) is opened first; the server then knows it shortly.
 */
async function viewModelOf(client: LanguageClient, uri: vscode.Uri): Promise<PlanViewModel | null> {
    const params: ViewModelParams = { uri: uri.toString() };
    const ask = () => client.sendRequest<ViewModelResult>(VIEW_MODEL_REQUEST, params);
    const model = await ask();
    if (model) return model;
    try {
        await vscode.workspace.openTextDocument(uri);
    } catch {
        return null;
    }
    for (let attempt = 0; attempt < 20; attempt++) {
        await new Promise(resolve => setTimeout(resolve, 250));
        const opened = await ask();
        if (opened) return opened;
    }
    return null;
}
