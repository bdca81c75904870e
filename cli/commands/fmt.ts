import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createCopCoreServices } from '../../language/cop-core-module.js';
import { formatPlanDocument } from '../../language/formatting/plan-printer.js';
import { writeFileAtomic } from '../atomic-write.js';
import { CliError } from '../cli-error.js';
import { expandPlanPatterns, findPlanFiles, requirePaths } from '../plan-files.js';
import { readPlanFile } from '../plan-workspace.js';
import { displayPath } from '../display-path.js';
import { escapeControls, escapeControlsButLineBreaks } from '../formats/control-chars.js';
import { modeAllowsWriting, modeText } from '../write-permission.js';
import type { CommandContext } from './command.js';

export const fmtHelp = `Usage: cop fmt [options] PATH...

Rewrites plan files (folders are searched for *.cop) in the canonical layout:
4-space indent, one statement a line, one blank line between blocks, comments kept.
Only whitespace changes; a file already in the layout is not touched. A file with
syntax errors is left as it is and reported; so is a file that is not valid UTF-8
(with the byte offset of the first bad byte) or that is read-only (no write bit in
its mode, whoever runs cop, root included).

Options:
  --check      change nothing; list the files that are not in the layout
  -h, --help   show this help

Examples:
  cop fmt plans/
  cop fmt --check 'plans/**/*.cop'      (in CI: exit 1 if a plan would change)

Exit codes: 0 all files formatted (or, with --check, already in the layout),
1 a file has syntax errors (or, with --check, would change), 2 usage or file problems
(a file not UTF-8, read-only, unreadable or binary; the other files are still formatted).`;

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
    const files = findPlanFiles(await expandPlanPatterns(positionals, 'fmt'), 'fmt');
    if (files.length === 0) {
        throw new CliError(`cop fmt: no .cop files found in ${positionals.join(', ')}.`);
    }
    // Formatting needs the syntax tree only: no linking or validation.
    const factory = createCopCoreServices(NodeFileSystem).Cop.shared.workspace.LangiumDocumentFactory;
    let failed = false;
    let fileProblem = false;
    for (const file of files) {
        const shown = displayPath(file);
        // Same refusals as check (unreadable, binary, not UTF-8, too large), but for this file
        // only: the others are still formatted.
        let text: string;
        try {
            text = readPlanFile(file);
        } catch (error) {
            if (!(error instanceof CliError)) throw error;
            context.err(`${escapeControlsButLineBreaks(error.message)}\n`);
            fileProblem = true;
            continue;
        }
        const result = formatPlanDocument(factory.fromString(text, URI.file(file)));
        if (!result.ok) {
            const { line, column, message } = result.refusal;
            context.err(`${escapeControls(shown)}:${line}:${column}: not formatted, the plan has a syntax error: ${escapeControls(message)}\n`);
            failed = true;
            continue;
        }
        if (result.text === text) continue;
        if (values.check) {
            context.out(`${escapeControls(shown)}\n`);
            failed = true;
            continue;
        }
        const stats = statSync(file);
        if (!modeAllowsWriting(stats)) {
            context.err(
                `${escapeControls(shown)}: not formatted: the file is read-only (mode ${modeText(stats.mode)}); make it writable (chmod u+w) to format it.\n`
            );
            fileProblem = true;
            continue;
        }
        writeFileAtomic(file, result.text);
        context.out(`formatted ${escapeControls(shown)}\n`);
    }
    if (fileProblem) return 2;
    return failed ? 1 : 0;
}
