import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { generatePlan } from '../../bench/generate-plan.js';
import { cliPath } from '../helpers/cli.js';
import { fileUri, LspClient } from '../helpers/lsp-client.js';
import { prng } from '../helpers/prng.js';
import type { HostileCase, HostileFamily, SessionContext } from './hostile-family.js';
import { actualsPlan, defaultFamilies } from './hostile-families.js';

export interface HostileOptions {
    seed: number;
    /** How many cases; families take turns. */
    cases: number;
    families?: HostileFamily[];
    /** Run `cop check` on every file case (off only to run the server alone). */
    cli?: boolean;
    log?: (line: string) => void;
}

export interface HostileFailure {
    family: string;
    label: string;
    kind: 'crash' | 'hang' | 'false-clean' | 'error';
    what: string;
    file?: string;
}

export interface HostileReport {
    seed: number;
    /** Hostile inputs sent: files checked, plus the messages of the session families. */
    inputs: number;
    cases: number;
    cliRuns: number;
    crashes: number;
    hangs: number;
    falseClean: number;
    maxAnswerMs: number;
    failures: HostileFailure[];
}

/** Every request must be answered within this (the brief: 5 s), diagnostics of a file case too. */
export const ANSWER_BOUND_MS = 5_000;
/** The CLI starts a process per run; on a loaded machine that alone can take seconds. */
const CLI_BOUND_MS = 60_000;
const stackTrace = /\n\s+at .+\(|\bat (?:async )?\S+ \(\S+:\d+:\d+\)/;
const repoRoot = resolve(import.meta.dirname, '../..');

/** Well-formed plans to damage: the examples and a generated plan (line starts are outside strings in all of them). */
function bases(): string[] {
    const folder = join(repoRoot, 'examples');
    const texts = existsSync(folder)
        ? readdirSync(folder)
              .filter(name => name.endsWith('.cop'))
              .map(name => readFileSync(join(folder, name), 'utf8'))
        : [];
    return [...texts, generatePlan(200), actualsPlan];
}

function runCheck(file: string): Promise<{ code: number | null; stdout: string; stderr: string; timedOut: boolean }> {
    return new Promise(resolveRun => {
        const child = spawn(process.execPath, [cliPath, 'check', file], { stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', chunk => {
            stdout += chunk;
        });
        child.stderr.on('data', chunk => {
            stderr += chunk;
        });
        const timer = setTimeout(() => child.kill('SIGKILL'), CLI_BOUND_MS);
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            resolveRun({ code, stdout, stderr, timedOut: signal === 'SIGKILL' });
        });
    });
}

/**
 * Hostile inputs against one server session and against `cop check`: the families take
 * turns (hostile-families.ts lists them). File cases are written into the server's workspace
 * folder (announced as created files; text cases are also opened as an editor would) and
 * checked by the CLI. Counted: crashes (the server exits, logs an error or a stack trace; the
 * CLI exits with an unknown code or a stack trace), hangs (anything unanswered within
 * ANSWER_BOUND_MS) and false cleans (a case known to hold an error with no error from the
 * server, or from `cop check`, or `cop check` exiting 0).
 */
