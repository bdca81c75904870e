// The CLI bundle (out/cli-main.js, run by the loader cli/bin.ts): runs the command line of
// this process. The commands themselves are in run-cli.ts, which tests call in-process.
import type { CommandContext } from './commands/command.js';
import { main } from './run-cli.js';

declare const __COP_VERSION__: string;

async function readStdin(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
}

const context: CommandContext = {
    version: typeof __COP_VERSION__ === 'string' ? __COP_VERSION__ : '0.0.0-dev',
    out: text => process.stdout.write(text),
    err: text => process.stderr.write(text),
    stdoutIsTerminal: process.stdout.isTTY === true,
    env: process.env,
    readStdin
};

/**
 * Commands that are done when their promise settles. The process then ends as soon as its
 * output is written, instead of when the event loop empties: V8 still runs garbage-collection
 * tasks it scheduled meanwhile, then Node tears the heap down, which cost `cop check` 25–60 ms
 * after its last line (more on a busy machine). The servers (`mcp`, `playground`) and
 * `measure` (DuckDB's own threads) end the usual way.
 */
const oneShot = new Set(['check', 'fmt', 'export', 'report', 'diff', 'init', '-v', '--version', '-h', '--help', 'help']);

/** Exits with `code` once everything written to stdout and stderr has been handed to the system. */
function exitWhenWritten(code: number): void {
    let pending = 2;
    const done = () => {
        if (--pending === 0) process.exit(code);
    };
    // A stream's callbacks run in order: an empty write's runs after every earlier write's.
    process.stdout.write('', done);
    process.stderr.write('', done);
}

const argv = process.argv.slice(2);
main(argv, context).then(
    code => {
        process.exitCode = code;
        if (oneShot.has(argv[0] ?? '')) exitWhenWritten(code);
    },
    error => {
        process.stderr.write(`cop: internal error: ${(error as Error)?.message ?? String(error)}\n`);
        process.exitCode = 2;
    }
);
