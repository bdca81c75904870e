import type { AstNode, ValidationAcceptor } from 'langium';
import { AstUtils, CstUtils } from 'langium';
import type { Assumption, Indicator, Kpi, PlanFile, Story } from '../generated/ast.js';
import { isKpi } from '../generated/ast.js';
import { formatNumber, formatPlanNumber, parseAmount } from '../impact/amounts.js';
import { formatDay, formatPlanDate } from '../impact/dates.js';
import type { UnitClash } from '../impact/formula.js';
import { literalZeroDivisions, unitOfFormula } from '../impact/formula.js';
import type { ActualEntry, ImpactModel, KpiImpact } from '../impact/impact-model.js';
import { quantityUnit } from '../impact/impact-model.js';
import type { ImpactService } from '../impact/impact-service.js';
import type { Goal, Judgement } from '../impact/status.js';
import type { Unit } from '../impact/units.js';
import { divideUnits, formatUnit, parseUnit, sameUnit } from '../impact/units.js';
import { planOf } from '../model/plan-queries.js';
import { reportPercentClashes } from './percent-checks.js';
import { describe, report } from './report.js';

/** The impact layer (Part 2 of the contract): assumptions, kpis, actuals, stories. */
export class ImpactChecks {
    constructor(private readonly impact: ImpactService) {}

    checkAssumption = (assumption: Assumption, accept: ValidationAcceptor): void => {
        const value = parseAmount(assumption.value);
        const low = parseAmount(assumption.low);
        const high = parseAmount(assumption.high);
        if (low !== undefined && high !== undefined && low > high) {
            report(
                accept,
                'assumption-out-of-range',
                `The range of assumption ${describe(assumption)} is reversed (${assumption.low}..${assumption.high}). Write the low end first: \`range ${assumption.high}..${assumption.low}\`.`,
                { node: assumption, property: 'low' }
            );
        } else if (value !== undefined && low !== undefined && high !== undefined && (value < low || value > high)) {
            report(
                accept,
                'assumption-out-of-range',
                `Assumption ${describe(assumption)} has the value ${assumption.value}, outside its own range ${assumption.low}..${assumption.high}. Change the value or widen the range.`,
                { node: assumption, property: 'value' }
            );
        }
        // An assumption `from` an experiment comes from that experiment.
        if (!assumption.source?.trim() && !assumption.from) {
            report(
                accept,
                'assumption-unsourced',
                `Assumption ${describe(assumption)} does not say where it comes from. Add a \`source\` line (a budget, a survey, a benchmark) so finance can check it.`,
                { node: assumption, property: 'name' }
            );
        }
    };

    checkKpi = (kpi: Kpi, accept: ValidationAcceptor): void => {
        if (!kpi.formula) {
            report(
                accept,
                'formula-invalid',
                `Kpi ${describe(kpi)} has no formula that can be read. Add a line like \`formula Deflected * TicketCost\` using numbers, the names of indicators, assumptions and kpis, + - * / and parentheses.`,
                { node: kpi, property: 'name' }
            );
        }
        for (const zero of literalZeroDivisions(kpi.formula)) {
            report(
                accept,
                'formula-invalid',
                `The formula of kpi ${describe(kpi)} divides by zero, so it has no value. Divide by something else, or remove the division.`,
                { node: zero }
            );
        }
        if (kpi.translates.length === 0) {
            report(
                accept,
                'kpi-without-outcome',
                `Kpi ${describe(kpi)} translates no outcome. Add a \`translates\` line naming the outcome(s) whose impact it expresses.`,
                { node: kpi, property: 'name' }
            );
        }
    };

    checkStory = (story: Story, accept: ValidationAcceptor): void => {
        if (story.tags.length === 0) {
            report(
                accept,
                'story-untagged',
                `Story ${describe(story)} tags nothing. Add a \`tags\` line naming the indicators or kpis it illustrates, so it can be audited.`,
                { node: story, property: 'name' }
            );
        }
    };

    /** Checks that need the evaluated plan (actuals files, statuses, units across kpis). */
    checkPlanImpact = async (root: PlanFile, accept: ValidationAcceptor): Promise<void> => {
        const plan = planOf(root);
        const { model, fileProblems } = await this.impact.impactOf(AstUtils.getDocument(root));
        for (const problem of fileProblems) {
            const where = problem.row === undefined ? '' : `, row ${problem.row}${problem.column === undefined ? '' : `, column ${problem.column}`}`;
            report(accept, problem.code ?? 'actuals-invalid', `Actuals file "${problem.file}"${where}: ${problem.message}.`, {
                node: plan!,
                property: 'actuals',
                index: problem.index
            });
        }
        for (const { file, row } of model.unknownRows) {
            report(
                accept,
                'actuals-invalid',
                `Actuals file "${file}", row ${row.row}, column 1: no indicator of this plan is named \`${row.indicator}\`. Use the name of an indicator declared here.`,
                { node: plan!, property: 'actuals', index: plan!.actuals.indexOf(file) }
            );
        }
        this.checkIndicators(model, accept, root);
        reportPercentClashes(model, accept, plan);
        this.checkKpis(model, accept, kpisWithSyntaxErrors(root));
    };

