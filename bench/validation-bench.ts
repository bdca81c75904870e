/**
 * `npm run bench:validation`: the validation phase alone, in process, on generated plans.
 * Each run makes the edit the server benchmark makes (an indicator's `data` line commented
 * out, then restored), rebuilds the document without validation (untimed: parsing and
 * linking are not what this measures), then times `DocumentValidator.validateDocument` on
 * it. Prints the median CPU and wall time of the runs and each check's median share, timed
 * around every call of the check (inclusive: a check that first asks for a shared
 * evaluation is charged for it). Not a test: the machine is shared, so read CPU figures.
 *
 *   node scripts/run-ts.mjs bench/validation-bench.ts --sizes 10000,50000 --runs 21
 *   node scripts/run-ts.mjs bench/validation-bench.ts --totals-only --dump .cache/diagnostics.json
 *   node scripts/run-ts.mjs bench/validation-bench.ts --totals-only --allocations .cache/validation
 */
import { writeFileSync } from 'node:fs';
import { type HeapProfiler, Session } from 'node:inspector';
import { parseArgs } from 'node:util';
import type { LangiumDocument, Module, PartialLangiumCoreServices, ValidationCheck, ValidationOptions } from 'langium';
import { EmptyFileSystem, inject, URI } from 'langium';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { CopCoreModule, CopCoreSharedModule, registerCop } from '../language/cop-core-module.js';
import type { CopServices, CopSharedServices } from '../language/cop-module.js';
import { CopModule, CopSharedModule } from '../language/cop-module.js';
import { CopGeneratedModule, CopGeneratedSharedModule } from '../language/generated/module.js';
import { CopValidationRegistry } from '../language/validation/internal-failure.js';
import { commentedOut, dataLines, generatePlan } from './generate-plan.js';

const { values } = parseArgs({
    options: {
        sizes: { type: 'string', default: '10000,50000' },
        runs: { type: 'string', default: '21' },
        warmup: { type: 'string', default: '8' },
        // Totals only: no check is timed (timing each check adds a little to the totals).
        'totals-only': { type: 'boolean', default: false },
        // Writes a CPU profile of the timed validations only (not of the builds between them),
        // for `node /path/to/prof.mjs FILE` or Chrome's DevTools.
        profile: { type: 'string' },
        // Samples what each timed validation allocates, garbage included (V8's sampling heap
        // profiler), prints the MB per validation and writes the samples to this file
        // (`.heapprofile` per size, for Chrome's DevTools), to find what feeds the GC.
        allocations: { type: 'string' },
        // Writes the diagnostics of each size (before and after the edits) to this file, to compare.
        dump: { type: 'string' }
    }
});
const sizes = values.sizes
    .split(',')
    .map(Number)
    .filter(n => n > 0);
const runs = Number(values.runs);
const warmup = Number(values.warmup);

/** Milliseconds of CPU (user + system) and wall time per check name, for the current run. */
const checkTimes = new Map<string, number>();
let timing = false;

/** The registry with every check timed when `timing` is on. */
class TimedValidationRegistry extends CopValidationRegistry {
    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        const wrapped = super.wrapValidationException(check, thisObj);
        const name = check.name.replace(/^bound /, '') || '(anonymous)';
        return (node, accept, cancelToken) => {
            if (!timing) return wrapped(node, accept, cancelToken);
            const start = performance.now();
            const done = (): void => {
                checkTimes.set(name, (checkTimes.get(name) ?? 0) + performance.now() - start);
            };
            const result = wrapped(node, accept, cancelToken);
            // Synchronous checks are timed without a promise of their own, as they run.
            if (result !== undefined) return result.then(done);
            done();
            return undefined;
        };
    }
}

const TimedModule: Module<CopServices, PartialLangiumCoreServices> = {
    validation: { ValidationRegistry: services => new TimedValidationRegistry(services) }
};

/** The server's services (createCopServices), with the timed registry. */
function createServices(): CopServices {
    const shared: CopSharedServices = inject(createDefaultSharedModule(EmptyFileSystem), CopGeneratedSharedModule, CopCoreSharedModule, CopSharedModule);
    const Cop: CopServices = inject(createDefaultModule({ shared }), CopGeneratedModule, CopCoreModule, CopModule, TimedModule);
    registerCop(shared, Cop);
    void shared.workspace.ConfigurationProvider.initialized({});
    return Cop;
}

