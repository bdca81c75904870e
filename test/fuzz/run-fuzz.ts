/**
 * `npm run fuzz`: the long fuzz run. Prints every failure with the seed that replays it.
 *   npm run fuzz -- --seed 42 --iterations 500 --cli-samples 20
 */
import { parseArgs } from 'node:util';
import { runFuzz } from './fuzz-run.js';

const { values } = parseArgs({
    options: {
        seed: { type: 'string' },
        iterations: { type: 'string', default: '300' },
        'cli-samples': { type: 'string', default: '15' },
        verbose: { type: 'boolean', default: false }
    }
});
const seed = values.seed !== undefined ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31);
console.log(`fuzz: seed ${seed}, ${values.iterations} edits (replay: npm run fuzz -- --seed ${seed})`);
const started = Date.now();
const report = await runFuzz({
    seed,
    iterations: Number(values.iterations),
    cliSamples: Number(values['cli-samples']),
    log: line => { if (values.verbose || line.startsWith('FAIL')) console.log(line); }
});
console.log(`fuzz: seed ${seed}: ${report.iterations} edits, ${report.requests} requests (${report.cancelled} cancelled by a later edit), ` +
    `${report.cliRuns} CLI runs, ${report.failures.length} failures, ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exitCode = report.failures.length > 0 ? 1 : 0;
