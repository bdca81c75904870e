import { deflateRawSync } from 'node:zlib';

/**
 * The playground's address for a plan, as the page itself writes it (playground/plan-link.ts):
 * `#file=NAME&plan=DATA`, DATA the text deflated (raw) in base64url.
 */
export function playgroundHash(file: string, text: string): string {
    const params = new URLSearchParams({ file, plan: deflateRawSync(Buffer.from(text, 'utf8')).toString('base64url') });
    return `#${params.toString()}`;
}
