import { parseArgs } from 'node:util';
import type { PlanDiff, PolicyRule } from '../../language/diff/index.js';
import { diffToJson, diffWorkspaces, isPolicyRule, POLICY_RULES, renderDiffMarkdown, renderDiffText } from '../../language/diff/index.js';
import { today } from '../../language/impact/dates.js';
import { parseAsOf } from '../as-of-option.js';
import { CliError } from '../cli-error.js';
import { colourFlag, colours, colourWanted } from '../colour.js';
import { loadGitSides, loadPathSides } from '../diff-sides.js';
import type { DiffSide } from '../diff-sides.js';
import { escapeControls } from '../formats/control-chars.js';
import { repositoryRoot, resolveRevision } from '../git-revision.js';
import type { CommandContext } from './command.js';

export const diffHelp = `Usage: cop diff [options] OLD NEW
       cop diff [options] --git REV [PATH...]

Compares plans by meaning, not by text: every element added, removed or changed, one
entry per changed line in the canonical layout of \`cop fmt\` (moving blocks, reordering
lines, comments and whitespace are no change), and every kpi whose planned value, low or
high moves, each side evaluated with its own actuals.

OLD and NEW are two plan files or two folders (plans matched by plan name). With --git,
the plans of the working tree are compared with those of REV (any revision git knows),
under the PATHs given (default: the whole repository); files git reports renamed pair
their plans.

Options:
  --git REV                   compare the working tree with this revision
  --format text|json|markdown output format (default: text); markdown is the pull-request
                              comment, headed by <!-- cop-diff -->, at most 60,000 characters
  --fail-on RULE,...          exit 1 when a change matches a rule: target-lowered,
                              value-removed, unsourced-assumption
  --as-of DATE                evaluate kpis as of DATE (YYYY-MM-DD; default today)
  --color, --no-color         force or turn off colour (default: when stdout is a terminal)
  -h, --help                  show this help

Examples:
  cop diff plans-v1/support.cop plans/support.cop
  cop diff --git main --fail-on target-lowered,value-removed
  cop diff --git origin/main plans/ --format markdown > comment.md

Exit codes: 0 compared (no policy failed), 1 a --fail-on rule matched, 2 usage errors:
a missing or unreadable OLD or NEW, an unknown rule or revision, or a plan that does not
parse (reported as FILE:LINE:COL: message).`;

type Format = 'text' | 'json' | 'markdown';

function isFormat(text: string): text is Format {
    return text === 'text' || text === 'json' || text === 'markdown';
}

function parseRules(text: string | undefined): PolicyRule[] {
    if (text === undefined) return [];
    const rules: PolicyRule[] = [];
    for (const word of text
        .split(',')
        .map(rule => rule.trim())
        .filter(rule => rule.length > 0)) {
        if (!isPolicyRule(word)) throw new CliError(`cop diff: --fail-on names an unknown rule "${word}"; the rules are ${POLICY_RULES.join(', ')}.`);
        rules.push(word);
    }
    if (rules.length === 0) throw new CliError(`cop diff: --fail-on needs a rule: ${POLICY_RULES.join(', ')}.`);
    return rules;
}

export async function runDiff(args: string[], context: CommandContext): Promise<number> {
    const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
            git: { type: 'string' },
            format: { type: 'string', default: 'text' },
            'fail-on': { type: 'string', multiple: true },
            'as-of': { type: 'string' },
            color: { type: 'boolean' },
            'no-color': { type: 'boolean' },
            help: { type: 'boolean', short: 'h', default: false }
        }
    });
    if (values.help) {
        context.out(diffHelp + '\n');
        return 0;
    }
    const format = values.format === 'md' ? 'markdown' : values.format;
    if (!isFormat(format)) {
        throw new CliError(`cop diff: unknown format "${values.format}"; use text, json or markdown.`);
    }
    const failOn = values['fail-on'] ? parseRules(values['fail-on'].join(',')) : [];
    const asOf = parseAsOf(values['as-of'], 'diff') ?? today();

    let before: DiffSide;
    let after: DiffSide;
    let renames: Map<string, string> | undefined;
    if (values.git !== undefined) {
        const root = repositoryRoot(process.cwd(), 'diff');
        const commit = resolveRevision(root, values.git, 'diff');
        ({ before, after, renames } = await loadGitSides(root, commit, values.git, positionals, asOf));
    } else {
        if (positionals.length !== 2) {
            throw new CliError(
                positionals.length < 2
                    ? 'cop diff: name the old and the new plan (files or folders), e.g. `cop diff old.cop new.cop`, or compare with git: `cop diff --git main`.'
                    : 'cop diff: name exactly two plans or folders, OLD and NEW (or use --git REV PATH...).'
            );
        }
        ({ before, after } = await loadPathSides(positionals[0], positionals[1], asOf));
    }
    const syntaxErrors = [...before.syntaxErrors, ...after.syntaxErrors];
    if (syntaxErrors.length > 0) {
        for (const line of syntaxErrors) context.err(`${line}\n`);
        context.err(
            `cop diff: ${syntaxErrors.length === 1 ? 'a plan does' : `${syntaxErrors.length} plans do`} not parse; fix ${syntaxErrors.length === 1 ? 'it' : 'them'} first (\`cop check\` shows every problem). Nothing was compared.\n`
        );
        return 2;
    }
    const diff = diffWorkspaces(before.plans, after.plans, { renames, failOn, asOf });
    context.out(render(format, diff, colourWanted(colourFlag(args), context.stdoutIsTerminal, context.env)));
    return diff.policies.some(policy => policy.matches.length > 0) ? 1 : 0;
}

function render(format: Format, diff: PlanDiff, colour: boolean): string {
    switch (format) {
        case 'json':
            return JSON.stringify(diffToJson(diff), null, 2) + '\n';
        case 'markdown':
            return renderDiffMarkdown(diff);
        case 'text':
            return renderDiffText(safeForTerminal(diff), colours(colour));
    }
}

/** Plan texts may hold control characters (ESC in a title): shown as escapes, never interpreted. */
function safeForTerminal(diff: PlanDiff): PlanDiff {
    const clean = <T extends string | null | undefined>(text: T): T => (typeof text === 'string' ? (escapeControls(text) as T) : text);
    return {
        ...diff,
        plans: diff.plans.map(plan => ({ ...plan, plan: clean(plan.plan), title: clean(plan.title), before: clean(plan.before), after: clean(plan.after) })),
        changes: diff.changes.map(change => ({
            ...change,
            plan: clean(change.plan),
            element: clean(change.element),
            title: clean(change.title),
            before: clean(change.before),
            after: clean(change.after),
            file: clean(change.file)
        })),
        impact: diff.impact.map(kpi => ({ ...kpi, plan: clean(kpi.plan), kpi: clean(kpi.kpi), title: clean(kpi.title), unit: clean(kpi.unit) })),
        policies: diff.policies.map(policy => ({
            ...policy,
            matches: policy.matches.map(match => ({
                ...match,
                element: clean(match.element),
                title: clean(match.title),
                reason: clean(match.reason),
                file: clean(match.file),
                plan: clean(match.plan)
            }))
        }))
    };
}
