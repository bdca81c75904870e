import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { comparePlanDiagnostics, toPlanDiagnostic } from '../../language/diagnostics/plan-diagnostic.js';
import { MAX_PLAN_BYTES, megabytes } from '../../language/parser/plan-size.js';
import { parseAsOf } from '../as-of-option.js';
import { CliError } from '../cli-error.js';
import { colourFlag, colours, colourWanted } from '../colour.js';
import { displayPath } from '../display-path.js';
import type { FileReport } from '../formats/file-report.js';
import { countBySeverity } from '../formats/file-report.js';
import { formatGithub } from '../formats/github-format.js';
import { formatJson } from '../formats/json-format.js';
import { formatText } from '../formats/text-format.js';
import { reportInternalErrors } from '../internal-errors.js';
import { INTERNAL_ERROR } from '../../language/validation/internal-failure.js';
import { expandPlanPatterns, findPlanFiles, neighbourPlans, requirePaths, requirePlanExtension } from '../plan-files.js';
import { firstInvalidUtf8Byte } from '../plan-text.js';
import { loadPlans } from '../plan-workspace.js';
import type { CommandContext } from './command.js';

export const checkHelp = `Usage: cop check [options] PATH...
       cop check [options] --stdin --stdin-filename NAME

Checks plan files, folders (searched for *.cop) and glob patterns, and prints every
diagnostic with its stable code. The other plans of each file's workspace (the
repository it is in, or its folder; --root DIR to choose) are loaded too, so
references between plans resolve, but only the named files are reported.

Options:
  --format text|json|sarif|github
                             output format (default: text); github prints workflow
                             commands that annotate a pull request
  --quiet                    report errors only (warnings still count for --max-warnings)
  --max-warnings N           exit 1 when there are more than N warnings
  --strict                   exit 1 on any warning (the same as --max-warnings 0)
  --stdin                    check the plan read from standard input...
  --stdin-filename NAME      ...reported as NAME (a .cop path; required with --stdin),
                             linked with the plans of NAME's workspace
  --root DIR                 link with the plans under DIR instead of the repository
  --color, --no-color        force colour on or off (default: on when stdout is a
                             terminal and NO_COLOR is not set)
  --as-of DATE               judge statuses and stale data as of DATE (YYYY-MM-DD; default today)
  --data                     also read each plan's sources (event files) and check
                             them: files, columns, times (DuckDB; no figure computed)
  --catalog FILE             also use this catalog for every plan, as the editor's
                             cop.catalogs setting does (repeatable; relative to the current folder)
  -h, --help                 show this help

Examples:
  cop check plans/
  cop check 'plans/**/*.cop' --max-warnings 10
  cop check --format github plans/            (in GitHub Actions)
  cop check --format sarif plans/ > cop.sarif
  git diff --cached --name-only -- '*.cop' | xargs cop check      (a pre-commit hook)
  cat draft.cop | cop check --stdin --stdin-filename plans/draft.cop

Exit codes: 0 no errors (warnings allowed), 1 errors or more warnings than allowed,
2 usage, file or internal problem (one line on stderr says which).`;

const formats = ['text', 'json', 'sarif', 'github'] as const;
type Format = (typeof formats)[number];

