import { formatFixed } from '../impact/amounts.js';

/**
 * The largest plan cop parses: 10 MB. A 50,000-line plan is about 1.3 MB and checks in about
 * a second; a file of tens of megabytes is not a hand-written plan (a log or a data dump
 * with the wrong name), and parsing it would take minutes and gigabytes. The CLI refuses
 * such a file before reading it; the language server, which receives whatever the editor
 * opens or the workspace holds, reports it instead of parsing it. See docs/performance.md.
 */
export const MAX_PLAN_BYTES = 10 * 1024 * 1024;

export function megabytes(bytes: number): string {
    return `${formatFixed(bytes / (1024 * 1024), 1)} MB`;
}
