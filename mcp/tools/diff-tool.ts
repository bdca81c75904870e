import { resolve } from 'node:path';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { LangiumDocument } from 'langium';
import { z } from 'zod';
import { CliError } from '../../cli/cli-error.js';
import { loadGitSides } from '../../cli/diff-sides.js';
import type { DiffSide } from '../../cli/diff-sides.js';
import { repositoryRoot, resolveRevision } from '../../cli/git-revision.js';
import { loadPlans } from '../../cli/plan-workspace.js';
import type { DiffPlanInput, PlanDiff, PolicyRule } from '../../language/diff/index.js';
import { diffPlanInput, diffToJson, diffWorkspaces, isPolicyRule, POLICY_RULES, renderDiffMarkdown } from '../../language/diff/index.js';
import type { Day } from '../../language/impact/dates.js';
import { today } from '../../language/impact/dates.js';
import type { PlanFile } from '../../language/generated/ast.js';
import { ToolInputError } from '../mcp-limits.js';
import { asOfDay, planFileName, planText, rootedServices } from '../plan-input.js';
import type { ToolContext } from '../tool-context.js';
import { refusalsAsErrors, toolResult } from '../tool-context.js';
import type { WorkspaceRoots } from '../workspace-roots.js';
import { asOfShape } from './plan-input-schema.js';

const figures = z.object({ planned: z.number().nullable(), low: z.number().nullable(), high: z.number().nullable() }).nullable();

const outputShape = {
    changes: z.array(
        z.object({
            plan: z.string(),
            element: z.string(),
            type: z.string().describe("The element's keyword (`indicator`, `kpi`, … ; `value` for a matrix value line)."),
            change: z.enum(['added', 'removed', 'changed']),
            field: z.string().optional().describe("For `changed`: the line's keyword (or an actual's date)."),
            before: z.string().nullable().optional(),
            after: z.string().nullable().optional()
        })
    ),
    impact: z
        .array(z.object({ kpi: z.string(), plan: z.string(), before: figures, after: figures }))
        .describe('Every kpi whose planned, low or high value moves.'),
    policies: z.array(
        z.object({
            rule: z.string(),
            passed: z.boolean(),
            matches: z.array(
                z.object({
                    plan: z.string(),
                    element: z.string(),
                    type: z.string(),
                    field: z.string().optional(),
                    reason: z.string(),
                    file: z.string(),
                    line: z.number()
                })
            )
        })
    ),
    summary: z.record(z.string(), z.number()),
    asOf: z.string()
};

/**
 * `diff`: what a change to a plan means (contract Part 4), as `cop diff` reports it: two
 * texts of a plan (before and after), or the workspace's plans against a git revision. The
 * pull-request comment's markdown is the readable answer.
 */
export function registerDiffTool(server: McpServer, context: ToolContext): void {
    server.registerTool(
        'diff',
        {
            title: 'Compare two versions of a CoP plan',
            description:
                "Compares plans by meaning, as `cop diff` does: elements added, removed and changed line by line (layout, comments and order are no change), every kpi whose planned, low or high value moves, and the policies target-lowered, value-removed and unsourced-assumption. Give `before` and `after` (two texts of a plan), or `revision` (a git revision: the workspace's plans under `paths` are compared with that revision).",
            inputSchema: {
                before: z.string().optional().describe('The old text of the plan (at most 2 MB). Give it with `after`.'),
                after: z.string().optional().describe('The new text of the plan (at most 2 MB).'),
                filename: z
                    .string()
                    .max(1000)
                    .optional()
                    .describe(
                        'The file both texts would be saved as (relative to the first workspace root; default plan.cop): actuals and catalogs it names are read beside it.'
                    ),
                revision: z
                    .string()
                    .max(200)
                    .optional()
                    .describe("A git revision (main, HEAD~1, a tag or commit): compare the working tree's plans with it. Instead of `before`/`after`."),
                paths: z
                    .array(z.string().max(4096))
                    .max(100)
                    .optional()
                    .describe('With `revision`: plan files or folders to compare, relative to the first workspace root (default: the whole root).'),
                failOn: z
                    .array(z.string())
                    .max(3)
                    .optional()
                    .describe(`Policies to check: ${POLICY_RULES.join(', ')}.`),
                ...asOfShape
            },
            outputSchema: outputShape,
            annotations: { readOnlyHint: true, openWorldHint: false }
        },
        (args, extra) =>
            refusalsAsErrors('diff', async () => {
                const failOn = rulesOf(args.failOn ?? []);
                const asOf = asOfDay(args.asOf) ?? today();
                const roots = await context.roots(extra.requestId);
                const diff =
                    args.revision !== undefined
                        ? await diffWithRevision(args.revision, args.paths ?? [], roots, asOf, failOn)
                        : await diffTexts(args, roots, asOf, failOn);
                return toolResult(diffToJson(diff) as Record<string, unknown>, renderDiffMarkdown(diff));
            })
    );
}

