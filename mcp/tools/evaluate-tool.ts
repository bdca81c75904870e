import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { toPlanExport } from '../../language/export/export-json.js';
import { exportDiagnosticSchema, exportIndicatorSchema, exportKpiSchema } from '../../language/export/export-schema.js';
import { formatDay, today } from '../../language/impact/dates.js';
import { withImpact } from '../../language/impact/impact-view-model.js';
import { buildViewModel } from '../../language/view-model/build-view-model.js';
import { ToolInputError } from '../mcp-limits.js';
import { asOfDay, loadPlanInput } from '../plan-input.js';
import type { ToolContext } from '../tool-context.js';
import { refusalsAsErrors, toolResult } from '../tool-context.js';
import type { WorkspaceRoots } from '../workspace-roots.js';
import { shownPath } from './check-tool.js';
import { asOfShape, planTextShape } from './plan-input-schema.js';

const outputShape = {
    file: z.string(),
    plan: z.string().nullable().describe("The plan's name; null when the file has no plan header."),
    asOf: z.string().describe('The date statuses were judged as of (YYYY-MM-DD).'),
    kpis: z.array(exportKpiSchema).describe('Each kpi: its value now, planned, its range (low..high) and the assumptions driving it, largest swing first.'),
    indicators: z.array(exportIndicatorSchema).describe('Each indicator with its target, latest actual and status.'),
    errors: z.array(exportDiagnosticSchema).describe("The plan's errors: a kpi or indicator an error touches may be missing or incomplete.")
};

export type EvaluateOutput = z.infer<z.ZodObject<typeof outputShape>>;

/** `evaluate`: the impact layer of one plan, as `cop export --format json` computes it. */
export function registerEvaluateTool(server: McpServer, context: ToolContext): void {
    server.registerTool(
        'evaluate',
        {
            title: "Evaluate a CoP plan's kpis",
            description:
                "Evaluates one .cop plan (its `text`, or one plan file as `path`) as of a date: every kpi's value, planned value, range and drivers (the assumptions that move it most), and every indicator's target, latest actual and status (met, on-track, at-risk, off-track, missed, no-data). The same numbers as `cop export --format json`.",
            inputSchema: {
                ...planTextShape,
                path: z.string().max(4096).optional().describe('One plan file, relative to the first workspace root. Give this or `text`.'),
                ...asOfShape
            },
            outputSchema: outputShape,
            annotations: { readOnlyHint: true, openWorldHint: false }
        },
        (args, extra) =>
            refusalsAsErrors('evaluate', async () => {
                const output = await evaluatePlan(args, await context.roots(extra.requestId));
                return toolResult(output, evaluateText(output));
            })
    );
}

export async function evaluatePlan(args: { text?: string; filename?: string; path?: string; asOf?: string }, roots: WorkspaceRoots): Promise<EvaluateOutput> {
    const asOf = asOfDay(args.asOf);
    if (args.path !== undefined && isFolder(roots, args.path))
        throw new ToolInputError(`${args.path} is a folder; name one plan file in it (evaluate reads one plan).`);
    const input = args.path === undefined ? { text: args.text, filename: args.filename } : { paths: [args.path], text: args.text };
    const { services, documents } = await loadPlanInput(input, roots, asOf);
    const document = documents[0];
    const model = await withImpact(buildViewModel(document, services), document, services);
    const exported = toPlanExport(model);
    return {
        file: shownPath(document.uri.fsPath, roots),
        plan: exported.plan?.name ?? null,
        asOf: formatDay(asOf ?? today()),
        kpis: exported.kpis,
        indicators: exported.indicators,
        errors: exported.diagnostics.filter(d => d.severity === 'error')
    };
}

function evaluateText(output: EvaluateOutput): string {
    const number = (value: number | null) => (value === null ? '—' : String(value));
    const lines = [`${output.plan ?? output.file} as of ${output.asOf}:`];
    for (const kpi of output.kpis) {
        const unit = kpi.unit ? ` ${kpi.unit}` : '';
        lines.push(
            `kpi ${kpi.name}: ${number(kpi.value)}${unit} (planned ${number(kpi.planned)}, range ${number(kpi.low)}..${number(kpi.high)}), status ${kpi.status ?? 'no target'}`
        );
        for (const driver of kpi.drivers.slice(0, 3)) lines.push(`    driver ${driver.assumption}: ${driver.low}..${driver.high}`);
    }
    for (const indicator of output.indicators) {
        if (indicator.status === undefined) continue;
        lines.push(
            `indicator ${indicator.name}: ${indicator.status ?? 'no target'}${indicator.latest ? `, latest ${indicator.latest.value} on ${indicator.latest.date}` : ''}`
        );
    }
    if (output.kpis.length === 0 && output.indicators.length === 0) lines.push('The plan has no kpis or indicators yet.');
    if (output.errors.length > 0) lines.push(`${output.errors.length} error(s): run the check tool to see them; the numbers above may be incomplete.`);
    return lines.join('\n');
}

function isFolder(roots: WorkspaceRoots, path: string): boolean {
    try {
        return statSync(resolve(roots.first, path)).isDirectory();
    } catch {
        return false;
    }
}
