import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { URI } from 'langium';
import { toPlanExport } from '../../language/export/export-json.js';
import { renderStandaloneHtml } from '../../language/render/html/render-html.js';
import { renderMarkdown } from '../../language/render/markdown/render-markdown.js';
import { buildViewModel } from '../../language/view-model/build-view-model.js';
import { withImpact } from '../../language/impact/impact-view-model.js';
import { parseAsOf } from '../as-of-option.js';
import { CliError, describeFileError } from '../cli-error.js';
import { findPlanFiles } from '../plan-files.js';
import { loadPlans } from '../plan-workspace.js';
import type { CommandContext } from './command.js';

export const exportHelp = `Usage: cop export [options] PLAN

Renders one plan file as JSON, Markdown or a standalone HTML page: the value matrix,
shared values, the chain from inputs to values, the cycles, the impact layer (kpis,
actuals, stories, objectives, as of --as-of) and the plan's problems.
The other plans of its folder are loaded too, so references between plans resolve.

Options:
  --format json|md|html   output format (default: json)
  -o, --output FILE       write to FILE instead of printing (replaced in one step)
  --as-of DATE            judge kpi and indicator statuses as of DATE (YYYY-MM-DD; default today)
  -h, --help              show this help

Exit codes: 0 written (even if the plan has problems: they are part of the export),
2 usage or file problems.`;

type Format = 'json' | 'md' | 'html';

export async function runExport(args: string[], context: CommandContext): Promise<number> {
    const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
            format: { type: 'string', default: 'json' },
            output: { type: 'string', short: 'o' },
            'as-of': { type: 'string' },
            help: { type: 'boolean', short: 'h', default: false }
        }
    });
    if (values.help) {
        context.out(exportHelp + '\n');
        return 0;
    }
    const format = values.format === 'markdown' ? 'md' : values.format;
    if (format !== 'json' && format !== 'md' && format !== 'html') {
        throw new CliError(`cop export: unknown format "${values.format}"; use json, md or html.`);
    }
    if (positionals.length !== 1) {
        throw new CliError(positionals.length === 0
            ? 'cop export: name the plan file to export (e.g. `cop export plan.cop --format html -o plan.html`).'
            : 'cop export: name one plan file; export them one at a time.');
    }
    const planPath = resolve(positionals[0]);
    let isFile: boolean;
    try {
        isFile = statSync(planPath).isFile();
    } catch (error) {
        throw describeFileError(positionals[0], error);
    }
    if (!isFile) throw new CliError(`cop export: ${positionals[0]} is a folder; name one plan file in it.`);

    // The plan's folder-mates, so `Plan.Element` references to them resolve.
    const neighbours = findPlanFiles([dirname(planPath)]).filter(file => resolve(file) !== planPath);
    const asOf = parseAsOf(values['as-of'], 'export');
    const { services, documents } = await loadPlans([planPath, ...neighbours], { asOf });
    const document = documents.find(doc => doc.uri.toString() === URI.file(planPath).toString()) ?? documents[0];
    const model = await withImpact(buildViewModel(document, services), document, services);

    const text = render(format, model, context.version);
    if (values.output) {
        writeAtomically(values.output, text);
    } else {
        context.out(text);
    }
    return 0;
}

function render(format: Format, model: ReturnType<typeof buildViewModel>, version: string): string {
    switch (format) {
        case 'json': return JSON.stringify(toPlanExport(model), null, 2) + '\n';
        case 'md': return renderMarkdown(model);
        case 'html': return renderStandaloneHtml(model, { footer: `Made with cop ${version} from ${basename(new URL(model.uri).pathname)}.` });
    }
}

/** Writes a temporary file next to the target, then renames it: readers never see half a file. */
function writeAtomically(target: string, text: string): void {
    const path = resolve(target);
    const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
    try {
        writeFileSync(temporary, text);
        renameSync(temporary, path);
    } catch (error) {
        rmSync(temporary, { force: true });
        throw describeFileError(target, error);
    }
}
