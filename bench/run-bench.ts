/**
 * `npm run bench`: how the language server and `cop check` scale with the size of a plan.
 * Not a test: it prints a table and writes bench/results.json. Every figure is the median
 * (and p95 where said) of repeated runs, because the machine is shared.
 *
 *   npm run bench -- --sizes 100,1000,10000,50000 --files 200 --edits 20 --burst 1000 --diff 10000
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cliPath } from '../test/helpers/cli.js';
import { fileUri, LspClient } from '../test/helpers/lsp-client.js';
import { measureBurst, type BurstTimes } from './burst.js';
import { measureDiff } from './diff-bench.js';
import { commentedOut, dataLines, generatePlan, generateWorkspace, planAsJson } from './generate-plan.js';
import { prng } from '../test/helpers/prng.js';

const { values } = parseArgs({
    options: {
        sizes: { type: 'string', default: '100,1000,10000,50000' },
        files: { type: 'string', default: '200' },
        edits: { type: 'string', default: '20' },
        // Full-text changes sent at once before a hover (0: no burst case).
        burst: { type: 'string', default: '1000' },
        // Lines of each of the two plans `cop diff` compares (0: no diff case).
        diff: { type: 'string', default: '10000' },
        runs: { type: 'string', default: '5' },
        out: { type: 'string', default: 'bench/results.json' },
        // Writes CPU profiles of the server and of `cop check` to this folder.
        profile: { type: 'string' },
        // Extra node options for the server, e.g. "--max-semi-space-size=8" (to compare).
        'server-args': { type: 'string', default: '' }
    }
});
const sizes = values.sizes
    .split(',')
    .map(Number)
    .filter(n => n > 0);
const workspaceFiles = Number(values.files);
const editCount = Number(values.edits);
const burstCount = Number(values.burst);
const runs = Number(values.runs);
const scratch = resolve('.cache/bench');
const profileArgs = values.profile ? ['--cpu-prof', `--cpu-prof-dir=${resolve(values.profile)}`] : [];

interface Row extends CheckTimes, Partial<BurstTimes> {
    case: string;
    lines: number;
    bytes: number;
    openMs: number;
    editMedianMs: number;
    editP95Ms: number;
    /** Server CPU time per edit (median): what the edit costs whatever the machine's load. */
    editCpuMs: number;
    completionMs: number;
    completionItems: number;
    hoverMs: number;
    serverPeakMB: number;
}

const now = () => performance.now();

function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function p95(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
}

