/**
 * The largest plan the playground takes (the page and `cop playground PLAN`): a link holds
 * the whole plan, and a plan this size already makes a link of over 100 KB. Larger plans
 * belong in the editor or `cop check` (whose limit is 10 MB, see language/parser/plan-size.ts).
 */
export const PLAYGROUND_MAX_BYTES = 512 * 1024;

export function tooLargeMessage(bytes: number): string {
    return (
        `This plan is ${kilobytes(bytes)}; the playground takes plans up to ${kilobytes(PLAYGROUND_MAX_BYTES)}. ` +
        'Check larger plans with `cop check` or in VS Code with the CoP Plans extension.'
    );
}

function kilobytes(bytes: number): string {
    return `${Math.ceil(bytes / 1024)} KB`;
}