export async function runHostile(options: HostileOptions): Promise<HostileReport> {
    const random = prng(options.seed);
    const families = options.families ?? defaultFamilies;
    const log = options.log ?? (() => undefined);
    const texts = bases();
    const report: HostileReport = { seed: options.seed, inputs: 0, cases: 0, cliRuns: 0, crashes: 0, hangs: 0, falseClean: 0, maxAnswerMs: 0, failures: [] };
    const root = mkdtempSync(join(tmpdir(), 'cop-hostile-'));
    const failureFolder = join(repoRoot, 'test-output', 'fuzz-hostile');
    let current = { family: '', label: '', files: {} as Record<string, string | Uint8Array> };

    const fail = (kind: HostileFailure['kind'], what: string) => {
        let file: string | undefined;
        if (Object.keys(current.files).length > 0) {
            file = join(failureFolder, `seed-${options.seed}-case-${report.cases - 1}`);
            mkdirSync(file, { recursive: true });
            for (const [name, content] of Object.entries(current.files)) writeFileSync(join(file, name), content);
        }
        report.failures.push({ family: current.family, label: current.label, kind, what, file });
        if (kind === 'crash') report.crashes++;
        else if (kind === 'hang') report.hangs++;
        else if (kind === 'false-clean') report.falseClean++;
        log(`FAIL ${kind} [${current.family}: ${current.label}] ${what}${file ? `\n  input: ${file}` : ''}`);
    };

    const client = new LspClient();
    client.connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
        if (params.type === 1 || stackTrace.test(params.message)) fail('crash', `server logged: ${params.message.slice(0, 400)}`);
    });

    const answered: SessionContext['answered'] = async (what, request) => {
        const started = performance.now();
        let timer: NodeJS.Timeout | undefined;
        try {
            const result = await Promise.race([
                request,
                new Promise<never>((_, reject) => {
                    timer = setTimeout(() => reject(new Error('unanswered')), ANSWER_BOUND_MS);
                })
            ]);
            return { result };
        } catch (error) {
            if (error instanceof Error && error.message === 'unanswered') {
                fail('hang', `${what}: no answer within ${ANSWER_BOUND_MS} ms`);
                return undefined;
            }
            const { code, message } = error as { code?: number; message?: string };
            if (code === undefined) fail('error', `${what}: ${String(message).slice(0, 300)}`);
            // A JSON-RPC error is an answer; an internal error (-32603) to a hostile request is a crash of that request.
            else if (code === -32603) fail('crash', `${what}: internal error ${String(message).slice(0, 300)}`);
            return { error: { code, message } };
        } finally {
            clearTimeout(timer);
            report.maxAnswerMs = Math.max(report.maxAnswerMs, performance.now() - started);
        }
    };

    const context: SessionContext = {
        client,
        answered,
        fail: what => fail('error', what),
        count: inputs => {
            report.inputs += inputs;
        },
        uri: name => fileUri(join(root, 'session', name))
    };

    try {
        await client.initialize(root);
        for (let index = 0; index < options.cases; index++) {
            const family = families[index % families.length];
            const base = random.pick(texts);
            report.cases++;
            try {
                if (family.kind === 'session') {
                    current = { family: family.name, label: 'session', files: {} };
                    await family.run(context, random, base);
                } else {
                    const hostile = family.make(random, base);
                    current = { family: family.name, label: hostile.label, files: { 'plan.cop': hostile.plan, ...hostile.files } };
                    report.inputs++;
                    await checkCase(hostile, join(root, `case-${index}`), random.chance(0.5));
                }
            } catch (error) {
                // A notification to a server that has gone throws "Connection is closed"; the
                // failure worth reporting is the server's end, with the case that caused it.
                await new Promise(wake => setTimeout(wake, 200));
                if (!client.exited) throw error;
            }
            if (client.exited) {
                await new Promise(wake => setTimeout(wake, 200));
                fail('crash', client.exitReport);
                break;
            }
            log(`case ${index} [${current.family}: ${current.label}]`);
            if ((index + 1) % 50 === 0) {
                log(
                    `PROGRESS ${index + 1} cases, ${report.inputs} inputs, ${report.cliRuns} cop check runs; ${report.crashes} crashes, ${report.hangs} hangs, ` +
                        `${report.falseClean} false clean; longest answer ${report.maxAnswerMs.toFixed(0)} ms`
                );
            }
        }
        const stderr = client.stderr.join('');
        if (stderr.trim()) fail('crash', `server stderr: ${stderr.slice(0, 1000)}`);
    } finally {
        await client.shutdown();
        rmSync(root, { recursive: true, force: true });
    }
    return report;

    async function checkCase(hostile: HostileCase, folder: string, open: boolean): Promise<void> {
        mkdirSync(folder, { recursive: true });
        const files = { 'plan.cop': hostile.plan, ...hostile.files };
        for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
        const planUri = fileUri(join(folder, 'plan.cop'));
        const uris = Object.keys(files).map(name => fileUri(join(folder, name)));
        await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: uris.map(uri => ({ uri, type: 1 })) });
        const opened = open && typeof hostile.plan === 'string';
        if (opened) await client.open(planUri, hostile.plan as string);
        const diagnostics = (
            await answered(
                'diagnostics',
                client.waitForDiagnostics(planUri, () => true, ANSWER_BOUND_MS + 1000)
            )
        )?.result as Diagnostic[] | undefined;
        if (diagnostics) {
            for (const diagnostic of diagnostics) {
                if (stackTrace.test(String(diagnostic.message))) fail('crash', `stack trace in a diagnostic: ${String(diagnostic.message).slice(0, 300)}`);
            }
            if (hostile.knownError && !diagnostics.some(d => d.severity === 1)) {
                fail('false-clean', `server: no error diagnostic (${diagnostics.map(d => d.code).join(', ') || 'none'})`);
            }
            await answered(
                'hover',
                client.request('textDocument/hover', { textDocument: { uri: planUri }, position: { line: random.int(12), character: random.int(20) } })
            );
            await answered(
                'completion',
                client.request('textDocument/completion', { textDocument: { uri: planUri }, position: { line: random.int(12), character: random.int(20) } })
            );
        }
        if (options.cli !== false) {
            report.cliRuns++;
            const result = await runCheck(join(folder, 'plan.cop'));
            if (result.timedOut) fail('hang', `cop check did not finish within ${CLI_BOUND_MS} ms`);
            else if (result.code !== 0 && result.code !== 1 && !(result.code === 2 && result.stderr.includes('plan.cop')))
                fail('crash', `cop check exited with ${result.code}: ${result.stderr.slice(0, 300)}`);
            else if (stackTrace.test(result.stderr) || stackTrace.test(result.stdout))
                fail('crash', `cop check printed a stack trace: ${result.stderr.slice(0, 300)}`);
            else if (hostile.knownError && (result.code === 0 || (result.code === 1 && !/\berror\b/.test(result.stdout)))) {
                fail('false-clean', `cop check exited ${result.code} without an error: ${result.stdout.slice(-300)}`);
            }
        }
        // Leave the workspace as it was: the next case must not pay for this one.
        if (opened) await client.close(planUri);
        await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: uris.map(uri => ({ uri, type: 3 })) });
        rmSync(folder, { recursive: true, force: true });
    }
}
