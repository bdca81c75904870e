import { KeyedDebouncer } from './debouncer.js';
import { fileName } from './file-name.js';
import type { PanelLike, PreviewHost } from './host.js';
import { isPreviewState } from './preview-messages.js';
import { PreviewPanel } from './preview-panel.js';

/**
 * The open previews, one per plan: opens or reveals them, restores them after a reload
 * (from the state the webview saved), and refreshes a plan's preview, debounced, when the
 * server says the plan was validated again.
 */
export class PreviewManager {
    private readonly previews = new Map<string, PreviewPanel>();
    private readonly debouncer: KeyedDebouncer;

    /**
     * The server already waits ~200 ms after typing pauses before it notifies; the client only
     * coalesces notifications that arrive together (several plans rebuilt, a restart).
     */
    constructor(
        private readonly host: PreviewHost,
        delayMs = 50
    ) {
        this.debouncer = new KeyedDebouncer(host.timers, delayMs);
    }

    /** Shows the plan's preview: the open one if there is one, else a new panel. */
    open(uri: string, toSide: boolean): PreviewPanel {
        const existing = this.previews.get(uri);
        if (existing) {
            existing.reveal();
            return existing;
        }
        const panel = this.host.createPanel(`Preview ${fileName(uri)}`, toSide);
        return this.adopt(uri, panel);
    }

    /** Takes over a panel VS Code restored after a reload; false (and the panel closed) if its state is unusable. */
    restore(panel: PanelLike, state: unknown): boolean {
        if (!isPreviewState(state)) {
            panel.dispose();
            return false;
        }
        const existing = this.previews.get(state.uri);
        if (existing) {
            panel.dispose();
            existing.reveal();
            return true;
        }
        this.adopt(state.uri, panel);
        return true;
    }

    /** The server validated the plan again (`cop/viewModelChanged`). */
    viewModelChanged(uri: string): void {
        const preview = this.previews.get(uri);
        if (preview) this.debouncer.trigger(uri, () => void preview.refresh());
    }

    /** Asks again for every open preview (e.g. after the language server restarted). */
    refreshAll(): void {
        for (const uri of this.previews.keys()) this.viewModelChanged(uri);
    }

    get openUris(): string[] {
        return [...this.previews.keys()];
    }

    dispose(): void {
        this.debouncer.dispose();
        for (const preview of [...this.previews.values()]) preview.dispose();
        this.previews.clear();
    }

    private adopt(uri: string, panel: PanelLike): PreviewPanel {
        const preview = new PreviewPanel(uri, panel, this.host, closed => {
            this.debouncer.cancel(uri);
            if (this.previews.get(uri) === closed) this.previews.delete(uri);
        });
        this.previews.set(uri, preview);
        void preview.refresh();
        return preview;
    }
}