    private checkIndicators(model: ImpactModel, accept: ValidationAcceptor, root: PlanFile): void {
        const plan = planOf(root);
        const asOf = formatDay(model.asOf);
        for (const impact of model.indicators.values()) {
            const { indicator, entries } = impact;
            // Entries are sorted by day (stably): actuals of one day follow the first of them.
            let first: ActualEntry | undefined;
            for (const entry of entries) {
                if (first?.day !== entry.day) {
                    first = entry;
                    continue;
                }
                const message = `Indicator ${describe(indicator)} has two actuals on ${formatDay(entry.day)} (${where(first)} and ${where(entry)}). Keep one of them.`;
                if (entry.origin.kind === 'inline') report(accept, 'actual-duplicate-date', message, { node: entry.origin.point, property: 'date' });
                else if (plan)
                    report(accept, 'actual-duplicate-date', message, { node: plan, property: 'actuals', index: plan.actuals.indexOf(entry.origin.file) });
            }
            if (entries.length > 0 && !indicator.target) {
                report(
                    accept,
                    'actual-without-target',
                    `Indicator ${describe(indicator)} has actuals but no target to judge them by. Add a line like \`target >= ${formatPlanNumber(entries[entries.length - 1].value, entries[entries.length - 1].percent)} by ${asOf.slice(0, 7)}\`.`,
                    { node: indicator, property: 'name' }
                );
            }
            if (impact.stale && impact.latest) {
                report(
                    accept,
                    'stale-data',
                    `The latest actual of indicator ${describe(indicator)} is from ${impact.latest.date}: older than two ${indicator.cadence} periods as of ${asOf}. Add newer actuals, or change its \`cadence\`.`,
                    { node: indicator, property: 'name' }
                );
            }
            this.reportStatus(accept, indicator, 'Indicator', impact.judgement, impact.goal, impact.percent);
        }
    }

    private checkKpis(model: ImpactModel, accept: ValidationAcceptor, unparsed: ReadonlyMap<Kpi, number>): void {
        for (const impact of model.kpis.values()) {
            const { kpi } = impact;
            const errorLine = unparsed.get(kpi);
            if (errorLine !== undefined) {
                // Without a formula, checkKpi has said so already; a partial formula would give false unit warnings.
                if (kpi.formula) {
                    report(
                        accept,
                        'formula-invalid',
                        `The formula of kpi ${describe(kpi)} does not parse (see the syntax error on line ${errorLine}). A formula uses numbers, names of indicators, assumptions and kpis, + - * / and parentheses.`,
                        // Marked for syntax-cascade.ts: it is about the syntax error, so it stays beside it.
                        { node: kpi, keyword: 'formula', data: { aboutSyntaxError: true } }
                    );
                }
                continue;
            }
            if (impact.loop) {
                report(
                    accept,
                    'formula-invalid',
                    `The formula of kpi ${describe(kpi)} refers to itself: ${impact.loop.map(k => k.name).join(' → ')}. A kpi cannot depend on its own value; break the loop.`,
                    { node: kpi, property: 'formula' }
                );
                continue;
            }
            if (kpi.formula) {
                const { inferred, clashes } = formulaUnits(impact, model);
                for (const clash of clashes) {
                    const [verb, joint] = clash.operator === '+' ? ['adds', 'to'] : ['subtracts', 'from'];
                    report(
                        accept,
                        'unit-mismatch',
                        `The formula of kpi ${describe(kpi)} ${verb} ${unitWords(clash.right)} ${joint} ${unitWords(clash.left)}. Only like units can be added or subtracted: convert the right-hand side by multiplying it by an assumption whose unit is \`${formatUnit(divideUnits(clash.left, clash.right))}\`.`,
                        { node: clash.node }
                    );
                }
                if (clashes.length === 0 && kpi.unit && !sameUnit(inferred, parseUnit(kpi.unit))) {
                    report(
                        accept,
                        'unit-mismatch',
                        `The formula of kpi ${describe(kpi)} gives ${unitWords(inferred)}, but its unit is \`${kpi.unit}\`. Fix the formula or the \`unit\` line.`,
                        { node: kpi, property: 'unit' }
                    );
                }
            }
            this.reportStatus(accept, kpi, 'Kpi', impact.judgement, impact.goal, false);
        }
    }