/** Wall time and CPU time of one process (CPU: user + system, from /usr/bin/time). */
function timeOnce(args: readonly string[], cwd?: string): { wall: number; cpu?: number } {
    const timer = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', 'cpu %U %S'] : [];
    const start = now();
    const command = [...timer, process.execPath, ...args];
    const result = spawnSync(command[0], command.slice(1), { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
    const wall = now() - start;
    if (result.status !== 0 && result.status !== 1) {
        throw new Error(`${args.join(' ')} exited with ${result.status}: ${result.stderr}`);
    }
    const cpu = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(result.stderr ?? '');
    return { wall, cpu: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : undefined };
}

/** `cop check` against the floor (see timeCheckAndFloor). */
interface CheckTimes {
    checkMs: number;
    floorMs: number;
    checkOverFloor: number;
    checkCpuMs: number;
    floorCpuMs: number;
    checkOverFloorCpu: number;
}

/**
 * `cop check` and the floor, `runs` times each, taking turns: the machine is shared, and
 * alternating makes both see the same load, so their ratio means something. Medians. Run
 * after the language server stopped, so that it does not compete for the cores.
 */
function timeCheckAndFloor(checkArgs: string[], jsonFiles: string[]): CheckTimes {
    // The floor: a node process that only reads the plans' JSON and parses it.
    const floorArgs = ['-e', `const fs=require('fs');for(const f of ${JSON.stringify(jsonFiles)})JSON.parse(fs.readFileSync(f,'utf8'));`];
    const check = { walls: [] as number[], cpus: [] as number[] };
    const floor = { walls: [] as number[], cpus: [] as number[] };
    for (let i = 0; i < runs; i++) {
        for (const [args, into] of [
            [[cliPath, ...checkArgs], check],
            [floorArgs, floor]
        ] as const) {
            const { wall, cpu } = timeOnce(args);
            into.walls.push(wall);
            if (cpu !== undefined) into.cpus.push(cpu);
        }
    }
    const checkMs = median(check.walls);
    const floorMs = median(floor.walls);
    const checkCpuMs = check.cpus.length ? median(check.cpus) : NaN;
    const floorCpuMs = floor.cpus.length ? median(floor.cpus) : NaN;
    return { checkMs, floorMs, checkOverFloor: checkMs / floorMs, checkCpuMs, floorCpuMs, checkOverFloorCpu: checkCpuMs / floorCpuMs };
}

/** CPU time (user + system) a process has used so far, in ms; 10 ms resolution. */
function cpuOf(pid: number | undefined): number {
    if (!pid) return NaN;
    try {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
        return (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
        return NaN;
    }
}

function peakMemoryMB(pid: number | undefined): number {
    if (!pid) return NaN;
    try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
        return hwm ? Math.round(Number(hwm[1]) / 1024) : NaN;
    } catch {
        return NaN;
    }
}

async function measureSession(
    client: LspClient,
    uri: string,
    text: string,
    random: () => number
): Promise<Pick<Row, 'editMedianMs' | 'editP95Ms' | 'editCpuMs' | 'completionMs' | 'completionItems' | 'hoverMs'>> {
    const lines = text.split('\n');
    const candidates = dataLines(text);
    const editTimes: number[] = [];
    const editCpu: number[] = [];
    // Each edit comments out an indicator's `data` line (an `indicator-without-data` warning
    // appears), the next one restores it: a one-line change, as typed.
    for (let i = 0; i < editCount; i++) {
        const line = candidates[Math.floor(random() * candidates.length)];
        const original = lines[line];
        const range = { start: { line, character: 0 }, end: { line, character: original.length } };
        let cpu = cpuOf(client.pid);
        const start = now();
        await client.edit(uri, range, commentedOut(original));
        const removed = await client.waitForDiagnostics(
            uri,
            ds => ds.some(d => d.code === 'indicator-without-data' && d.range.start.line === line - 4),
            120_000
        );
        editTimes.push(now() - start);
        editCpu.push(cpuOf(client.pid) - cpu);
        if (!removed) throw new Error('no diagnostic after edit');
        cpu = cpuOf(client.pid);
        const restart = now();
        await client.edit(uri, { start: range.start, end: { line, character: commentedOut(original).length } }, original);
        await client.waitForDiagnostics(uri, ds => !ds.some(d => d.code === 'indicator-without-data'), 120_000);
        editTimes.push(now() - restart);
        editCpu.push(cpuOf(client.pid) - cpu);
    }

    // Completion after `delivers ` in an outcome in the middle of the plan.
    const outcomeLines = lines.flatMap((line, index) => (line.startsWith('    delivers ') ? [index] : []));
    const completionTimes: number[] = [];
    let completionItems = 0;
    for (let i = 0; i < 10; i++) {
        const line = outcomeLines[Math.floor(random() * outcomeLines.length)];
        const start = now();
        const result = await client.request<{ items: unknown[] } | unknown[] | null>('textDocument/completion', {
            textDocument: { uri },
            position: { line, character: '    delivers '.length }
        });
        completionTimes.push(now() - start);
        completionItems = Array.isArray(result) ? result.length : (result?.items.length ?? 0);
    }

    // Hover over a reference (a value named in a shared value).
    const memberLines = lines.flatMap((line, index) => (line.startsWith('    member ') ? [index] : []));
    const hoverTimes: number[] = [];
    for (let i = 0; i < 10; i++) {
        const line = memberLines[Math.floor(random() * memberLines.length)];
        const start = now();
        await client.request('textDocument/hover', { textDocument: { uri }, position: { line, character: '    member '.length + 1 } });
        hoverTimes.push(now() - start);
    }
    return {
        editMedianMs: median(editTimes),
        editP95Ms: p95(editTimes),
        editCpuMs: median(editCpu),
        completionMs: median(completionTimes),
        completionItems,
        hoverMs: median(hoverTimes)
    };
}

/** Stops the server; when profiling, lets it exit by itself so it writes its profile. */
async function stop(client: LspClient): Promise<void> {
    if (profileArgs.length > 0) {
        await client.request('shutdown', null);
        await client.connection.sendNotification('exit');
        for (let i = 0; i < 100 && !client.exited; i++) await new Promise(r => setTimeout(r, 100));
    }
    await client.shutdown();
}

async function benchPlan(size: number): Promise<Row> {
    const folder = join(scratch, `plan-${size}`);
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    const text = generatePlan(size);
    const file = join(folder, 'plan.cop');
    const json = join(scratch, `plan-${size}.json`);
    writeFileSync(file, text);
    writeFileSync(json, planAsJson(text));

    const client = new LspClient([], [...profileArgs, ...values['server-args'].split(' ').filter(Boolean)]);
    let server: Omit<Row, keyof CheckTimes>;
    try {
        await client.initialize(folder);
        const uri = fileUri(file);
        // The workspace scan builds the plan once; opening it is what a user waits for.
        await client.waitForDiagnostics(uri, () => true, 300_000);
        const start = now();
        await client.open(uri, text);
        await client.waitForDiagnostics(uri, () => true, 300_000);
        const openMs = now() - start;
        const session = await measureSession(client, uri, text, prng(size).next);
        const burst = burstCount > 0 ? await measureBurst(client, uri, text, burstCount) : {};
        const serverPeakMB = peakMemoryMB(client.pid);
        if (client.stderr.join('').trim()) throw new Error(`server wrote to stderr: ${client.stderr.join('')}`);
        server = { case: `plan ${size}`, lines: text.split('\n').length, bytes: text.length, openMs, ...session, ...burst, serverPeakMB };
    } finally {
        await stop(client);
    }
    // --root: the plan alone, not also the plans of the repository the scratch folder is in.
    return { ...server, ...timeCheckAndFloor(['check', '--root', folder, file], [json]) };
}

async function benchWorkspace(files: number): Promise<Row> {
    const folder = join(scratch, `workspace-${files}`);
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    const plans = generateWorkspace(files);
    const jsonFiles: string[] = [];
    let lines = 0;
    let bytes = 0;
    for (const [name, text] of plans) {
        writeFileSync(join(folder, name), text);
        const json = join(folder, name.replace(/\.cop$/, '.json'));
        writeFileSync(json, planAsJson(text));
        jsonFiles.push(json);
        lines += text.split('\n').length;
        bytes += text.length;
    }
    const names = [...plans.keys()];
    const middle = names[Math.floor(names.length / 2)];
    const uri = fileUri(join(folder, middle));
    const client = new LspClient([], [...profileArgs, ...values['server-args'].split(' ').filter(Boolean)]);
    let server: Omit<Row, keyof CheckTimes>;
    try {
        // Open → diagnostics here is the start-up: every plan of the folder diagnosed.
        const start = now();
        await client.initialize(folder);
        for (const name of names) await client.waitForDiagnostics(fileUri(join(folder, name)), () => true, 300_000);
        const openMs = now() - start;
        const text = plans.get(middle)!;
        await client.open(uri, text);
        await client.waitForDiagnostics(uri, () => true, 300_000);
        const session = await measureSession(client, uri, text, prng(files).next);
        const burst = burstCount > 0 ? await measureBurst(client, uri, text, burstCount) : {};
        const serverPeakMB = peakMemoryMB(client.pid);
        if (client.stderr.join('').trim()) throw new Error(`server wrote to stderr: ${client.stderr.join('')}`);
        server = { case: `workspace ${files} files`, lines, bytes, openMs, ...session, ...burst, serverPeakMB };
    } finally {
        await stop(client);
    }
    return { ...server, ...timeCheckAndFloor(['check', '--root', folder, folder], jsonFiles) };
}

function table(rows: Row[]): string {
    const columns: Array<[string, (row: Row) => string]> = [
        ['case', row => row.case],
        ['lines', row => String(row.lines)],
        ['open→diag ms', row => row.openMs.toFixed(0)],
        ['edit→diag med/p95 ms', row => `${row.editMedianMs.toFixed(0)} / ${row.editP95Ms.toFixed(0)}`],
        ['edit CPU ms', row => row.editCpuMs.toFixed(0)],
        ['completion ms (items)', row => `${row.completionMs.toFixed(1)} (${row.completionItems})`],
        ['hover ms', row => row.hoverMs.toFixed(1)],
        [
            `burst→hover / →diag ms (publishes)`,
            row => (row.burstHoverMs === undefined ? '—' : `${row.burstHoverMs.toFixed(0)} / ${row.burstDiagMs!.toFixed(0)} (${row.burstPublishes})`)
        ],
        ['server peak MB', row => String(row.serverPeakMB)],
        ['cop check ms', row => row.checkMs.toFixed(0)],
        ['floor ms', row => row.floorMs.toFixed(0)],
        ['check/floor', row => `${row.checkOverFloor.toFixed(1)}×`],
        ['check/floor CPU', row => `${row.checkCpuMs.toFixed(0)}/${row.floorCpuMs.toFixed(0)} = ${row.checkOverFloorCpu.toFixed(1)}×`]
    ];
    const cells = [columns.map(([title]) => title), ...rows.map(row => columns.map(([, cell]) => cell(row)))];
    const widths = columns.map((_, i) => Math.max(...cells.map(line => line[i].length)));
    const format = (line: string[]) => '| ' + line.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ') + ' |';
    return [
        format(cells[0]),
        '|' + widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|',
        ...cells.slice(1).map(format)
    ].join('\n');
}

const rows: Row[] = [];
const startedAt = new Date().toISOString();
const loadBefore = loadavg()[0];
for (const size of sizes) {
    process.stderr.write(`plan of ~${size} lines…\n`);
    rows.push(await benchPlan(size));
}
if (workspaceFiles > 0) {
    process.stderr.write(`workspace of ${workspaceFiles} linked plans…\n`);
    rows.push(await benchWorkspace(workspaceFiles));
}
const diffLines = Number(values.diff);
let diff: Awaited<ReturnType<typeof measureDiff>> | undefined;
if (diffLines > 0) {
    process.stderr.write(`cop diff of two ~${diffLines}-line plans…\n`);
    diff = await measureDiff(diffLines, runs, scratch);
}
const result = {
    startedAt,
    node: process.version,
    cpus: cpus().length,
    loadAverageBefore: loadBefore,
    loadAverageAfter: loadavg()[0],
    editsPerCase: editCount * 2,
    burstChanges: burstCount,
    processRuns: runs,
    rows,
    diff
};
writeFileSync(values.out, JSON.stringify(result, null, 2) + '\n');
console.log(table(rows));
console.log(
    `\nnode ${process.version}, ${cpus().length} cores, load average ${loadBefore.toFixed(2)} → ${loadavg()[0].toFixed(2)}; ` +
        `edits: ${editCount * 2} per case; bursts of ${burstCount} full-text changes; process times: median of ${runs}. Written to ${values.out}.`
);
if (diff) {
    const cpu = diff.processCpuMs === undefined ? '' : ` (CPU ${diff.processCpuMs.toFixed(0)} ms)`;
    console.log(
        `cop diff, two plans of ${diff.lines} lines (${diff.changes} changes): ${diff.processMs.toFixed(0)} ms${cpu} as a process (target ≤ 1000), ` +
            `${diff.compareMs.toFixed(0)} ms (CPU ${diff.compareCpuMs.toFixed(0)} ms) comparing the parsed plans.`
    );
}
