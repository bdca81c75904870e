import type { AstNode, CompositeCstNode, CstNode, ValidationAcceptor } from 'langium';
import { GrammarAST, isCompositeCstNode } from 'langium';
import type { PlanFile } from '../generated/ast.js';
import { elementsOfType } from '../model/plan-queries.js';
import { namedElements } from '../scoping/cop-scope-computation.js';
import { PlanSymbols } from '../scoping/plan-symbols.js';
import { describe, report } from './report.js';

/** Lines that may appear only once in a block of each kind: a repeat would silently win. */
export const singleLines: Record<string, readonly string[]> = {
    Plan: ['purpose', 'sponsor', 'northstar', 'cost'],
    Indicator: ['qualitative', 'unit', 'baseline', 'target', 'data', 'cadence', 'owner', 'perspective', 'compute'],
    Assumption: ['value', 'range', 'unit', 'source', 'from', 'evidence'],
    Kpi: ['formula', 'unit', 'target', 'deadweight', 'displacement', 'attribution', 'evidence', 'perspective'],
    Experiment: ['metric', 'treatment', 'control', 'start', 'end'],
    Story: ['date', 'text', 'cycles'],
    Decision: ['owner', 'due'],
    Review: ['date'],
    // Part 5: measuring from data
    Source: ['file', 'time', 'person', 'event', 'consent'],
    Event: ['source', 'name', 'version', 'deprecated'],
    Influence: ['source', 'conversion', 'window', 'unit', 'cadence']
};

/** Whole-file structure: one plan header, unique names, no repeated single lines. */
export class PlanChecks {
    checkPlanHeader = (root: PlanFile, accept: ValidationAcceptor): void => {
        const plans = elementsOfType(root, 'Plan');
        if (plans.length === 0) {
            const first = root.elements[0]?.$cstNode?.range.start ?? { line: 0, character: 0 };
            report(
                accept,
                'missing-plan',
                'This file has no plan header. Start it with `plan Name "Title" { purpose "…" }` so its elements belong to a plan.',
                { node: root, range: { start: first, end: first } }
            );
        }
        for (const extra of plans.slice(1)) {
            report(
                accept,
                'missing-plan',
                `This file already has a plan header (plan ${describe(plans[0])}, line ${lineOf(plans[0])}); a file holds exactly one plan. Move plan ${describe(extra)} to a file of its own.`,
                { node: extra, property: 'name' }
            );
        }
    };

    checkDuplicateNames = (root: PlanFile, accept: ValidationAcceptor): void => {
        for (const { first, node, name } of repeatedNames(root)) {
            report(
                accept,
                'duplicate-name',
                `The name \`${name}\` is already used on line ${lineOf(first)}. Names must be unique in a plan: rename one of them.`,
                { node, property: 'name' }
            );
        }
        const actuals = new Map<AstNode, AstNode>();
        for (const element of root.elements) {
            if (element.$type !== 'Actual') continue;
            const indicator = element.indicator?.ref; // absent while the line is half-typed
            if (!indicator) continue;
            const first = actuals.get(indicator);
            if (first) {
                report(
                    accept,
                    'duplicate-name',
                    `Actuals of \`${element.indicator.$refText}\` are already given on line ${lineOf(first)}. Keep one \`actual\` block per indicator.`,
                    { node: element, property: 'indicator' }
                );
            } else {
                actuals.set(indicator, element);
            }
        }
    };

    checkRepeatedLines = (node: AstNode, accept: ValidationAcceptor): void => {
        const keywords = singleLineBits.get(node.$type);
        const block = node.$cstNode;
        if (!keywords || !block) return;
        let repeats = repeatsOf.get(block);
        if (!repeats) repeatsOf.set(block, (repeats = repeatedKeywords(block, keywords)));
        for (const part of repeats) {
            const keyword = (part.grammarSource as GrammarAST.Keyword).value;
            report(
                accept,
                'repeated-line',
                `\`${keyword}\` appears more than once here; only the last one would count. Keep a single \`${keyword}\` line.`,
                // The range as the part is now: a kept block moves with the text around it.
                { node, range: part.range }
            );
        }
    };
}