function rulesOf(rules: readonly string[]): PolicyRule[] {
    for (const rule of rules) {
        if (!isPolicyRule(rule)) throw new ToolInputError(`"${rule}" is not a policy; use ${POLICY_RULES.join(', ')}.`);
    }
    return rules.filter(isPolicyRule);
}

async function diffTexts(
    args: { before?: string; after?: string; filename?: string },
    roots: WorkspaceRoots,
    asOf: Day,
    failOn: PolicyRule[]
): Promise<PlanDiff> {
    if (args.before === undefined || args.after === undefined) {
        throw new ToolInputError("Give both texts, `before` and `after`, or a git `revision` to compare the workspace's plans with.");
    }
    const file = planFileName(args.filename ?? 'plan.cop', roots);
    const side = async (text: string, what: string): Promise<DiffPlanInput> => {
        // Each side on its own: two versions of one plan are never one workspace.
        const { documents, services } = await loadPlans([file], {
            asOf,
            sources: new Map([[file, planText(text, what)]]),
            validation: false,
            createServices: rootedServices(roots)
        });
        const document = documents[0] as LangiumDocument<PlanFile>;
        const problem = syntaxProblem(document);
        if (problem) throw new ToolInputError(`The ${what} does not parse (${problem}), so it cannot be compared. The check tool lists every problem.`);
        return diffPlanInput(document, services, args.filename ?? 'plan.cop');
    };
    return diffWorkspaces([await side(args.before, 'old text')], [await side(args.after, 'new text')], { failOn, asOf });
}

async function diffWithRevision(revision: string, paths: readonly string[], roots: WorkspaceRoots, asOf: Day, failOn: PolicyRule[]): Promise<PlanDiff> {
    const absolute = (paths.length > 0 ? paths : ['.']).map(path => resolve(roots.first, path));
    for (const [index, path] of absolute.entries()) {
        if (!roots.contains(path)) throw new ToolInputError(`${paths[index] ?? path} lies outside the workspace roots; name plans inside them.`);
    }
    try {
        const root = repositoryRoot(roots.first, 'diff');
        const commit = resolveRevision(root, revision, 'diff');
        const { before, after, renames } = await loadGitSides(root, commit, revision, absolute, asOf);
        refuseUnparsed(before, after);
        return diffWorkspaces(before.plans, after.plans, { renames, failOn, asOf });
    } catch (error) {
        // git's refusals (no repository, unknown revision) are the caller's to fix.
        if (error instanceof CliError) throw new ToolInputError(error.message.replace(/^cop diff: /, ''));
        throw error;
    }
}

function refuseUnparsed(before: DiffSide, after: DiffSide): void {
    const errors = [...before.syntaxErrors, ...after.syntaxErrors];
    if (errors.length > 0) throw new ToolInputError(`Not compared: ${errors.join('; ')}. A plan that does not parse is never compared as if it were empty.`);
}

function syntaxProblem(document: LangiumDocument): string | undefined {
    const { lexerErrors, parserErrors } = document.parseResult;
    const lexer = lexerErrors[0];
    if (lexer) return `line ${lexer.line ?? '?'}: ${lexer.message}`;
    const parser = parserErrors[0];
    if (parser) return `line ${Number.isFinite(parser.token.startLine) ? parser.token.startLine : 'at the end'}: ${parser.message}`;
    return undefined;
}
