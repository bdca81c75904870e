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

/**
 * Runs `cop ARGS` in this process through the CLI's `main` (cli/run-cli.ts), with the
 * services a process would use: for tests that run many commands (a process start costs
 * more than most commands). A rejection is what the process would print as an internal error.
 */
export async function runCliInProcess(args: string[]): Promise<CliResult> {
    const { main } = await import('../../cli/run-cli.js');
    let stdout = '';
    let stderr = '';
    try {
        const code = await main(args, {
            version: 'test',
            out: text => {
                stdout += text;
            },
            err: text => {
                stderr += text;
            },
            stdoutIsTerminal: false,
            env: process.env,
            readStdin: async () => Buffer.from('')
        });
        return { code, stdout, stderr };
    } catch (error) {
        return { code: 2, stdout, stderr: `${stderr}cop: internal error: ${(error as Error)?.message ?? String(error)}\n` };
    }
}