/**
 * Each named element whose name an element before it already has, with that first one. The
 * plan's symbol table (scoping/plan-symbols.ts) knows them from the build; a tree checked
 * without its table (none computed, or one of an earlier tree) is gone through name by name.
 */
function* repeatedNames(root: PlanFile): Iterable<{ first: AstNode; node: AstNode; name: string }> {
    const symbols = root.$document?.localSymbols;
    if (symbols instanceof PlanSymbols && symbols.has(root)) {
        for (const { first, repeat } of symbols.repeated()) {
            if (first.node && repeat.node) yield { first: first.node, node: repeat.node, name: repeat.name };
        }
        return;
    }
    const seen = new Map<string, AstNode>();
    for (const node of namedElements(root)) {
        const first = seen.get(node.name);
        if (first) yield { first, node, name: node.name };
        else seen.set(node.name, node);
    }
}

/**
 * The repeated single-line keywords of each block, by the block's syntax node. They depend
 * on the block's own text only, and a syntax node's parts never change once it is built: the
 * incremental parse (parser/incremental-parse.ts) keeps a block's node only when the block is
 * unchanged, moving its positions in place, and builds a new node otherwise. So after an edit
 * only the blocks parsed again are read; the others' tokens are not touched at all.
 */
const repeatsOf = new WeakMap<CstNode, readonly CstNode[]>();

const NO_REPEATS: readonly CstNode[] = [];

/** The keyword parts of a block that repeat a single line before them, in text order. */
function repeatedKeywords(block: CstNode, keywords: ReadonlyMap<string, number>): readonly CstNode[] {
    const cst = ownSyntax(block);
    if (!cst) return NO_REPEATS;
    let repeats: CstNode[] | undefined;
    // The keywords seen, one bit each: no set per block.
    let seen = 0;
    for (const part of cst.content) {
        // Not `GrammarAST.isKeyword`, which looks up the type hierarchy for every token. Only
        // a token (a leaf) comes from a keyword: a composite node comes from a rule call.
        if (part.grammarSource?.$type !== 'Keyword') continue;
        const bit = keywords.get((part.grammarSource as GrammarAST.Keyword).value);
        if (bit === undefined) continue;
        if (seen & bit) (repeats ??= []).push(part);
        seen |= bit;
    }
    return repeats ?? NO_REPEATS;
}

/** `singleLines` with a bit for each keyword of a kind: looked up for every keyword of every block on every keystroke. */
const singleLineBits = new Map(
    Object.entries(singleLines).map(([type, keywords]) => [type, new Map(keywords.map((keyword, index) => [keyword, 1 << index]))] as const)
);

/**
 * The syntax node of a block itself, whose direct parts are its keywords in text order (a
 * block's lines are not rules of their own, so their keywords sit there). Keywords further
 * down belong to something else: the block's name (names may be keywords: `indicator unit`),
 * a number, a target, a formula. A walk of every token below the block
 * (`CstUtils.streamCst`) cost a tenth of `cop check` on a large plan, and counted a name
 * like `unit` as a `unit` line.
 */
function ownSyntax(cst: CstNode): CompositeCstNode | undefined {
    // The block's node may be wrapped in the nodes of the rules that called it (`Element:
    // Plan | Indicator | …`): each holds only the next one. A block itself starts with its keyword.
    while (isCompositeCstNode(cst) && cst.content.length === 1 && isCompositeCstNode(cst.content[0])) cst = cst.content[0];
    return isCompositeCstNode(cst) ? cst : undefined;
}

function lineOf(node: AstNode): number {
    return (node.$cstNode?.range.start.line ?? 0) + 1;
}
