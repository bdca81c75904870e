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
