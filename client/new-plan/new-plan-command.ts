import * as vscode from 'vscode';
import type { NewPlanHost } from './new-plan-flow.js';
import { createNewPlan, URI } from './new-plan-flow.js';

export const newPlanCommand = 'cop.newPlan';

/** "CoP: New Plan…": the flow of `new-plan-flow.ts`, on VS Code's quick pick, save dialog and file system. */
export function registerNewPlanCommand(context: vscode.ExtensionContext): void {
    context.subscriptions.push(vscode.commands.registerCommand(newPlanCommand, () => createNewPlan(vscodeHost)));
}

const toVscode = (uri: URI): vscode.Uri => vscode.Uri.parse(uri.toString());

const vscodeHost: NewPlanHost = {
    async pickTemplate(templates) {
        const picked = await vscode.window.showQuickPick(
            templates.map(template => ({ label: template.name, detail: template.summary, template })),
            { title: 'New CoP plan', placeHolder: 'Start from which template?', matchOnDetail: true }
        );
        return picked?.template;
    },
    async pickFile() {
        const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
        const target = await vscode.window.showSaveDialog({
            title: 'Save the new plan',
            saveLabel: 'Create plan',
            filters: { 'CoP plans': ['cop'] },
            defaultUri: folder ? vscode.Uri.joinPath(folder, 'plan.cop') : undefined
        });
        return target ? URI.parse(target.toString()) : undefined;
    },
    async exists(uri) {
        try {
            await vscode.workspace.fs.stat(toVscode(uri));
            return true;
        } catch {
            return false;
        }
    },
    async write(uri, text) {
        await vscode.workspace.fs.writeFile(toVscode(uri), new TextEncoder().encode(text));
    },
    async open(uri) {
        await vscode.window.showTextDocument(toVscode(uri));
    },
    showError(message) {
        void vscode.window.showErrorMessage(message);
    },
    describe(uri) {
        return vscode.workspace.asRelativePath(toVscode(uri));
    }
};
