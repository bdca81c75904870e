import type { PlanFile } from '../generated/ast.js';
import type { ImpactModel } from '../impact/impact-model.js';
import { formatDay, today } from '../impact/dates.js';
import type { Day } from '../impact/dates.js';
import type { CanonicalElement } from './canonical-lines.js';
import { canonicalElements, planNameOf } from './canonical-lines.js';
import { compareElements } from './compare-elements.js';
import type { ElementChange, KpiImpactChange, PlanDiff, PlanPairing, PolicyMatch, PolicyResult, PolicyRule } from './diff-model.js';
import { impactChanges } from './impact-changes.js';
import { indexElements, matchPolicies } from './policies.js';

/** One parsed plan file of a side, with its impact evaluated as of the diff's date. */
export interface DiffPlanInput {
    /** The file as the user reads it (a path relative to the repository or the folder compared). */
    readonly file: string;
    readonly root: PlanFile;
    readonly impact?: ImpactModel;
}

export interface DiffOptions {
    /** Files git reports renamed (old file → new file): their plans are paired whatever their names. */
    readonly renames?: ReadonlyMap<string, string>;
    /** The rules of `--fail-on`, in the order given. */
    readonly failOn?: readonly PolicyRule[];
    /** The date both sides' kpis were evaluated as of (reported in the result; default today). */
    readonly asOf?: Day;
}

interface SidePlan {
    readonly input: DiffPlanInput;
    readonly name: string;
    readonly elements: CanonicalElement[];
}

function sidePlan(input: DiffPlanInput): SidePlan {
    return { input, name: planNameOf(input.root) ?? input.file, elements: canonicalElements(input.root) };
}

/**
 * The semantic difference between two sets of plans (contract Part 4): plans paired by git's
 * renames, then by name; elements by type and name; every kpi whose figures move; and the
 * changes that match the `--fail-on` rules. Pure: both sides are already parsed and evaluated.
 */
export function diffWorkspaces(before: readonly DiffPlanInput[], after: readonly DiffPlanInput[], options: DiffOptions = {}): PlanDiff {
    const old = before.map(sidePlan);
    const current = after.map(sidePlan);
    const pairs: { before?: SidePlan; after?: SidePlan; renamed: boolean }[] = [];
    const taken = new Set<SidePlan>();
    const oldByFile = new Map(old.map(plan => [plan.input.file, plan]));
    const renamedTo = new Map<string, SidePlan>();
    for (const [from, to] of options.renames ?? []) {
        const plan = oldByFile.get(from);
        if (plan) renamedTo.set(to, plan);
    }
    const oldByName = new Map<string, SidePlan>();
    for (const plan of old) if (!oldByName.has(plan.name)) oldByName.set(plan.name, plan);
    for (const plan of current) {
        const renamedFrom = renamedTo.get(plan.input.file);
        const viaGit = !!renamedFrom && !taken.has(renamedFrom);
        const partner = viaGit ? renamedFrom : oldByName.get(plan.name);
        if (partner && !taken.has(partner)) {
            taken.add(partner);
            pairs.push({ before: partner, after: plan, renamed: viaGit });
        } else {
            pairs.push({ after: plan, renamed: false });
        }
    }
    for (const plan of old) if (!taken.has(plan)) pairs.push({ before: plan, renamed: false });

    const plans: PlanPairing[] = [];
    const changes: ElementChange[] = [];
    const impact: KpiImpactChange[] = [];
    const matches: PolicyMatch[] = [];
    for (const pair of pairs) {
        const name = (pair.after ?? pair.before)!.name;
        const header = (pair.after ?? pair.before)!.elements.find(element => element.type === 'plan');
        plans.push({
            plan: name,
            ...(header?.title !== undefined ? { title: header.title } : {}),
            status: !pair.before ? 'added' : !pair.after ? 'removed' : pair.renamed ? 'renamed' : 'kept',
            ...(pair.before ? { before: pair.before.input.file } : {}),
            ...(pair.after ? { after: pair.after.input.file } : {})
        });
        const renamedPlan = !!pair.before && !!pair.after && pair.before.name !== pair.after.name;
        const beforeElements = renamedPlan ? withNameField(pair.before!.elements, name) : (pair.before?.elements ?? []);
        const afterElements = renamedPlan ? withNameField(pair.after!.elements, name) : (pair.after?.elements ?? []);
        const planChanges = compareElements(beforeElements, afterElements, {
            plan: name,
            beforeFile: pair.before?.input.file,
            afterFile: pair.after?.input.file
        });
        changes.push(...planChanges);
        impact.push(...impactChanges(name, pair.before?.input.impact, pair.after?.input.impact));
        if (options.failOn?.length) {
            matches.push(...matchPolicies(options.failOn, planChanges, indexElements(beforeElements), indexElements(afterElements)));
        }
    }
    const policies: PolicyResult[] = [...new Set(options.failOn ?? [])].map(rule => ({ rule, matches: matches.filter(match => match.rule === rule) }));
    return { plans, changes, impact, policies, asOf: formatDay(options.asOf ?? today()) };
}

/**
 * A plan paired through a git rename keeps its elements paired even when its own name
 * changed: both headers are compared under the new name, each with its name as a `name` field.
 */
function withNameField(elements: readonly CanonicalElement[], name: string): CanonicalElement[] {
    return elements.map(element => {
        if (element.type !== 'plan') return element;
        const fields = new Map(element.fields);
        fields.set('name', [{ text: element.name, items: [element.name] }]);
        return { ...element, name, fields };
    });
}
