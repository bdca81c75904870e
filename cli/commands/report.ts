import { parseArgs } from 'node:util';
import { buildDecisionsView } from '../../language/decisions/decisions-view.js';
import { isStory } from '../../language/generated/ast.js';
import { buildImpactView } from '../../language/impact/impact-view.js';
import { renderExecutiveReport } from '../../language/impact/render/executive-report.js';
import { planOf } from '../../language/model/plan-queries.js';
import { parseAsOf } from '../as-of-option.js';
import { writeFileAtomic } from '../atomic-write.js';
import { comparePlanDiagnostics, toPlanDiagnostic } from '../../language/diagnostics/plan-diagnostic.js';
import { errorBannerOf } from '../../language/render/error-banner.js';
import { escapeControls } from '../formats/control-chars.js';
import { reportInternalErrors } from '../internal-errors.js';
import { refuseOutputOntoInput } from '../output-guard.js';
import { loadOnePlan } from '../plan-workspace.js';
import type { CommandContext } from './command.js';
import { displayPath } from '../display-path.js';

export const reportHelp = `Usage: cop report [options] PLAN

Writes the one-page executive impact report of a plan as standalone HTML (it prints
well): the decisions due next and the North Star, then "Is it worth funding?" (ROI
and net impact with their ranges and weakest evidence, what would change the answer,
the forecasts that miss), what is off track, the assumptions finance should
challenge, one story per objective, then every kpi.

Options:
  -o, --output FILE   write the report to FILE (default: print it)
  --as-of DATE        judge statuses as of DATE (YYYY-MM-DD; default today)
  --catalog FILE      also use this catalog, as \`cop check --catalog\` (repeatable)
  --root DIR          link with the plans under DIR (default: the repository, as \`cop check\`)
  -h, --help          show this help

-o never names a file the command reads (the plan, a plan linked with it, its actuals
or a catalog).

Examples:
  cop report plans/support.cop -o report.html
  cop report plans/support.cop --as-of 2026-06-30 > q2-report.html

Exit codes: 0 report written, 1 written but the plan has errors (the report says so at
its top), 2 usage, file or internal problem (nothing written).`;

export async function runReport(args: string[], context: CommandContext): Promise<number> {
    const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
            output: { type: 'string', short: 'o' },
            'as-of': { type: 'string' },
            catalog: { type: 'string', multiple: true },
            root: { type: 'string' },
            help: { type: 'boolean', short: 'h', default: false }
        }
    });
    if (values.help) {
        context.out(reportHelp + '\n');
        return 0;
    }
    const asOf = parseAsOf(values['as-of'], 'report');
    const { services, document, inputs } = await loadOnePlan(positionals, 'report', 'cop report plan.cop -o report.html', {
        asOf,
        catalogs: values.catalog,
        root: values.root,
        createServices: context.createServices
    });
    if (values.output) refuseOutputOntoInput(values.output, [...inputs, ...(values.catalog ?? [])], 'report');
    if (reportInternalErrors('report', [document], context.err)) return 2;
    const root = document.parseResult.value;
    const plan = planOf(root);
    const file = displayPath(document.uri.fsPath);
    const banner = errorBannerOf(file, (document.diagnostics ?? []).map(toPlanDiagnostic).sort(comparePlanDiagnostics));
    const { model } = await services.impact.Impact.impactOf(document);
    const html = renderExecutiveReport(
        {
            name: plan?.name ?? 'Plan',
            title: plan?.title ?? null,
            purpose: plan?.purpose ?? null,
            sponsor: plan?.sponsor ?? null
        },
        buildImpactView(root, model),
        banner,
        buildDecisionsView(await services.impact.Decisions.decisionsOf(document), model, root.elements.filter(isStory))
    );
    if (values.output) {
        writeFileAtomic(values.output, html);
        context.err(`cop report: wrote ${escapeControls(values.output)}\n`);
    } else {
        context.out(html);
    }
    if (banner) {
        context.err(
            `cop report: ${escapeControls(file)} has ${banner.errors} error${banner.errors === 1 ? '' : 's'}; the report says so at its top. Run \`cop check ${escapeControls(file)}\` to see them.\n`
        );
        return 1;
    }
    return 0;
}
