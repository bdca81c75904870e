import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CliError, describeFileError } from '../cli-error.js';
import type { CommandContext } from './command.js';

export const mcpHelp = `Usage: cop mcp [--http PORT] [--root DIR]...

Serves the Model Context Protocol, so that AI assistants can check, explain, evaluate,
format and look up .cop plans: over standard input and output (the default, for clients
that start cop themselves), or over Streamable HTTP on 127.0.0.1 only.

Tools: check, explain, evaluate, catalog_search, format. Resources: the language
reference, the diagnostics page and the built-in catalog. Prompt: draft_plan.
Files are read only inside the workspace roots the client names (MCP roots); a client
without roots gets the folder cop mcp was started in, and --root names them instead.
Plans sent as text may be 2 MB.

Options:
  --http PORT   serve over Streamable HTTP at http://127.0.0.1:PORT/mcp instead of stdio
                (0 picks a free port; the address is printed on stderr). Requests whose
                Host or Origin is not this address are refused (DNS rebinding).
  --root DIR    read files only inside DIR, whatever roots the client names
                (repeatable; for clients that start servers in / or name no roots)
  -h, --help    show this help

Examples:
  cop mcp                        (in a client's configuration: "command": "cop", "args": ["mcp"])
  cop mcp --http 8765
  cop mcp --root ~/plans

Exit codes: 0 the client closed the connection (or Ctrl+C with --http), 2 usage problem
or the port cannot be used. Client configuration: docs/mcp.md.`;

export async function runMcpCommand(args: string[], context: CommandContext): Promise<number> {
    const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
            http: { type: 'string' },
            root: { type: 'string', multiple: true },
            help: { type: 'boolean', short: 'h', default: false }
        }
    });
    if (values.help) {
        context.out(mcpHelp + '\n');
        return 0;
    }
    if (positionals.length > 0)
        throw new CliError(`cop mcp: unexpected argument "${positionals[0]}"; cop mcp takes no files (the client sends them). Run \`cop mcp --help\`.`);
    const httpPort = values.http === undefined ? undefined : parsePort(values.http);
    const fixedRoots = (values.root ?? []).map(requireFolder);
    // Loaded only for `cop mcp`, from its own bundle (out/cli-mcp.js, see scripts/build.mjs):
    // the SDK is not part of what every other command loads.
    const { runMcp } = await import('../../mcp/run-mcp.js');
    try {
        return await runMcp({ version: context.version, httpPort, fallbackRoot: process.cwd(), fixedRoots, log: context.err });
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE') throw new CliError(`cop mcp: port ${httpPort} is in use; choose another with --http PORT (0 picks a free one).`);
        if (code === 'EACCES') throw new CliError(`cop mcp: port ${httpPort} needs privileges; choose a port above 1023.`);
        throw error;
    }
}

/** A `--root` folder, absolute; one that is not a folder is a usage error. */
function requireFolder(path: string): string {
    let isFolder = false;
    try {
        isFolder = statSync(path).isDirectory();
    } catch (error) {
        throw describeFileError(path, error);
    }
    if (!isFolder) throw new CliError(`cop mcp: --root ${path} is not a folder; name the folder whose plans the client may read.`);
    return resolve(path);
}

function parsePort(text: string): number {
    if (!/^\d+$/.test(text) || Number(text) > 65535)
        throw new CliError(`cop mcp: --http "${text}" is not a port; write a number from 0 to 65535 (e.g. --http 8765).`);
    return Number(text);
}
