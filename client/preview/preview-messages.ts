/** Messages between the extension and the preview webview (`media/preview.js`). */

/** Extension → webview: show this page body (already rendered and escaped). */
export interface RenderMessage {
    readonly type: 'render';
    readonly uri: string;
    readonly html: string;
}

/** Extension → webview: nothing to show, and why, in plain words. */
export interface NoticeMessage {
    readonly type: 'notice';
    readonly uri: string;
    readonly text: string;
}

/** Extension → webview: mark these values and kpis as changed since HEAD (after a render). */
export interface MarksMessage {
    readonly type: 'marks';
    readonly uri: string;
    readonly values: readonly string[];
    readonly kpis: readonly string[];
}

export type ToWebview = RenderMessage | NoticeMessage;

/** Webview → extension: the script is listening (sent on every load of the webview). */
export interface ReadyMessage {
    readonly type: 'ready';
}

/** Webview → extension: the user clicked an element; reveal it (0-based position). */
export interface RevealMessage {
    readonly type: 'reveal';
    readonly uri?: string;
    readonly line: number;
    readonly character: number;
}

export type FromWebview = ReadyMessage | RevealMessage;

/** Checks a message from the webview: its content is untrusted input. */
export function parseWebviewMessage(message: unknown): FromWebview | undefined {
    if (typeof message !== 'object' || message === null) return undefined;
    const m = message as Record<string, unknown>;
    if (m.type === 'ready') return { type: 'ready' };
    if (
        m.type === 'reveal' &&
        isPosition(m.line) &&
        isPosition(m.character) &&
        (m.uri === undefined || (typeof m.uri === 'string' && /^[a-z][\w+.-]*:/i.test(m.uri)))
    ) {
        return { type: 'reveal', uri: m.uri as string | undefined, line: m.line as number, character: m.character as number };
    }
    return undefined;
}

function isPosition(value: unknown): boolean {
    return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** What the webview keeps with `setState`, and the serializer gets back after a reload. */
export interface PreviewState {
    readonly uri: string;
    readonly scrollY?: number;
}

export function isPreviewState(state: unknown): state is PreviewState {
    return typeof state === 'object' && state !== null && typeof (state as PreviewState).uri === 'string';
}
