import { renderPage } from '../../language/render/html/page-shell.js';
import { pageCss } from '../../language/render/html/render-html.js';

export interface ShellOptions {
    readonly uri: string;
    readonly title: string;
    /** `webview.cspSource`. */
    readonly cspSource: string;
    readonly nonce: string;
    /** The webview URI of `media/preview.js`. */
    readonly scriptUri: string;
}

/**
 * The webview's page, set once per panel: the one page shell (page-shell.ts) with the
 * webview's CSP (the stylesheet and the one script only by nonce), the page CSS, an empty
 * root the script fills from `render` messages, and the plan URI for the script's saved state.
 */
export function renderWebviewShell(options: ShellOptions): string {
    const { cspSource, nonce, scriptUri } = options;
    return renderPage({
        title: options.title,
        css: pageCss(),
        bodyData: { uri: options.uri },
        body: '<div id="root" aria-live="polite"><p class="empty">Loading the value matrix…</p></div>',
        webview: { cspSource, nonce, scriptUri }
    });
}
