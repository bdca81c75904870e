import { appendFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints one plain closing line, `N passed, N failed, N skipped`, after vitest's own summary.
 * CI reads the closing line of a run to tell that tests ran; vitest's summary
 * (`Tests  1627 passed | 9 skipped (1636)`) is not a form it reads, so green runs were
 * recorded as ones that ran no test, even with a `Tests:` word before this line; the line
 * now has nothing before its counts, the form every reader takes. A file that fails to load has no tests of its own and is
 * counted as one failure, so the line never says `0 failed` over a broken file. With
 * `COP_TEST_COUNTS` naming a file, the counts are also added to it, for `.ci/run` to close on
 * the total of its runs (the unit tests, then the end-to-end ones).
 */
export default class ClosingLineReporter implements Reporter {
    onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
        let passed = 0;
        let failed = 0;
        let skipped = 0;
        for (const module of testModules) {
            let tests = 0;
            for (const test of module.children.allTests()) {
                tests++;
                const state = test.result().state;
                if (state === 'passed') passed++;
                else if (state === 'failed') failed++;
                else skipped++;
            }
            if (tests === 0 && module.state() === 'failed') failed++;
        }
        failed += unhandledErrors.length;
        process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
        const counts = process.env.COP_TEST_COUNTS;
        if (counts) appendFileSync(counts, `${passed} ${failed} ${skipped}\n`);
    }
}
