/**
 * The plan in the page's address: `#file=NAME&plan=DATA`, DATA being the plan's text
 * compressed (deflate-raw, the browser's CompressionStream) in base64url, so that a link
 * shares the plan and nothing leaves the browser. `cop playground PLAN` writes the same
 * (cli/commands/playground-link.ts).
 */
import { PLAYGROUND_MAX_BYTES, tooLargeMessage } from './plan-limits.js';

export interface SharedPlan {
    /** The plan's file, relative to examples/ (`catalog "…"` and `actuals "…"` resolve from it). */
    readonly file: string;
    readonly text: string;
}

export async function encodePlanLink(plan: SharedPlan): Promise<string> {
    const compressed = await pipe(new TextEncoder().encode(plan.text), new CompressionStream('deflate-raw'), Infinity);
    const params = new URLSearchParams({ file: plan.file, plan: toBase64Url(compressed) });
    return `#${params.toString()}`;
}

/** The plan of a link, `undefined` when the address holds none; throws with a plain message when it cannot be read. */
export async function decodePlanLink(hash: string): Promise<SharedPlan | undefined> {
    const params = new URLSearchParams(hash.replace(/^#/, ''));
    const data = params.get('plan');
    if (data === null) return undefined;
    const file = safeFile(params.get('file'));
    let bytes: Uint8Array;
    try {
        bytes = await pipe(fromBase64Url(data), new DecompressionStream('deflate-raw'), PLAYGROUND_MAX_BYTES);
    } catch (error) {
        if (error instanceof TooLarge) throw new Error(tooLargeMessage(error.bytes));
        throw new Error('The plan in this link cannot be read: the link may have been cut short when it was copied.');
    }
    return { file, text: new TextDecoder().decode(bytes) };
}

/** A file name from the address, kept inside examples/ and ending in .cop. */
function safeFile(file: string | null): string {
    const parts = (file ?? '').split('/').filter(part => part !== '' && part !== '.' && part !== '..' && /^[\w.-]+$/.test(part));
    return parts.length > 0 && parts[parts.length - 1]!.endsWith('.cop') ? parts.join('/') : 'plan.cop';
}

class TooLarge extends Error {
    constructor(readonly bytes: number) {
        super('too large');
    }
}

/** Runs bytes through a (de)compression stream, stopping once the output passes `limit` (a link that inflates to gigabytes). */
async function pipe(input: Uint8Array<ArrayBuffer>, transform: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array> {
    const writer = transform.writable.getWriter();
    void writer
        .write(input)
        .then(() => writer.close())
        .catch(() => undefined);
    const reader = transform.readable.getReader();
    const chunks: Uint8Array[] = [];
    let length = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        length += value.length;
        if (length > limit) {
            void reader.cancel();
            throw new TooLarge(length);
        }
    }
    const result = new Uint8Array(length);
    let offset = 0;
    for (const chunk of chunks) {
        result.set(chunk, offset);
        offset += chunk.length;
    }
    return result;
}

function toBase64Url(bytes: Uint8Array): string {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
}
