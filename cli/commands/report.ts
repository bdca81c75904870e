import { parseArgs } from 'node:util';
import { buildImpactView } from '../../language/impact/impact-view.js';
import { renderExecutiveReport } from '../../language/impact/render/executive-report.js';
import { planOf } from '../../language/model/plan-queries.js';
import { parseAsOf } from '../as-of-option.js';
import { writeFileAtomic } from '../atomic-write.js';
import { loadOnePlan } from '../plan-workspace.js';
import type { CommandContext } from './command.js';
import { displayPath } from './check.js';

export const reportHelp = `Usage: cop report [options] PLAN

Writes the one-page executive impact report of a plan as standalone HTML (it prints
well): what is off track and what it is worth, the assumptions finance should
challenge, one story per objective, then every kpi.

Options:
  -o, --output FILE   write the report to FILE (default: print it)
  --as-of DATE        judge statuses as of DATE (YYYY-MM-DD; default today)
  --catalog FILE      also use this catalog, as \`cop check --catalog\` (repeatable)
  -h, --help          show this help

Exit codes: 0 report written, 2 usage or file problems.`;

export async function runReport(args: string[], context: CommandContext): Promise<number> {
    const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
            output: { type: 'string', short: 'o' },
            'as-of': { type: 'string' },
            catalog: { type: 'string', multiple: true },
            help: { type: 'boolean', short: 'h', default: false }
        }
    });
    if (values.help) {
        context.out(reportHelp + '\n');
        return 0;
    }
    const asOf = parseAsOf(values['as-of'], 'report');
    const { services, document } = await loadOnePlan(positionals, 'report', 'cop report plan.cop -o report.html', { asOf, catalogs: values.catalog });
    const root = document.parseResult.value;
    const plan = planOf(root);
    const errors = (document.diagnostics ?? []).filter(d => d.severity === 1).length;
    if (errors > 0) {
        context.err(`cop report: ${displayPath(document.uri.fsPath)} has ${errors} error${errors === 1 ? '' : 's'}; the report may be incomplete. Run \`cop check\` to see them.\n`);
    }
    const { model } = await services.impact.Impact.impactOf(document);
    const html = renderExecutiveReport({
        name: plan?.name ?? 'Plan',
        title: plan?.title ?? null,
        purpose: plan?.purpose ?? null,
        sponsor: plan?.sponsor ?? null
    }, buildImpactView(root, model));
    if (values.output) {
        writeFileAtomic(values.output, html);
        context.err(`cop report: wrote ${values.output}\n`);
    } else {
        context.out(html);
    }
    return 0;
}
