import { renderHtmlBody } from '../../language/render/html/render-html.js';
import { fileName } from './file-name.js';
import type { Disposable, PanelLike, PreviewHost } from './host.js';
import type { MarksMessage, ToWebview } from './preview-messages.js';
import { parseWebviewMessage } from './preview-messages.js';
import { renderWebviewShell } from './webview-shell.js';

/**
 * One preview webview of one plan. It asks the server for the view model, renders it with
 * the same renderer as the HTML export, and posts the body to the webview script. The
 * webview is rebuilt whenever it is hidden and shown again (no `retainContextWhenHidden`),
 * so the script says `ready` on every load and gets the latest page again.
 */
export class PreviewPanel {
    private latest: ToWebview | undefined;
    private latestMarks: MarksMessage | undefined;
    private listening = false;
    private generation = 0;
    private disposed = false;
    private readonly subscriptions: Disposable[] = [];

    constructor(
        readonly uri: string,
        readonly panel: PanelLike,
        private readonly host: PreviewHost,
        onDispose: (preview: PreviewPanel) => void
    ) {
        panel.webview.html = renderWebviewShell({
            uri,
            title: panel.title,
            cspSource: panel.webview.cspSource,
            nonce: host.nonce(),
            scriptUri: host.mediaUri(panel, 'preview.js')
        });
        this.subscriptions.push(
            panel.webview.onDidReceiveMessage(message => this.receive(message)),
            panel.onDidChangeViewState(() => {
                if (!panel.visible) this.listening = false;
            }),
            panel.onDidDispose(() => {
                this.disposed = true;
                this.subscriptions.splice(0).forEach(s => s.dispose());
                onDispose(this);
            })
        );
    }

    get isDisposed(): boolean {
        return this.disposed;
    }

    /** Fetches the view model and shows it; a late answer to an older request is dropped. */
    async refresh(): Promise<void> {
        const generation = ++this.generation;
        let message: ToWebview;
        try {
            const model = await this.host.requestViewModel(this.uri);
            if (this.disposed || generation !== this.generation) return;
            if (model) {
                this.panel.title = `Preview ${model.plan?.title ?? model.plan?.name ?? fileName(this.uri)}`;
                message = { type: 'render', uri: this.uri, html: renderHtmlBody(model) };
            } else {
                message = { type: 'notice', uri: this.uri, text: 'The language server has not read this plan yet. The preview fills in as soon as it has.' };
            }
        } catch (error) {
            if (this.disposed || generation !== this.generation) return;
            this.host.log(`Preview of ${this.uri}: ${(error as Error)?.message ?? String(error)}`);
            message = {
                type: 'notice',
                uri: this.uri,
                text: 'The language server could not give the preview of this plan. See the "CoP Plans" output for details.'
            };
        }
        this.post(message);
        if (message.type === 'render') await this.mark(generation);
    }

    /** Marks what changed since HEAD, when the host can tell (a plan in a git repository). */
    private async mark(generation: number): Promise<void> {
        if (!this.host.changesSinceHead) return;
        let marks: Awaited<ReturnType<NonNullable<PreviewHost['changesSinceHead']>>>;
        try {
            marks = await this.host.changesSinceHead(this.uri);
        } catch (error) {
            this.host.log(`Changes since HEAD of ${this.uri}: ${(error as Error)?.message ?? String(error)}`);
        }
        if (this.disposed || generation !== this.generation) return;
        this.latestMarks = { type: 'marks', uri: this.uri, values: marks?.values ?? [], kpis: marks?.kpis ?? [] };
        if (this.listening) void this.panel.webview.postMessage(this.latestMarks);
    }

    reveal(): void {
        this.panel.reveal();
    }

    dispose(): void {
        this.panel.dispose();
    }

    private post(message: ToWebview): void {
        this.latest = message;
        if (this.listening) void this.panel.webview.postMessage(message);
    }

    private receive(raw: unknown): void {
        const message = parseWebviewMessage(raw);
        if (!message) return;
        if (message.type === 'ready') {
            this.listening = true;
            if (this.latest) void this.panel.webview.postMessage(this.latest);
            if (this.latest?.type === 'render' && this.latestMarks) void this.panel.webview.postMessage(this.latestMarks);
        } else {
            void this.host
                .revealInSource(message.uri ?? this.uri, message.line, message.character)
                .catch(error => this.host.log(`Could not open ${message.uri ?? this.uri}: ${(error as Error)?.message ?? String(error)}`));
        }
    }
}
