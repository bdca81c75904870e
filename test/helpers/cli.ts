import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const cliPath = resolve(import.meta.dirname, '../../out/cli.js');

export interface CliResult {
    code: number;
    stdout: string;
    stderr: string;
}

/** Runs `node out/cli.js ARGS` as a process, as a user or CI would. */
export function runCli(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): CliResult {
    const result = spawnSync(process.execPath, [cliPath, ...args], {
        cwd: options.cwd,
        input: options.input,
        encoding: 'utf8',
        env: { ...process.env, ...options.env },
        timeout: 120_000,
        maxBuffer: 256 * 1024 * 1024
    });
    return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export interface InProcessOptions {
    /** The current folder of the run (the process's own is changed for it, and restored). */
    readonly cwd?: string;
    /** Standard input, for `--stdin`. */
    readonly input?: string;
    /** Added to this process's environment, as `runCli`'s `env` is. */
    readonly env?: Record<string, string>;
    /** Whether stdout is a terminal (colour is on exactly then); a pipe by default. */
    readonly stdoutIsTerminal?: boolean;
}

/** Runs in process take turns: each may change the current folder for its whole run. */
let turn: Promise<unknown> = Promise.resolve();

/**
 * Runs `cop ARGS` in this process through the CLI's `main` (cli/run-cli.ts), with the
 * services a process would use: for tests that run many commands (a process start costs
 * more than most commands) and whose subject is the command, not the process (each command
 * keeps a test through `runCli`). A rejection is what the process would print as an
 * internal error. Vitest's default `forks` pool runs a test file in a process of its own,
 * where changing the current folder is allowed.
 */
export function runCliInProcess(args: string[], options: InProcessOptions = {}): Promise<CliResult> {
    const run = turn.then(() => runInProcess(args, options));
    turn = run.catch(() => undefined);
    return run;
}

async function runInProcess(args: string[], options: InProcessOptions): Promise<CliResult> {
    const { main } = await import('../../cli/run-cli.js');
    let stdout = '';
    let stderr = '';
    const home = process.cwd();
    if (options.cwd) process.chdir(options.cwd);
    try {
        const code = await main(args, {
            version: 'test',
            out: text => {
                stdout += text;
            },
            err: text => {
                stderr += text;
            },
            stdoutIsTerminal: options.stdoutIsTerminal ?? false,
            env: { ...process.env, ...options.env },
            readStdin: async () => Buffer.from(options.input ?? '')
        });
        return { code, stdout, stderr };
    } catch (error) {
        return { code: 2, stdout, stderr: `${stderr}cop: internal error: ${(error as Error)?.message ?? String(error)}\n` };
    } finally {
        process.chdir(home);
    }
}
