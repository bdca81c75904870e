import { renderPage } from '../../language/render/html/page-shell.js';
import { pageCss } from '../../language/render/html/render-html.js';

/** The marks of `marks` messages: an outline and a word, so a change is not told by colour alone. */
const sinceHeadCss = `
.changed-since-head { outline: 2px dashed var(--vscode-gitDecoration-modifiedResourceForeground, #9a6700); outline-offset: 2px; }
.since-head { display: inline-block; margin-left: .4em; padding: 0 .35em; border-radius: 3px; font-size: 11px; border: 1px solid currentColor; color: var(--vscode-gitDecoration-modifiedResourceForeground, #9a6700); }
`;

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
        css: pageCss() + sinceHeadCss,
        bodyData: { uri: options.uri },
        body: '<div id="root" aria-live="polite"><p class="empty">Loading the value matrix…</p></div>',
        webview: { cspSource, nonce, scriptUri }
    });
}
