import { parseArgs } from 'node:util';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createCopCoreServices } from '../../language/cop-core-module.js';
import { formatPlanDocument } from '../../language/formatting/plan-printer.js';
import { writeFileAtomic } from '../atomic-write.js';
import { CliError } from '../cli-error.js';
import { findPlanFiles, requirePaths } from '../plan-files.js';
import { readPlanFile } from '../plan-workspace.js';
import { displayPath } from './check.js';
import type { CommandContext } from './command.js';

export const fmtHelp = `Usage: cop fmt [options] PATH...

Rewrites plan files (folders are searched for *.cop) in the canonical layout:
4-space indent, one statement a line, one blank line between blocks, comments kept.
Only whitespace changes; a file already in the layout is not touched. A file with
syntax errors is left as it is and reported.

Options:
  --check      change nothing; list the files that are not in the layout
  -h, --help   show this help

Exit codes: 0 all files formatted (or, with --check, already in the layout),
1 a file has syntax errors (or, with --check, would change), 2 usage or file problems.`;

export async function runFmt(args: string[], context: CommandContext): Promise<number> {
    const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
            check: { type: 'boolean', default: false },
            help: { type: 'boolean', short: 'h', default: false }
        }
    });
    if (values.help) {
        context.out(fmtHelp + '\n');
        return 0;
    }
    requirePaths(positionals, 'fmt');
    const files = findPlanFiles(positionals);
    if (files.length === 0) {
        throw new CliError(`cop fmt: no .cop files found in ${positionals.join(', ')}.`);
    }
    // Formatting needs the syntax tree only: no linking or validation.
    const factory = createCopCoreServices(NodeFileSystem).Cop.shared.workspace.LangiumDocumentFactory;
    let failed = false;
    for (const file of files) {
        // Same refusals as check: unreadable, binary, or larger than a plan can be.
        const text = readPlanFile(file);
        const result = formatPlanDocument(factory.fromString(text, URI.file(file)));
        const shown = displayPath(file);
        if (!result.ok) {
            const { line, column, message } = result.refusal;
            context.err(`${shown}:${line}:${column}: not formatted, the plan has a syntax error: ${message}\n`);
            failed = true;
            continue;
        }
        if (result.text === text) continue;
        if (values.check) {
            context.out(`${shown}\n`);
            failed = true;
        } else {
            writeFileAtomic(file, result.text);
            context.out(`formatted ${shown}\n`);
        }
    }
    return failed ? 1 : 0;
}

