import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the old generation grow past what survived the last full collection before
 * it collects again, in per cent (V8's `--heap-growing-percent`; 0 is V8's own choice).
 *
 * An edit makes a new tree for the blocks it parsed, new diagnostics and new figures; what
 * they replace is garbage after the next edit. V8's own choice lets that garbage pile up to
 * up to four times the live heap before a full collection: over a 200-edit session on a
 * 10,000-line plan the server climbed to 218 MB, on a 50,000-line plan to 365 MB in 60
 * edits, and edits with syntax errors took a 10,000-line plan to 330–385 MB. At 30 % the
 * same sessions peaked at 139 MB, 201 MB and 184–241 MB (docs/performance.md, "Memory of a
 * long editing session"). The price is more full collections: over eight pairs of
 * bench runs, the mean median edit went from 20.5 to 22.5 ms at 10,000 lines and from 83 to
 * 97 ms at 50,000 lines, where the heap to mark is five times larger. 60 % kept the
 * 10,000-line bench at 155 MB, 100 % at 165.
 *
 * The factor is read each time V8 sets the next limit, so setting it here, before the
 * server's bundle builds anything, takes effect; it changes memory and speed only, never
 * results. `npm run bench:memory` measures it (`--server-args=--heap-growing-percent=0` for
 * V8's own choice).
 */
export const HEAP_GROWING_PERCENT = 30;

/**
 * Sets the factor, unless node was started with its own (`node --heap-growing-percent=N`, or
 * the same in `NODE_OPTIONS`, which `execArgv` does not list): a user's flag wins. Says
 * whether it set it.
 */
export function keepHeapTight(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): boolean {
    const given = [...execArgv, ...nodeOptions.split(/\s+/)];
    if (given.some(arg => /^--heap[-_]growing[-_]percent(=|$)/.test(arg))) return false;
    try {
        setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
        return true;
    } catch {
        // A Node without the flag keeps V8's own choice.
        return false;
    }
}
