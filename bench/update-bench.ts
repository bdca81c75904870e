/**
 * `npm run bench:update`: a keystroke's whole update in process (parse again in part, index,
 * link, validate), without the language server's transport or an editor. Makes the edits the
 * server benchmark makes (an indicator's `data` line commented out, then restored) on a
 * generated plan and prints the median and 95th percentile of each update after warm-up, wall
 * and CPU. Steadier than `npm run bench` (no second process, no pipe): the one to compare two
 * commits with, alternating runs. Not a test: the machine is shared.
 *
 *   node scripts/run-ts.mjs bench/update-bench.ts --sizes 10000,50000 --edits 40 --warmup 10
 */
import { parseArgs } from 'node:util';
import { URI } from 'langium';
import { createCopServices } from '../language/cop-module.js';
import { MemoryFileSystem } from '../test/helpers/memory-file-system.js';
import { prng } from '../test/helpers/prng.js';
import { commentedOut, dataLines, generatePlan } from './generate-plan.js';

const { values } = parseArgs({
    options: {
        sizes: { type: 'string', default: '10000,50000' },
        // Pairs of edits (out, then back) per size.
        edits: { type: 'string', default: '40' },
        // Updates left out of the figures: the first ones run before V8 has optimised the code.
        warmup: { type: 'string', default: '10' }
    }
});

function quantile(values: readonly number[], q: number): number {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

async function benchSize(size: number): Promise<string> {
    const text = generatePlan(size);
    const uri = URI.parse('file:///bench/plan.cop');
    const files = new MemoryFileSystem();
    files.files.set(uri.toString(), text);
    const { shared } = createCopServices({ fileSystemProvider: () => files });
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    shared.workspace.LangiumDocuments.addDocument(document);
    const builder = shared.workspace.DocumentBuilder;
    builder.updateBuildOptions = { validation: true };
    await builder.build([document], { validation: true });

    const lines = text.split('\n');
    const candidates = dataLines(text);
    const random = prng(size).next;
    const wall: number[] = [];
    const cpu: number[] = [];
    const update = async (edited: string) => {
        files.files.set(uri.toString(), edited);
        const cpuBefore = process.cpuUsage();
        const start = performance.now();
        await builder.update([uri], []);
        wall.push(performance.now() - start);
        const used = process.cpuUsage(cpuBefore);
        cpu.push((used.user + used.system) / 1000);
    };
    for (let i = 0; i < Number(values.edits); i++) {
        const line = candidates[Math.floor(random() * candidates.length)];
        const edited = [...lines];
        edited[line] = commentedOut(lines[line]);
        await update(edited.join('\n'));
        await update(text);
    }
    const warm = (list: number[]) => list.slice(Number(values.warmup));
    const figures = (list: number[]) => `${quantile(list, 0.5).toFixed(1)} / ${quantile(list, 0.95).toFixed(1)}`;
    const diagnostics = document.diagnostics?.length ?? 0;
    return `| ${size} | ${text.split('\n').length} | ${figures(warm(wall))} | ${figures(warm(cpu))} | ${figures(wall)} | ${diagnostics} |`;
}

console.log('| plan | lines | update wall med / p95 ms | CPU med / p95 ms | with warm-up: wall med / p95 ms | diagnostics |');
console.log('|---:|---:|---:|---:|---:|---:|');
for (const size of values.sizes.split(',').map(Number)) console.log(await benchSize(size));
console.log(`\n${values.edits} pairs of edits per plan; the first ${values.warmup} updates are warm-up.`);
