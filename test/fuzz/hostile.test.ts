import { describe, expect, test } from 'vitest';
import { defaultFamilies } from './hostile-families.js';
import { runHostile } from './hostile-run.js';

// The bounded part of the hostile-input suite: a fixed seed, two cases per family, so a failure
// replays with `npm run fuzz -- --seed 20261203 --iterations 0 --cases 12` (the long run: 1,000 cases).
describe('fuzz: hostile inputs against the server and cop check', () => {
    test('no crash, no request unanswered within 5 s, no false "clean" for an input known to hold an error', async () => {
        const report = await runHostile({ seed: 20261203, cases: defaultFamilies.length * 2, families: defaultFamilies });
        expect(report.cases).toBe(defaultFamilies.length * 2);
        // Every file case went through cop check too.
        expect(report.cliRuns).toBe(defaultFamilies.filter(f => f.kind === 'input').length * 2);
        expect(report.failures.map(f => `${f.kind} [${f.family}: ${f.label}] ${f.what}`)).toEqual([]);
    }, 300_000);
});
