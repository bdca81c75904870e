import { describe, expect, test } from 'vitest';
import { runFuzz } from './fuzz-run.js';

// The bounded part of the fuzz suite: a fixed seed and count, so a failure here replays with
// `npm run fuzz -- --seed 20261123 --iterations 60` (the long run picks a new seed each time).
describe('fuzz: mutated plans streamed into one server session', () => {
    test('every edit gets diagnostics, a completion and a hover; no crash, no error logged, no stack trace', async () => {
        const lines: string[] = [];
        const report = await runFuzz({ seed: 20261123, iterations: 60, cliSamples: 3, log: line => lines.push(line) });
        expect(report.iterations).toBe(60);
        // Diagnostics, completion and hover for each edit, plus the first diagnostics.
        expect(report.requests).toBe(60 * 3 + 1);
        expect(report.cliRuns).toBeGreaterThanOrEqual(3);
        expect(report.failures.map(f => `iteration ${f.iteration} [${f.mutations.join(', ')}]: ${f.what}`)).toEqual([]);
    }, 300_000);
});
