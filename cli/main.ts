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

main(process.argv.slice(2), context).then(
    code => {
        process.exitCode = code;
    },
    error => {
        process.stderr.write(`cop: internal error: ${(error as Error)?.message ?? String(error)}\n`);
        process.exitCode = 2;
    }
);
