import * as vscode from 'vscode';
import { planTemplates, renderForFile } from '../language/templates/index.js';

export const newPlanCommand = 'cop.newPlan';

/**
 * "CoP: New Plan…": pick a template, choose where to save, and open the new plan. Renders the
 * same templates as `cop init`, and like it never replaces an existing file.
 */
export function registerNewPlanCommand(context: vscode.ExtensionContext): void {
    context.subscriptions.push(vscode.commands.registerCommand(newPlanCommand, newPlan));
}

async function newPlan(): Promise<vscode.Uri | undefined> {
    const picked = await vscode.window.showQuickPick(
        planTemplates.map(template => ({ label: template.name, detail: template.summary, template })),
        { title: 'New CoP plan', placeHolder: 'Start from which template?', matchOnDetail: true }
    );
    if (!picked) return undefined;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = await vscode.window.showSaveDialog({
        title: 'Save the new plan',
        saveLabel: 'Create plan',
        filters: { 'CoP plans': ['cop'] },
        defaultUri: folder ? vscode.Uri.joinPath(folder, 'plan.cop') : undefined
    });
    if (!target) return undefined;
    const fileName = target.path.slice(target.path.lastIndexOf('/') + 1);
    const plan = fileName.toLowerCase().endsWith('.cop') ? target : target.with({ path: `${target.path}.cop` });
    const rendered = renderForFile(picked.template, plan.path, new Date());
    const planFolder = vscode.Uri.joinPath(plan, '..');
    const files = [
        ...rendered.companions.map(companion => ({ uri: vscode.Uri.joinPath(planFolder, companion.path), text: companion.text })),
        { uri: plan, text: rendered.plan }
    ];
    for (const file of files) {
        if (await exists(file.uri)) {
            void vscode.window.showErrorMessage(`${vscode.workspace.asRelativePath(file.uri)} already exists and was left unchanged. Run "CoP: New Plan…" again and choose another name.`);
            return undefined;
        }
    }
    for (const file of files) {
        await vscode.workspace.fs.writeFile(file.uri, new TextEncoder().encode(file.text));
    }
    await vscode.window.showTextDocument(plan);
    return plan;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
    try {
        await vscode.workspace.fs.stat(uri);
        return true;
    } catch {
        return false;
    }
}
