import { setFlagsFromString } from 'node:v8';

/**
 * How long V8 watches a function before its optimising compiler (TurboFan) compiles it, in
 * V8's "interrupt budget" (bytecode executed; Node 20's default is 67,584).
 *
 * `cop` is a short run: on a 10,000-line plan, TurboFan at the default budget compiles
 * hundreds of parser and checker functions that then run only a few milliseconds more, some
 * of them twice after a deoptimisation, and its work competes with the run for the machine's
 * two cores. Watching functions longer before optimising leaves TurboFan for the functions
 * that are really hot. Measured with `cop check`, median of 7 runs (docs/performance.md):
 * 10,000 lines 350 → 300 ms (CPU 500 → 350 ms), 50,000 lines 750 → 710 ms, the 200-plan
 * workspace 840 → 750 ms, 100 lines unchanged; 300,000 and 800,000 were each a little worse.
 *
 * The budget is a tiering heuristic read while the program runs, so setting it here (before
 * the CLI's bundle is loaded) takes effect; it changes speed only, never results.
 */
export const INTERRUPT_BUDGET = 500_000;

export function tuneTieringForShortRuns(): void {
    try {
        setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
    } catch {
        // A Node without the flag just runs at its default speed.
    }
}