export async function runCheck(args: string[], context: CommandContext): Promise<number> {
    const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
            format: { type: 'string', default: 'text' },
            strict: { type: 'boolean', default: false },
            quiet: { type: 'boolean', default: false },
            'max-warnings': { type: 'string' },
            stdin: { type: 'boolean', default: false },
            'stdin-filename': { type: 'string' },
            root: { type: 'string' },
            color: { type: 'boolean' },
            'no-color': { type: 'boolean' },
            'as-of': { type: 'string' },
            catalog: { type: 'string', multiple: true },
            data: { type: 'boolean', default: false },
            help: { type: 'boolean', short: 'h', default: false }
        }
    });
    if (values.help) {
        context.out(checkHelp + '\n');
        return 0;
    }
    const format = values.format as Format;
    if (!formats.includes(format)) {
        throw new CliError(`cop check: unknown format "${values.format}"; use text, json, sarif or github.`);
    }
    const maxWarnings = parseMaxWarnings(values['max-warnings']);
    const allowedWarnings = values.strict ? 0 : maxWarnings;
    const asOf = parseAsOf(values['as-of'], 'check');
    const root = values.root;

    let files: string[];
    let sources: Map<string, string> | undefined;
    if (values.stdin) {
        const name = values['stdin-filename'];
        if (positionals.length > 0) throw new CliError('cop check: with --stdin, name no files; the plan is read from standard input.');
        if (name === undefined)
            throw new CliError(
                'cop check: --stdin needs --stdin-filename NAME, the .cop path to report the plan under (e.g. `--stdin-filename plans/draft.cop`).'
            );
        requirePlanExtension(name, 'check');
        const file = resolve(name);
        sources = new Map([[file, stdinText(await context.readStdin(), name)]]);
        files = [file];
    } else {
        if (values['stdin-filename'] !== undefined)
            throw new CliError('cop check: --stdin-filename is for --stdin; add --stdin to read the plan from standard input.');
        requirePaths(positionals, 'check');
        files = findPlanFiles(await expandPlanPatterns(positionals, 'check'), 'check');
        if (files.length === 0) throw new CliError(`cop check: no .cop files found in ${positionals.join(', ')}.`);
    }
    // The stdin plan's folder may not exist (an editor buffer not saved yet): no neighbours then.
    const linked = files.filter(file => !sources?.has(file) || existsSync(dirname(file)));
    const neighbours = neighbourPlans(linked, root);
    const { documents } = await loadPlans(files, { asOf, catalogs: values.catalog, neighbours, sources, createServices: context.createServices });

    const all: FileReport[] = [];
    // The data checks (DuckDB, event files) load only with --data.
    const dataChecks = values.data ? await import('../measure/check-data.js') : undefined;
    for (const document of documents) {
        const data = dataChecks ? await dataChecks.dataDiagnostics(document, asOf) : [];
        all.push({
            file: displayPath(document.uri.fsPath),
            diagnostics: [...(document.diagnostics ?? []).map(toPlanDiagnostic), ...data].sort(comparePlanDiagnostics),
            text: document.textDocument.getText()
        });
    }
    const reports = values.quiet ? all.map(report => ({ ...report, diagnostics: report.diagnostics.filter(d => d.severity === 'error') })) : all;
    const counts = countBySeverity(all);
    const internal = all.some(report => report.diagnostics.some(d => d.code === INTERNAL_ERROR));
    const overWarnings = allowedWarnings !== undefined && counts.warning > allowedWarnings;
    const exitCode = internal ? 2 : counts.error > 0 || overWarnings ? 1 : 0;
    const colour = colourWanted(colourFlag(args), context.stdoutIsTerminal, context.env);
    // SARIF's module (rule help from docs/diagnostics.md, Node's crypto) loads only for SARIF.
    const sarif = format === 'sarif' ? await import('../formats/sarif-format.js') : undefined;
    context.out(
        format === 'json'
            ? formatJson(reports)
            : sarif
              ? sarif.formatSarif(reports, { version: context.version, argv: ['check', ...args], exitCode })
              : format === 'github'
                ? formatGithub(reports)
                : formatText(reports, colours(colour))
    );

    reportInternalErrors('check', documents, context.err);
    if (exitCode === 1 && counts.error === 0) {
        context.err(
            `cop check: ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, more than the ${allowedWarnings} allowed by ${values.strict ? '--strict' : '--max-warnings'}.\n`
        );
    }
    return exitCode;
}

function parseMaxWarnings(text: string | undefined): number | undefined {
    if (text === undefined) return undefined;
    if (!/^\d+$/.test(text)) throw new CliError(`cop check: --max-warnings "${text}" is not a number of warnings; write 0 or more (e.g. --max-warnings 10).`);
    return Number(text);
}

/** Standard input as a plan: refused as a file would be when it is not UTF-8 text. */
function stdinText(bytes: Buffer, name: string): string {
    if (bytes.length > MAX_PLAN_BYTES) {
        throw new CliError(`${name} (standard input): ${megabytes(bytes.length)} is too large for a plan (the limit is ${megabytes(MAX_PLAN_BYTES)}).`);
    }
    const bad = firstInvalidUtf8Byte(bytes);
    if (bad !== undefined) {
        throw new CliError(
            `${name} (standard input): this is not a plan: it is not valid UTF-8 (the first bad byte, 0x${bytes[bad].toString(16).padStart(2, '0')}, is at byte offset ${bad}).`
        );
    }
    const text = bytes.toString('utf8');
    if (text.slice(0, 8192).includes('\u0000')) {
        throw new CliError(`${name} (standard input): this is not a plan: it looks like binary data (it contains NUL bytes).`);
    }
    return text;
}

export { displayPath };
