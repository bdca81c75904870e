import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { toPlanExport } from '../../language/export/export-json.js';
import { renderStandaloneHtml } from '../../language/render/html/render-html.js';
import { renderMarkdown } from '../../language/render/markdown/render-markdown.js';
import { buildViewModel } from '../../language/view-model/build-view-model.js';
import { withImpact } from '../../language/impact/impact-view-model.js';
import { parseAsOf } from '../as-of-option.js';
import { writeFileAtomic } from '../atomic-write.js';
import { CliError } from '../cli-error.js';
import { displayPath } from '../display-path.js';
import { escapeControls } from '../formats/control-chars.js';
import { reportInternalErrors } from '../internal-errors.js';
import { refuseOutputOntoInput } from '../output-guard.js';
import { loadOnePlan } from '../plan-workspace.js';
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
  --catalog FILE          also use this catalog, as \`cop check --catalog\` (repeatable)
  --root DIR              link with the plans under DIR (default: the repository, as \`cop check\`)
  -h, --help              show this help

-o never names a file the command reads (the plan, a plan linked with it, its actuals
or a catalog).

Examples:
  cop export plans/support.cop --format html -o support.html
  cop export plans/support.cop --format md > SUPPORT.md
  cop export plans/support.cop --as-of 2026-06-30 > support.json

Exit codes: 0 written, 1 written but the plan has errors (an html or md page says so
at its top, json lists them in "diagnostics"), 2 usage, file or internal problem
(nothing written).`;

type Format = 'json' | 'md' | 'html';

export async function runExport(args: string[], context: CommandContext): Promise<number> {
    const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
            format: { type: 'string', default: 'json' },
            output: { type: 'string', short: 'o' },
            'as-of': { type: 'string' },
            catalog: { type: 'string', multiple: true },
            root: { type: 'string' },
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
    const asOf = parseAsOf(values['as-of'], 'export');
    const { services, document, inputs } = await loadOnePlan(positionals, 'export', 'cop export plan.cop --format html -o plan.html', {
        asOf,
        catalogs: values.catalog,
        root: values.root,
        createServices: context.createServices
    });
    if (values.output) refuseOutputOntoInput(values.output, [...inputs, ...(values.catalog ?? [])], 'export');
    if (reportInternalErrors('export', [document], context.err)) return 2;
    const model = await withImpact(buildViewModel(document, services), document, services);

    const file = displayPath(document.uri.fsPath);
    const text = render(format, model, context.version, file);
    if (values.output) {
        writeFileAtomic(values.output, text);
    } else {
        context.out(text);
    }
    const errors = model.diagnostics.counts.error;
    if (errors > 0) {
        context.err(
            `cop export: ${escapeControls(file)} has ${errors} error${errors === 1 ? '' : 's'}; the export says so at its top. Run \`cop check ${escapeControls(file)}\` to see them.\n`
        );
        return 1;
    }
    return 0;
}

function render(format: Format, model: ReturnType<typeof buildViewModel>, version: string, file: string): string {
    switch (format) {
        case 'json':
            return JSON.stringify(toPlanExport(model), null, 2) + '\n';
        case 'md':
            return renderMarkdown(model, { file });
        case 'html':
            return renderStandaloneHtml(model, { file, footer: `Made with cop ${version} from ${basename(new URL(model.uri).pathname)}.` });
    }
}