interface CpuProfile {
    nodes: Array<{ id: number; children?: number[] }>;
    startTime: number;
    endTime: number;
    samples: number[];
    timeDeltas: number[];
}

/**
 * V8's sampling profiler through the inspector, started for each timed validation and
 * stopped after it (a profile of the whole process is mostly parsing and linking); the
 * profiles are merged into one.
 */
class ValidationProfiler {
    private readonly session = new Session();
    private readonly profiles: CpuProfile[] = [];

    constructor() {
        this.session.connect();
        this.post('Profiler.enable');
        this.post('Profiler.setSamplingInterval', { interval: 250 });
    }

    start(): void {
        this.post('Profiler.start');
    }

    stop(): void {
        this.post('Profiler.stop', undefined, result => this.profiles.push((result as { profile: CpuProfile }).profile));
    }

    /** One profile of every validation: each one's nodes renumbered after the previous ones'. */
    merged(): CpuProfile {
        const merged: CpuProfile = { nodes: [], startTime: 0, endTime: 0, samples: [], timeDeltas: [] };
        let offset = 0;
        for (const profile of this.profiles) {
            let highest = 0;
            for (const node of profile.nodes) {
                highest = Math.max(highest, node.id);
                merged.nodes.push({ ...node, id: node.id + offset, children: node.children?.map(child => child + offset) });
            }
            merged.samples.push(...profile.samples.map(sample => sample + offset));
            // The first delta counts from the profile's start, before the validation ran.
            merged.timeDeltas.push(0, ...profile.timeDeltas.slice(1));
            merged.endTime += profile.endTime - profile.startTime;
            offset += highest;
        }
        this.session.disconnect();
        return merged;
    }

    private post(method: string, params?: object, then?: (result: unknown) => void): void {
        // The inspector answers a session of the same thread synchronously.
        this.session.post(method, params, (error, result) => {
            if (error) throw error;
            then?.(result);
        });
    }
}

/**
 * V8's sampling heap profiler, started for each timed validation and stopped after it, with
 * the objects collected since counted too: what a validation allocates, not what it keeps.
 */
class AllocationSampler {
    private readonly session = new Session();
    readonly profiles: HeapProfiler.SamplingHeapProfile[] = [];

    constructor() {
        this.session.connect();
        this.session.post('HeapProfiler.enable');
    }

    start(): void {
        this.session.post('HeapProfiler.startSampling', {
            samplingInterval: 4096,
            includeObjectsCollectedByMajorGC: true,
            includeObjectsCollectedByMinorGC: true
        });
    }

    stop(): void {
        // The inspector answers a session of the same thread synchronously.
        this.session.post('HeapProfiler.stopSampling', (error, result) => {
            if (error) throw error;
            this.profiles.push(result.profile);
        });
    }

    /** The sampled bytes of each validation, in MB. */
    megabytes(): number[] {
        const total = (node: HeapProfiler.SamplingHeapProfileNode): number => node.selfSize + node.children.reduce((sum, child) => sum + total(child), 0);
        return this.profiles.map(profile => total(profile.head) / 1e6);
    }

    write(file: string): void {
        writeFileSync(file, JSON.stringify(this.profiles[this.profiles.length - 1]));
        this.session.disconnect();
    }
}

