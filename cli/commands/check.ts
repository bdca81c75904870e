import { relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { comparePlanDiagnostics, toPlanDiagnostic } from '../../language/diagnostics/plan-diagnostic.js';
import { CliError } from '../cli-error.js';
import type { FileReport } from '../formats/file-report.js';
import { countBySeverity } from '../formats/file-report.js';
import { formatJson } from '../formats/json-format.js';
import { formatSarif } from '../formats/sarif-format.js';
import { formatText } from '../formats/text-format.js';
import { findPlanFiles, requirePaths } from '../plan-files.js';
import { loadPlans } from '../plan-workspace.js';
import type { CommandContext } from './command.js';
import { parseAsOf } from '../as-of-option.js';

export const checkHelp = `Usage: cop check [options] PATH...

Checks plan files (folders are searched for *.cop) linked together, so references
between plans resolve. Prints every diagnostic with its stable code.

Options:
  --format text|json|sarif   output format (default: text)
  --strict                   exit 1 on warnings too, not only on errors
  --as-of DATE               judge statuses and stale data as of DATE (YYYY-MM-DD; default today)
  --catalog FILE             also use this catalog for every plan, as the editor's
                             cop.catalogs setting does (repeatable; relative to the current folder)
  -h, --help                 show this help

Exit codes: 0 no errors, 1 errors (or warnings with --strict), 2 usage or file problems.`;

export async function runCheck(args: string[], context: CommandContext): Promise<number> {
    const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
            format: { type: 'string', default: 'text' },
            strict: { type: 'boolean', default: false },
            'as-of': { type: 'string' },
            catalog: { type: 'string', multiple: true },
            help: { type: 'boolean', short: 'h', default: false }
        }
    });
    if (values.help) {
        context.out(checkHelp + '\n');
        return 0;
    }
    const format = values.format;
    if (format !== 'text' && format !== 'json' && format !== 'sarif') {
        throw new CliError(`cop check: unknown format "${format}"; use text, json or sarif.`);
    }
    requirePaths(positionals, 'check');
    const files = findPlanFiles(positionals);
    if (files.length === 0) {
        throw new CliError(`cop check: no .cop files found in ${positionals.join(', ')}.`);
    }
    const asOf = parseAsOf(values['as-of'], 'check');
    const { documents } = await loadPlans(files, { asOf, catalogs: values.catalog });
    const reports: FileReport[] = documents.map(document => ({
        file: displayPath(document.uri.fsPath),
        diagnostics: (document.diagnostics ?? []).map(toPlanDiagnostic).sort(comparePlanDiagnostics),
        text: document.textDocument.getText()
    }));
    const counts = countBySeverity(reports);
    const exitCode = counts.error > 0 || (values.strict && counts.warning > 0) ? 1 : 0;
    context.out(format === 'json' ? formatJson(reports)
        : format === 'sarif' ? formatSarif(reports, { version: context.version, argv: ['check', ...args], exitCode })
        : formatText(reports));
    return exitCode;
}

export function displayPath(path: string): string {
    const shown = relative(process.cwd(), path) || path;
    return shown.split(sep).join('/');
}
