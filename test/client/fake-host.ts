import type { PlanViewModel } from '../../language/view-model/plan-view-model.js';
import type { Disposable, PanelLike, PreviewHost, Timers, WebviewLike } from '../../client/preview/host.js';

type Listener<T> = (value: T) => void;

class Emitter<T> {
    private readonly listeners = new Set<Listener<T>>();
    on(listener: Listener<T>): Disposable {
        this.listeners.add(listener);
        return { dispose: () => this.listeners.delete(listener) };
    }
    fire(value: T): void {
        [...this.listeners].forEach(listener => listener(value));
    }
    get size(): number {
        return this.listeners.size;
    }
}

/** A webview that records what the extension posts and lets the test play the script. */
export class FakeWebview implements WebviewLike {
    html = '';
    readonly cspSource = 'vscode-webview://fake';
    readonly posted: unknown[] = [];
    readonly messages = new Emitter<unknown>();
    postMessage(message: unknown): PromiseLike<boolean> {
        this.posted.push(message);
        return Promise.resolve(true);
    }
    onDidReceiveMessage(listener: (message: unknown) => void): Disposable {
        return this.messages.on(listener);
    }
    /** The webview script sends a message. */
    send(message: unknown): void {
        this.messages.fire(message);
    }
}

export class FakePanel implements PanelLike {
    readonly webview = new FakeWebview();
    visible = true;
    revealed = 0;
    disposed = false;
    private readonly disposeEmitter = new Emitter<void>();
    private readonly viewStateEmitter = new Emitter<void>();
    constructor(
        public title: string,
        readonly toSide: boolean
    ) {}
    reveal(): void {
        this.revealed++;
    }
    onDidDispose(listener: () => void): Disposable {
        return this.disposeEmitter.on(listener);
    }
    onDidChangeViewState(listener: () => void): Disposable {
        return this.viewStateEmitter.on(listener);
    }
    dispose(): void {
        if (this.disposed) return;
        this.disposed = true;
        this.disposeEmitter.fire();
    }
    /** The user hides the tab (VS Code destroys the webview's page) or shows it again. */
    setVisible(visible: boolean): void {
        this.visible = visible;
        this.viewStateEmitter.fire();
    }
}

/** Timers the test advances by hand: no real waiting, no timing assertions. */
export class ManualTimers implements Timers {
    private now = 0;
    private next = 1;
    private readonly pending = new Map<number, { at: number; callback: () => void }>();
    setTimeout(callback: () => void, ms: number): unknown {
        const id = this.next++;
        this.pending.set(id, { at: this.now + ms, callback });
        return id;
    }
    clearTimeout(handle: unknown): void {
        this.pending.delete(handle as number);
    }
    advance(ms: number): void {
        this.now += ms;
        for (const [id, timer] of [...this.pending].sort((a, b) => a[1].at - b[1].at)) {
            if (timer.at <= this.now) {
                this.pending.delete(id);
                timer.callback();
            }
        }
    }
    get count(): number {
        return this.pending.size;
    }
}

/** A host whose server answers from a map of view models, counting the requests. */
export class FakeHost implements PreviewHost {
    readonly timers = new ManualTimers();
    readonly panels: FakePanel[] = [];
    readonly requests: string[] = [];
    readonly revealed: Array<[string, number, number]> = [];
    readonly logs: string[] = [];
    readonly models = new Map<string, PlanViewModel | null | Error>();
    private nonces = 0;

    createPanel(title: string, toSide: boolean): PanelLike {
        const panel = new FakePanel(title, toSide);
        this.panels.push(panel);
        return panel;
    }
    mediaUri(_panel: PanelLike, file: string): string {
        return `vscode-webview://fake/media/${file}`;
    }
    async requestViewModel(uri: string): Promise<PlanViewModel | null> {
        this.requests.push(uri);
        const model = this.models.get(uri);
        if (model instanceof Error) throw model;
        return model ?? null;
    }
    async revealInSource(uri: string, line: number, character: number): Promise<void> {
        this.revealed.push([uri, line, character]);
    }
    nonce(): string {
        return `nonce${++this.nonces}`;
    }
    log(message: string): void {
        this.logs.push(message);
    }
}

/** Lets pending promise callbacks (the fake server's answers) run. */
export async function settle(): Promise<void> {
    for (let i = 0; i < 5; i++) await Promise.resolve();
}