    private reportStatus(
        accept: ValidationAcceptor,
        node: Indicator | Kpi,
        kind: string,
        judgement: Judgement | undefined,
        goal: Goal | undefined,
        percent: boolean
    ): void {
        if (!judgement || !goal || !judgement.latest) return;
        const target = `${goal.operator} ${formatNumber(goal.value, percent)}${goal.by === undefined ? '' : ` by ${formatPlanDate(goal.by)}`}`;
        const latest = `${formatNumber(judgement.latest.value, percent)} on ${formatPlanDate(judgement.latest.day)}`;
        if (judgement.status === 'missed') {
            report(
                accept,
                'off-track',
                `${kind} ${describe(node)} missed its target ${target}: the latest actual is ${latest}. Record the outcome and set a new target.`,
                { node, property: 'name' }
            );
        } else if (judgement.status === 'off-track') {
            const expected =
                judgement.expected === undefined ? '' : ` where the straight path to the target expected ${formatNumber(judgement.expected, percent)}`;
            report(
                accept,
                'off-track',
                `${kind} ${describe(node)} is off track for ${target}: the latest actual is ${latest}${expected}. Decide what to change, or revise the target.`,
                { node, property: 'name' }
            );
        }
    }
}

/**
 * Kpis whose formula has a syntax error, with the 1-based line of the kpi's first syntax
 * error: the one its diagnostics list (the parser's later errors in a block are dropped, see
 * cop-document-validator.ts). An error is the formula's when the token before it belongs to
 * the formula (or is its `formula` keyword).
 */
function kpisWithSyntaxErrors(root: PlanFile): Map<Kpi, number> {
    const result = new Map<Kpi, number>();
    const document = AstUtils.getDocument(root);
    const cst = root.$cstNode;
    if (!cst) return result;
    const firstLine = new Map<Kpi, number>();
    const errors = document.parseResult.parserErrors
        .filter(error => !Number.isNaN(error.token.startOffset) && error.token.startOffset !== 0)
        .sort((a, b) => a.token.startOffset - b.token.startOffset);
    for (const error of errors) {
        const offset = error.token.startOffset;
        // The token before the error, or the error token itself when recovery kept it in the tree.
        for (const leaf of [CstUtils.findLeafNodeBeforeOffset(cst, offset - 1), CstUtils.findLeafNodeAtOffset(cst, offset)]) {
            const node = leaf?.astNode;
            const kpi = node && AstUtils.getContainerOfType(node, isKpi);
            if (!kpi) continue;
            const line = error.token.startLine ?? leaf.range.start.line + 1;
            if (!firstLine.has(kpi)) firstLine.set(kpi, line);
            if (result.has(kpi)) continue;
            let child: AstNode = node;
            while (child !== kpi && child.$container && child.$container !== kpi) child = child.$container;
            const inFormula = child === kpi ? leaf.text === 'formula' : child.$containerProperty === 'formula';
            if (inFormula) result.set(kpi, firstLine.get(kpi)!);
        }
    }
    return result;
}

type UnitClashes = UnitClash[];

/**
 * The unit a kpi's formula gives, and where it adds unlike units. Kept with the kpi's
 * figures: figures reused after an edit (impact-reuse.ts) mean the same formula over
 * elements with the same units, so the same answer.
 */
const unitsOf = new WeakMap<KpiImpact, { inferred: Unit; clashes: UnitClashes }>();

function formulaUnits(impact: KpiImpact, model: ImpactModel): { inferred: Unit; clashes: UnitClashes } {
    let units = unitsOf.get(impact);
    if (!units) {
        const clashes: UnitClashes = [];
        const inferred = unitOfFormula(
            impact.kpi.formula,
            quantity => quantityUnit(quantity, other => model.kpis.get(other)?.unit ?? parseUnit(other.unit)),
            clashes
        );
        unitsOf.set(impact, (units = { inferred, clashes }));
    }
    return units;
}

/** A unit in a message: `USD/request`, or "a plain number" for none. */
function unitWords(unit: Unit): string {
    return unit.size === 0 ? 'a plain number' : `\`${formatUnit(unit)}\``;
}

function where(entry: ActualEntry): string {
    if (entry.origin.kind === 'csv') return `"${entry.origin.file}" row ${entry.origin.row}`;
    return `line ${(entry.origin.point.$cstNode?.range.start.line ?? 0) + 1}`;
}
