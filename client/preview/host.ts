/**
 * The little of VS Code the preview uses, as interfaces: the preview's logic depends on
 * these, `vscode-host.ts` implements them with the real API, and tests with fakes.
 */
import type { ChangeMarks } from '../../language/diff/change-marks.js';
import type { PlanViewModel } from '../../language/view-model/plan-view-model.js';

export interface Disposable {
    dispose(): void;
}

export interface WebviewLike {
    html: string;
    /** The webview's own origin, for the CSP (`webview.cspSource`). */
    readonly cspSource: string;
    postMessage(message: unknown): PromiseLike<boolean>;
    onDidReceiveMessage(listener: (message: unknown) => void): Disposable;
}

export interface PanelLike {
    readonly webview: WebviewLike;
    title: string;
    readonly visible: boolean;
    reveal(): void;
    onDidDispose(listener: () => void): Disposable;
    onDidChangeViewState(listener: () => void): Disposable;
    dispose(): void;
}

export interface Timers {
    setTimeout(callback: () => void, ms: number): unknown;
    clearTimeout(handle: unknown): void;
}

export interface PreviewHost {
    /** A new webview panel with scripts on and resources limited to the media folder. */
    createPanel(title: string, toSide: boolean): PanelLike;
    /** The URI, as a webview may load it, of a file in the extension's media folder. */
    mediaUri(panel: PanelLike, file: string): string;
    /** Asks the language server for the plan's view model (`cop/viewModel`). */
    requestViewModel(uri: string): Promise<PlanViewModel | null>;
    /** The plan's values and kpis changed since HEAD; undefined when that cannot be said (no git, no commit). */
    changesSinceHead?(uri: string): Promise<ChangeMarks | undefined>;
    /** Opens the plan in an editor with the cursor at the (0-based) position. */
    revealInSource(uri: string, line: number, character: number): Promise<void>;
    /** A fresh random nonce for the webview's CSP. */
    nonce(): string;
    readonly timers: Timers;
    log(message: string): void;
}
