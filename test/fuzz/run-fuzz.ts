/**
 * `npm run fuzz`: the long fuzz run, in two parts. Prints every failure with the seed that replays it.
 * 1. Mutated plans streamed as edits into one server session, a sample through the CLI (fuzz-run.ts).
 * 2. Hostile inputs, family by family, against the server and `cop check` (hostile-run.ts):
 *    crashes, hangs (no answer within 5 s) and false cleans are counted.
 *   npm run fuzz -- --seed 42 --iterations 500 --cli-samples 20 --cases 1000 --families all
 *   (--iterations 0 or --cases 0 skips a part; --families default|all|name,name)
 */
import { parseArgs } from 'node:util';
import { runFuzz } from './fuzz-run.js';
import { allFamilies, defaultFamilies } from './hostile-families.js';
import { runHostile } from './hostile-run.js';

const { values } = parseArgs({
    options: {
        seed: { type: 'string' },
        iterations: { type: 'string', default: '300' },
        'cli-samples': { type: 'string', default: '15' },
        cases: { type: 'string', default: '1000' },
        families: { type: 'string', default: 'default' },
        verbose: { type: 'boolean', default: false }
    }
});
const seed = values.seed !== undefined ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31);
const log = (line: string) => {
    if (values.verbose || line.startsWith('FAIL') || line.startsWith('PROGRESS')) console.log(line);
};
let failures = 0;

if (Number(values.iterations) > 0) {
    console.log(`fuzz: seed ${seed}, ${values.iterations} edits (replay: npm run fuzz -- --seed ${seed})`);
    const started = Date.now();
    const report = await runFuzz({ seed, iterations: Number(values.iterations), cliSamples: Number(values['cli-samples']), log });
    console.log(
        `fuzz: seed ${seed}: ${report.iterations} edits, ${report.requests} requests (${report.cancelled} cancelled by a later edit), ` +
            `${report.cliRuns} CLI runs, ${report.failures.length} failures, ${((Date.now() - started) / 1000).toFixed(0)} s`
    );
    failures += report.failures.length;
}

if (Number(values.cases) > 0) {
    const families =
        values.families === 'all'
            ? allFamilies
            : values.families === 'default'
              ? defaultFamilies
              : allFamilies.filter(family => values.families.split(',').includes(family.name));
    console.log(`hostile: seed ${seed}, ${values.cases} cases of ${families.map(f => f.name).join(', ')}`);
    const started = Date.now();
    const report = await runHostile({ seed, cases: Number(values.cases), families, log });
    console.log(
        `hostile: seed ${seed}: ${report.inputs} hostile inputs in ${report.cases} cases, ${report.cliRuns} cop check runs; ` +
            `${report.crashes} crashes, ${report.hangs} hangs, ${report.falseClean} false clean, ${report.failures.length} failures in all; ` +
            `longest answer ${report.maxAnswerMs.toFixed(0)} ms; ${((Date.now() - started) / 1000).toFixed(0)} s`
    );
    failures += report.failures.length;
}
process.exitCode = failures > 0 ? 1 : 0;
