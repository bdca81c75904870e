import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { ViewModelParams, ViewModelResult } from '../../language/lsp/view-model/view-model-protocol.js';
import { VIEW_MODEL_REQUEST } from '../../language/lsp/view-model/view-model-protocol.js';
import type { ChangeMarks } from '../../language/diff/change-marks.js';
import type { CompareParams, CompareResult } from '../../language/lsp/diff/compare-protocol.js';
import { COMPARE_REQUEST } from '../../language/lsp/diff/compare-protocol.js';
import type { RevisionText } from '../diff/head-text.js';
import type { PanelLike, PreviewHost, Timers } from './host.js';

export const PREVIEW_VIEW_TYPE = 'cop.preview';

/** Per VS Code's webview guide: scripts on, nothing loadable but the extension's media folder. */
export function previewWebviewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
        enableScripts: true,
        enableFindWidget: true,
        localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')]
    };
}

/** The preview's view of VS Code and the language client (Node's or the browser's: see web-extension.ts). */
export class VscodeHost implements PreviewHost {
    readonly timers: Timers = {
        setTimeout: (callback, ms) => setTimeout(callback, ms),
        clearTimeout: handle => clearTimeout(handle as ReturnType<typeof setTimeout>)
    };

    constructor(
        private readonly extensionUri: vscode.Uri,
        private readonly client: Promise<BaseLanguageClient>,
        private readonly output: vscode.OutputChannel,
        // Git runs only in the desktop extension; on the web there is no HEAD to mark against.
        private readonly textAtHead?: (file: string) => Promise<RevisionText>
    ) {}

    createPanel(title: string, toSide: boolean): PanelLike {
        return vscode.window.createWebviewPanel(
            PREVIEW_VIEW_TYPE,
            title,
            { viewColumn: toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active, preserveFocus: toSide },
            previewWebviewOptions(this.extensionUri)
        );
    }

    mediaUri(panel: PanelLike, file: string): string {
        const webview = (panel as vscode.WebviewPanel).webview;
        return webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', file)).toString();
    }

    async requestViewModel(uri: string): Promise<ViewModelResult> {
        const client = await this.client;
        const params: ViewModelParams = { uri };
        return client.sendRequest<ViewModelResult>(VIEW_MODEL_REQUEST, params);
    }

    async changesSinceHead(uri: string): Promise<ChangeMarks | undefined> {
        const target = vscode.Uri.parse(uri);
        if (target.scheme !== 'file' || !this.textAtHead) return undefined;
        const head = await this.textAtHead(target.fsPath);
        if ('problem' in head) return undefined;
        const params: CompareParams = { uri, oldText: head.text, label: 'HEAD' };
        const result = await (await this.client).sendRequest<CompareResult>(COMPARE_REQUEST, params);
        return result?.marks;
    }

    async revealInSource(uri: string, line: number, character: number): Promise<void> {
        const target = vscode.Uri.parse(uri);
        const position = new vscode.Position(line, character);
        const shown = vscode.window.visibleTextEditors.find(editor => editor.document.uri.toString() === target.toString());
        await vscode.window.showTextDocument(target, {
            viewColumn: shown?.viewColumn ?? vscode.ViewColumn.One,
            selection: new vscode.Range(position, position),
            preserveFocus: false
        });
    }

    nonce(): string {
        // Web Crypto, not node:crypto: this runs in the browser's extension host too.
        const bytes = crypto.getRandomValues(new Uint8Array(18));
        return btoa(String.fromCharCode(...bytes))
            .replace(/\+/g, '-')
            .replace(/\//g, '_');
    }

    log(message: string): void {
        this.output.appendLine(message);
    }
}
