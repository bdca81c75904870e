import { URI } from 'langium';
import { DocumentPhaseError } from '../language/workspace/document-phase-error.js';
import { CliError } from './cli-error.js';
import { displayPath } from './display-path.js';
import type { Command, CommandContext } from './commands/command.js';
import { planTemplates } from '../language/templates/index.js';
import { escapeControlsButLineBreaks } from './formats/control-chars.js';

/**
 * Each command's module is loaded when it runs: the CLI bundle then sets up only what the
 * command needs (the playground's HTTP server, git, markdown-it, zlib and the other
 * commands' Node modules cost every `cop check` about 10 ms of start-up when loaded at once).
 */
const commands: Record<string, { load: () => Promise<Command>; summary: string }> = {
    check: { load: async () => (await import('./commands/check.js')).runCheck, summary: 'check plans and print diagnostics (text, json, sarif, github)' },
    fmt: { load: async () => (await import('./commands/fmt.js')).runFmt, summary: 'rewrite plans in the canonical layout (--check: only list them)' },
    export: { load: async () => (await import('./commands/export.js')).runExport, summary: 'render a plan as json, md or a standalone html page' },
    report: { load: async () => (await import('./commands/report.js')).runReport, summary: 'write the one-page executive impact report of a plan (html)' },
    diff: { load: async () => (await import('./commands/diff.js')).runDiff, summary: 'compare plans by meaning: OLD NEW, or --git REV (text, json, markdown)' },
    // The template names come from the templates themselves, so the summary never goes stale.
    init: {
        load: async () => (await import('./commands/init.js')).runInit,
        summary: `start a new plan from a template (${planTemplates.map(template => template.name).join(', ')})`
    },
    measure: { load: async () => (await import('./commands/measure.js')).runMeasure, summary: 'compute indicators and influences from event files (DuckDB)' },
    mcp: {
        load: async () => (await import('./commands/mcp.js')).runMcpCommand,
        summary: 'serve the Model Context Protocol for AI assistants (stdio, or --http PORT)'
    },
    playground: {
        load: async () => (await import('./commands/playground.js')).runPlayground,
        summary: 'open the playground (editor and live preview in the browser) on 127.0.0.1'
    }
};

function mainHelp(): string {
    const width = Math.max(...Object.keys(commands).map(name => name.length));
    const list = Object.entries(commands)
        .map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`)
        .join('\n');
    return `Usage: cop <command> [options]

Plans for Communities of Practice, written as code.

Commands:
${list}

Options:
  -h, --help     show help (also: cop <command> --help)
  -v, --version  show the version

Examples:
  cop init plans/support.cop
  cop check plans/
  cop fmt plans/
  cop diff --git main --fail-on target-lowered
  cop export plans/support.cop --format html -o support.html

Exit codes: 0 clean (or warnings only), 1 errors, 2 usage, file or internal problem.
Every command and flag: docs/cli.md.
`;
}

/** Runs one `cop` command line; returns the exit code. Every failure prints one line on stderr. */
export async function main(argv: string[], context: CommandContext): Promise<number> {
    const [name, ...rest] = argv;
    if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
        context.out(mainHelp());
        return name === undefined ? 2 : 0;
    }
    if (name === '-v' || name === '--version') {
        context.out(`${context.version}\n`);
        return 0;
    }
    const command = commands[name];
    if (!command) {
        context.err(`cop: unknown command "${escapeControlsButLineBreaks(name)}". Run \`cop --help\` for the list.\n`);
        return 2;
    }
    try {
        const run = await command.load();
        return await run(rest, context);
    } catch (error) {
        // Messages name files and repeat arguments: shown, never interpreted by the terminal.
        if (error instanceof CliError) {
            context.err(`${escapeControlsButLineBreaks(error.message)}\n`);
            return error.exitCode;
        }
        if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
            context.err(`cop ${name}: ${escapeControlsButLineBreaks((error as Error).message)}. Run \`cop ${name} --help\`.\n`);
            return 2;
        }
        if (error instanceof DocumentPhaseError) {
            const where = displayPath(URI.parse(error.uri).fsPath);
            context.err(
                `cop ${name}: internal error in ${escapeControlsButLineBreaks(where)} while ${escapeControlsButLineBreaks(error.message)}. This is a bug of cop, not of the plan; please report it at https://github.com/cop-tools/cop-lang/issues.\n`
            );
            if (context.env.COP_DEBUG) context.err(`${(error.cause as Error)?.stack}\n`);
            return 2;
        }
        // A bug of ours: one clear line, never a stack trace (set COP_DEBUG=1 to see it).
        context.err(
            `cop ${name}: internal error: ${escapeControlsButLineBreaks((error as Error)?.message ?? String(error))}. Please report it at https://github.com/cop-tools/cop-lang/issues.\n`
        );
        if (context.env.COP_DEBUG) context.err(`${(error as Error)?.stack}\n`);
        return 2;
    }
}