function median(list: number[]): number {
    const sorted = [...list].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function cpuMs(since: NodeJS.CpuUsage): number {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1000;
}

/** The options the server validates with after an edit (Langium's `updateBuildOptions`). */
const options: ValidationOptions = { categories: ['built-in', 'fast'] };

interface SizeResult {
    lines: number;
    cpuMs: number;
    wallMs: number;
    /** The least CPU time of the runs: on a loaded machine, nearer to what validation itself costs. */
    minCpuMs: number;
    diagnostics: number;
    checks: Map<string, number>;
    dumps: Diagnostic[][];
    /** MB allocated per validation (median), with `--allocations`. */
    allocatedMB?: number;
}

async function measure(size: number): Promise<SizeResult> {
    const profiler = values.profile ? new ValidationProfiler() : undefined;
    const sampler = values.allocations ? new AllocationSampler() : undefined;
    const Cop = createServices();
    const builder = Cop.shared.workspace.DocumentBuilder;
    const textDocuments = Cop.shared.workspace.TextDocuments;
    const validator = Cop.validation.DocumentValidator;
    // Parsed and linked only: validation is timed here, not inside the build.
    builder.updateBuildOptions = { validation: false };
    const uri = URI.parse(`file:///bench/plan${size}.cop`);
    const text = generatePlan(size);
    const lines = text.split('\n');
    const toggled = dataLines(text);
    let version = 0;
    const load = async (content: string): Promise<LangiumDocument> => {
        textDocuments.set(TextDocument.create(uri.toString(), 'cop', ++version, content));
        await builder.update([uri], []);
        return Cop.shared.workspace.LangiumDocuments.getDocument(uri)!;
    };
    const dumps: Diagnostic[][] = [];
    dumps.push(await validator.validateDocument(await load(text), options));

    const cpu: number[] = [];
    const wall: number[] = [];
    const perCheck = new Map<string, number[]>();
    for (let run = 0; run < warmup + runs; run++) {
        // An edit, as typed: one data line commented out (even runs) or restored (odd runs).
        const line = toggled[(run * 7919) % toggled.length];
        const edited = run % 2 === 0 ? lines.map((l, i) => (i === line ? commentedOut(l) : l)).join('\n') : text;
        const document = await load(edited);
        checkTimes.clear();
        timing = !values['totals-only'] && run >= warmup;
        const profiled = profiler && run >= warmup;
        if (profiled) profiler.start();
        if (sampler && run >= warmup) sampler.start();
        const startCpu = process.cpuUsage();
        const start = performance.now();
        const diagnostics = await validator.validateDocument(document, options);
        const elapsed = performance.now() - start;
        const used = cpuMs(startCpu);
        if (profiled) profiler.stop();
        if (sampler && run >= warmup) sampler.stop();
        timing = false;
        if (run < 2) dumps.push(diagnostics);
        if (run < warmup) continue;
        wall.push(elapsed);
        cpu.push(used);
        for (const [name, ms] of checkTimes) perCheck.set(name, [...(perCheck.get(name) ?? []), ms]);
    }
    if (profiler && values.profile) writeFileSync(values.profile.replace(/(\.cpuprofile)?$/, `-${size}.cpuprofile`), JSON.stringify(profiler.merged()));
    if (sampler && values.allocations) sampler.write(values.allocations.replace(/(\.heapprofile)?$/, `-${size}.heapprofile`));
    const checks = new Map([...perCheck].map(([name, list]) => [name, median(list)] as const));
    const allocatedMB = sampler ? median(sampler.megabytes()) : undefined;
    return {
        lines: lines.length,
        cpuMs: median(cpu),
        wallMs: median(wall),
        minCpuMs: Math.min(...cpu),
        diagnostics: dumps[0].length,
        checks,
        dumps,
        allocatedMB
    };
}

const results = new Map<number, SizeResult>();
for (const size of sizes) results.set(size, await measure(size));

console.log(`validation after one edit: median of ${runs} runs (after ${warmup} warm-up runs), ms`);
const allocated = values.allocations ? ['allocated MB'] : [];
console.log(['size', 'lines', 'diagnostics', 'CPU', 'wall', 'least CPU', ...allocated].map(h => h.padStart(13)).join(''));
for (const [size, r] of results) {
    const mb = r.allocatedMB === undefined ? [] : [r.allocatedMB.toFixed(2)];
    console.log(
        [size, r.lines, r.diagnostics, r.cpuMs.toFixed(2), r.wallMs.toFixed(2), r.minCpuMs.toFixed(2), ...mb].map(v => String(v).padStart(13)).join('')
    );
}
if (!values['totals-only']) {
    const names = new Set([...results.values()].flatMap(r => [...r.checks.keys()]));
    const first = [...results.values()][0];
    const ordered = [...names].sort((a, b) => (first.checks.get(b) ?? 0) - (first.checks.get(a) ?? 0));
    console.log(`\nper check (inclusive wall ms, median per validation)\n${'check'.padEnd(28)}${sizes.map(s => String(s).padStart(10)).join('')}`);
    for (const name of ordered) {
        const figures = sizes.map(s => (results.get(s)!.checks.get(name) ?? 0).toFixed(3).padStart(10));
        console.log(`${name.padEnd(28)}${figures.join('')}`);
    }
}
if (values.dump) {
    const dump = Object.fromEntries([...results].map(([size, r]) => [size, r.dumps]));
    writeFileSync(values.dump, JSON.stringify(dump));
    console.log(`\ndiagnostics written to ${values.dump}`);
}
