import { relative } from 'node:path';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { LangiumDocument } from 'langium';
import { z } from 'zod';
import { comparePlanDiagnostics, toPlanDiagnostic } from '../../language/diagnostics/plan-diagnostic.js';
import type { PlanFile } from '../../language/generated/ast.js';
import { fixesForDiagnostic } from '../../language/lsp/code-actions/quick-fixes-by-code.js';
import type { PlanUsageService } from '../../language/workspace/plan-usage-service.js';
import { helpOf, isDiagnosticCode } from '../diagnostic-help.js';
import { asOfDay, loadPlanInput } from '../plan-input.js';
import type { ToolContext } from '../tool-context.js';
import { refusalsAsErrors, toolResult } from '../tool-context.js';
import type { WorkspaceRoots } from '../workspace-roots.js';
import { asOfShape, diagnosticShape, planTextShape } from './plan-input-schema.js';

const fileReport = z.object({
    file: z.string().describe('The plan, relative to the first workspace root.'),
    diagnostics: z
        .array(
            z.object({
                ...diagnosticShape,
                fix: z.string().optional().describe("How to fix it, from the code's page (docs/diagnostics.md)."),
                suggestions: z.array(z.string()).optional().describe('What to write instead, when cop knows (e.g. the nearest catalog titles).'),
                quickFixes: z
                    .array(
                        z.object({
                            title: z.string().describe("What the fix does, as the editor's light bulb says it."),
                            edits: z.array(
                                z.object({
                                    line: z.number().int().min(1),
                                    column: z.number().int().min(1),
                                    endLine: z.number().int().min(1),
                                    endColumn: z.number().int().min(1),
                                    newText: z.string().describe('Replaces the text from line:column up to endLine:endColumn (1-based, end excluded).')
                                })
                            )
                        })
                    )
                    .optional()
                    .describe("Ready-made edits that fix it, best first (the editor's quick fixes).")
            })
        )
        .describe('Source order.')
});

const outputShape = {
    files: z.array(fileReport),
    summary: z.object({ errors: z.number().int(), warnings: z.number().int(), information: z.number().int(), hints: z.number().int() })
};

export type CheckOutput = z.infer<z.ZodObject<typeof outputShape>>;

/** `check`: a plan's diagnostics, as `cop check` reports them, with how to fix each. */
export function registerCheckTool(server: McpServer, context: ToolContext): void {
    server.registerTool(
        'check',
        {
            title: 'Check a CoP plan',
            description:
                'Checks a .cop plan (its `text`, or plan files and folders as `paths` inside the workspace) exactly as `cop check` does, and returns every diagnostic with its stable code, 1-based position, message and how to fix it. Run it after writing or changing a plan; a plan is done when it reports no errors or warnings.',
            inputSchema: {
                ...planTextShape,
                paths: z
                    .array(z.string().max(4096))
                    .max(100)
                    .optional()
                    .describe('Plan files or folders (searched for *.cop), relative to the first workspace root. Give this or `text`.'),
                ...asOfShape
            },
            outputSchema: outputShape,
            annotations: { readOnlyHint: true, openWorldHint: false }
        },
        (args, extra) =>
            refusalsAsErrors('check', async () => {
                const output = await checkPlans(args, await context.roots(extra.requestId));
                return toolResult(output, checkText(output));
            })
    );
}

export async function checkPlans(args: { text?: string; filename?: string; paths?: string[]; asOf?: string }, roots: WorkspaceRoots): Promise<CheckOutput> {
    const { documents, services } = await loadPlanInput(args, roots, asOfDay(args.asOf));
    const files = documents.map(document => ({
        file: shownPath(document.uri.fsPath, roots),
        diagnostics: diagnosticsOf(document, services.workspace.PlanUsage)
    }));
    const all = files.flatMap(file => file.diagnostics);
    const count = (severity: string) => all.filter(d => d.severity === severity).length;
    return { files, summary: { errors: count('error'), warnings: count('warning'), information: count('information'), hints: count('hint') } };
}

function diagnosticsOf(document: LangiumDocument<PlanFile>, usage: PlanUsageService): CheckOutput['files'][number]['diagnostics'] {
    return (document.diagnostics ?? [])
        .map(diagnostic => {
            const plan = toPlanDiagnostic(diagnostic);
            const fix = isDiagnosticCode(plan.code) ? helpOf(plan.code).fix : undefined;
            const suggestions = suggestionsOf(diagnostic.data);
            const quickFixes = fixesForDiagnostic(document, diagnostic, usage).map(({ title, edits }) => ({
                title,
                edits: edits.map(({ range, newText }) => ({
                    line: range.start.line + 1,
                    column: range.start.character + 1,
                    endLine: range.end.line + 1,
                    endColumn: range.end.character + 1,
                    newText
                }))
            }));
            return { ...plan, ...(fix ? { fix } : {}), ...(suggestions ? { suggestions } : {}), ...(quickFixes.length > 0 ? { quickFixes } : {}) };
        })
        .sort(comparePlanDiagnostics);
}

/** The `suggestions` a check attaches to its diagnostic (catalog-checks.ts), when they are words. */
function suggestionsOf(data: unknown): string[] | undefined {
    if (typeof data !== 'object' || data === null || !('suggestions' in data)) return undefined;
    const { suggestions } = data;
    return Array.isArray(suggestions) && suggestions.every(item => typeof item === 'string') && suggestions.length > 0 ? suggestions : undefined;
}

export function shownPath(file: string, roots: WorkspaceRoots): string {
    const rel = relative(roots.first, file);
    return rel === '' || rel.startsWith('..') ? file : rel;
}

function checkText(output: CheckOutput): string {
    const lines = output.files.flatMap(file =>
        file.diagnostics.map(
            d =>
                `${file.file}:${d.line}:${d.column}: ${d.severity} ${d.code}: ${d.message}${d.fix ? `\n    fix: ${d.fix.replace(/\s*\n\s*/g, ' ')}` : ''}${d.quickFixes ? `\n    quick fix: ${d.quickFixes[0].title}` : ''}`
        )
    );
    const { errors, warnings, information, hints } = output.summary;
    const files = `${output.files.length} plan${output.files.length === 1 ? '' : 's'}`;
    lines.push(
        lines.length === 0
            ? `${files} checked: no problems.`
            : `${files} checked: ${errors} error(s), ${warnings} warning(s), ${information} information, ${hints} hint(s).`
    );
    return lines.join('\n');
}
