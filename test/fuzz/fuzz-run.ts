import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { generatePlan } from '../../bench/generate-plan.js';
import { runCliInProcess } from '../helpers/cli.js';
import { LspClient } from '../helpers/lsp-client.js';
import { mutate } from './mutations.js';
import { prng, type Random } from '../helpers/prng.js';

export interface FuzzOptions {
    seed: number;
    /** Edits streamed into the one server session. */
    iterations: number;
    /** How many of the mutated plans also go through the CLI commands. */
    cliSamples: number;
    /** Where failing inputs are written, to replay by hand. */
    failureFolder?: string;
    log?: (line: string) => void;
}

export interface FuzzFailure {
    seed: number;
    iteration: number;
    what: string;
    mutations: string[];
    file?: string;
}

export interface FuzzReport {
    seed: number;
    iterations: number;
    requests: number;
    cancelled: number;
    cliRuns: number;
    failures: FuzzFailure[];
}

const repoRoot = resolve(import.meta.dirname, '../..');
/** How long the server may take to answer anything, even for a megabyte of input. */
const ANSWER_TIMEOUT_MS = 60_000;
/** LSP error codes for a request overtaken by an edit: allowed, counted. */
const cancellationCodes = new Set([-32800, -32801, -32802]);
const stackTrace = /\n\s+at .+\(|\bat (?:async )?\S+ \(\S+:\d+:\d+\)/;

/** The plans the mutations start from: the examples, the test plans, a generated plan. */
export function corpus(): string[] {
    const texts: string[] = [];
    const collect = (folder: string) => {
        if (!existsSync(folder)) return;
        for (const entry of readdirSync(folder, { withFileTypes: true })) {
            const path = join(folder, entry.name);
            if (entry.isDirectory()) collect(path);
            else if (entry.name.endsWith('.cop')) texts.push(readFileSync(path, 'utf8'));
        }
    };
    collect(join(repoRoot, 'examples'));
    collect(join(repoRoot, 'test'));
    texts.push(generatePlan(300));
    return texts;
}

/** The commands a sample goes through: `check` always; `fmt --check`, `export` (each format) and `report` when they exist. */
async function cliCommands(): Promise<string[][]> {
    const help = (await runCliInProcess(['--help'])).stdout;
    const commands = [['check']];
    if (/^\s+fmt\b/m.test(help)) commands.push(['fmt', '--check']);
    if (/^\s+export\b/m.test(help)) commands.push(['export', '--format', 'json'], ['export', '--format', 'md'], ['export', '--format', 'html']);
    if (/^\s+report\b/m.test(help)) commands.push(['report']);
    return commands;
}

/** The smallest single-range edit that turns `before` into `after`, in LSP positions. */
function rangeEdit(before: string, after: string) {
    let start = 0;
    const limit = Math.min(before.length, after.length);
    while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
    let end = 0;
    while (end < limit - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
    // Never split a \r\n pair or a surrogate pair at the edges of the range.
    const splits = (offset: number) =>
        offset > 0 &&
        offset < before.length &&
        ((before[offset - 1] === '\r' && before[offset] === '\n') ||
            (isHighSurrogate(before.charCodeAt(offset - 1)) && isLowSurrogate(before.charCodeAt(offset))));
    while (splits(start)) start--;
    while (end > 0 && splits(before.length - end)) end--;
    return {
        range: { start: positionAt(before, start), end: positionAt(before, before.length - end) },
        text: after.slice(start, after.length - end)
    };
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Line and character of an offset, with `\r\n`, `\r` and `\n` as line ends (as LSP counts). */
function positionAt(text: string, offset: number) {
    let line = 0;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
        const code = text.charCodeAt(i);
        if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, character: offset - lineStart };
}

function randomPosition(text: string, random: Random) {
    const lines = text.split(/\r\n|\r|\n/);
    const line = random.int(lines.length + 1); // sometimes one past the end
    const length = lines[line]?.length ?? 0;
    return { line, character: random.int(length + 2) };
}

/**
 * Streams mutated plans as edits into ONE language server session. After each edit the
 * server must publish diagnostics and answer a completion and a hover at a random position;
 * it must not exit, log an error or show a stack trace. A sample of the mutated plans goes
 * through the CLI, which must answer with a known exit code and no stack trace.
 */
export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
    const random = prng(options.seed);
    const log = options.log ?? (() => undefined);
    const texts = corpus();
    const failures: FuzzFailure[] = [];
    const report: FuzzReport = { seed: options.seed, iterations: 0, requests: 0, cancelled: 0, cliRuns: 0, failures };
    const failureFolder = options.failureFolder ?? join(repoRoot, 'test-output', 'fuzz');
    let current: { iteration: number; mutations: string[]; text: string } = { iteration: -1, mutations: [], text: '' };

    const fail = (what: string) => {
        let file: string | undefined;
        try {
            mkdirSync(failureFolder, { recursive: true });
            file = join(failureFolder, `seed-${options.seed}-iteration-${current.iteration}.cop`);
            writeFileSync(file, current.text);
        } catch {
            // the report still names seed and iteration
        }
        failures.push({ seed: options.seed, iteration: current.iteration, what, mutations: current.mutations, file });
        log(
            `FAIL seed ${options.seed} iteration ${current.iteration} [${current.mutations.join(', ')}]: ${what}` +
                `\n  replay: npm run fuzz -- --seed ${options.seed} --iterations ${current.iteration + 1}${file ? `\n  input: ${file}` : ''}`
        );
    };

    const client = new LspClient();
    client.connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
        if (params.type === 1 || stackTrace.test(params.message)) fail(`server logged: ${params.message.slice(0, 500)}`);
    });
    client.connection.onNotification('window/showMessage', (params: { type: number; message: string }) => {
        if (params.type === 1) fail(`server showed an error: ${params.message.slice(0, 500)}`);
    });

    const answered = async <T>(what: string, request: Promise<T>): Promise<T | undefined> => {
        report.requests++;
        let timer: NodeJS.Timeout | undefined;
        try {
            return await Promise.race([
                request,
                new Promise<never>((_, reject) => {
                    timer = setTimeout(() => reject(new Error('unanswered')), ANSWER_TIMEOUT_MS);
                })
            ]);
        } catch (error) {
            const code = (error as { code?: number }).code;
            if (code !== undefined && cancellationCodes.has(code)) {
                report.cancelled++;
            } else {
                fail(`${what}: ${(error as Error).message?.slice(0, 500)}`);
            }
            return undefined;
        } finally {
            clearTimeout(timer);
        }
    };

    const commands = options.cliSamples > 0 ? await cliCommands() : [];
    const cliEvery = Math.max(1, Math.floor(options.iterations / Math.max(1, options.cliSamples)));
    const scratch = mkdtempSync(join(tmpdir(), 'cop-fuzz-'));
    const uri = 'file:///fuzz/plan.cop';
    try {
        await client.initialize();
        let text = random.pick(texts);
        await client.open(uri, text);
        await answered(
            'diagnostics after open',
            client.waitForDiagnostics(uri, () => true, ANSWER_TIMEOUT_MS)
        );
        for (let iteration = 0; iteration < options.iterations; iteration++) {
            report.iterations++;
            // Mostly keep typing into the damaged plan; now and then start again from a clean one.
            const base = random.chance(0.25) || text.length > 4_000_000 ? random.pick(texts) : text;
            const mutated = mutate(base, random);
            current = { iteration, mutations: mutated.applied, text: mutated.text };
            if (random.chance(0.5)) {
                const edit = rangeEdit(text, mutated.text);
                await client.edit(uri, edit.range, edit.text);
            } else {
                await client.change(uri, mutated.text);
            }
            text = mutated.text;
            const diagnostics = await answered(
                'diagnostics after edit',
                client.waitForDiagnostics(uri, () => true, ANSWER_TIMEOUT_MS)
            );
            for (const diagnostic of diagnostics ?? []) {
                const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
                if (stackTrace.test(message)) fail(`stack trace in a diagnostic: ${message.slice(0, 500)}`);
            }
            await answered('completion', client.request('textDocument/completion', { textDocument: { uri }, position: randomPosition(text, random) }));
            await answered('hover', client.request('textDocument/hover', { textDocument: { uri }, position: randomPosition(text, random) }));
            if (client.exited) {
                fail('the server exited');
                break;
            }
            if (commands.length > 0 && iteration % cliEvery === cliEvery - 1) {
                // A folder of its own: `cop export` also loads the plan's folder-mates.
                const folder = join(scratch, `sample-${iteration}`);
                mkdirSync(folder);
                const file = join(folder, 'plan.cop');
                writeFileSync(file, text);
                for (const command of commands) {
                    report.cliRuns++;
                    // In process (cli/run-cli.ts `main`): 18 process starts were most of this test's time.
                    const shown = `cop ${command.join(' ')}`;
                    let timer: ReturnType<typeof setTimeout> | undefined;
                    const result = await Promise.race([
                        runCliInProcess([...command, file]),
                        new Promise<{ error: Error }>(resolveTimeout => {
                            timer = setTimeout(() => resolveTimeout({ error: new Error(`no answer within ${ANSWER_TIMEOUT_MS} ms`) }), ANSWER_TIMEOUT_MS);
                        })
                    ]).finally(() => clearTimeout(timer));
                    if ('error' in result) fail(`${shown}: ${result.error.message}`);
                    // 0 and 1 are verdicts on the plan; 2 is a file cop refuses (binary, too large), which must be named.
                    else if (result.code !== 0 && result.code !== 1 && !(result.code === 2 && result.stderr.includes(basename(file)))) {
                        fail(`${shown} exited with ${result.code}: ${result.stderr.slice(0, 500)}`);
                    } else if (/internal error/i.test(result.stderr) || stackTrace.test(result.stderr) || stackTrace.test(result.stdout))
                        fail(`${shown}: ${result.stderr.slice(0, 500)}`);
                }
            }
            log(`iteration ${iteration}: ${mutated.applied.join(', ')} → ${text.length} chars, ${diagnostics?.length ?? '?'} diagnostics`);
        }
        const stderr = client.stderr.join('');
        if (stderr.trim()) fail(`server stderr: ${stderr.slice(0, 1000)}`);
    } finally {
        await client.shutdown();
        rmSync(scratch, { recursive: true, force: true });
    }
    return report;
}
