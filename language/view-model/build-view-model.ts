import type { AstNode, LangiumDocument, Reference } from 'langium';
import { AstUtils, GrammarUtils } from 'langium';
import type { CopCoreServices } from '../cop-core-module.js';
import type { PlanDiagnostic } from '../diagnostics/plan-diagnostic.js';
import { comparePlanDiagnostics, toPlanDiagnostic } from '../diagnostics/plan-diagnostic.js';
import type { Indicator, Input, Outcome, Output, PlanFile, Row, Shared, Value } from '../generated/ast.js';
import { isCycle, isIndicator, isInput, isOutcome, isOutput, isPlan, isRow, isShared, isValue } from '../generated/ast.js';
import { cycleDescriptions } from './cycle-descriptions.js';
import type {
    ChainStepView,
    CycleView,
    DiagnosticCounts,
    IndicatorView,
    Located,
    MatrixRowView,
    PlanViewModel,
    RefView,
    SharedValueView,
    SourceAt,
    ValueView
} from './plan-view-model.js';
import { CYCLE_KINDS, VIEW_MODEL_VERSION } from './plan-view-model.js';

/**
 * Builds the view model of a plan document that has been linked and validated. Delivery of
 * values is asked of the workspace (`PlanUsage`), so an outcome in another plan that
 * delivers one of this plan's values counts.
 */
export function buildViewModel(document: LangiumDocument<PlanFile>, services: CopCoreServices): PlanViewModel {
    const root = document.parseResult.value;
    const uri = document.uri.toString();
    const usage = services.workspace.PlanUsage;
    const elements = root.elements ?? [];
    const locate = (node: AstNode | undefined): Located => locationOf(node, uri);

    const sharedElements = elements.filter(isShared);
    const sharedOf = new Map<Value, string[]>();
    for (const shared of sharedElements) {
        for (const ref of [...shared.member, ...shared.organization]) {
            if (!ref.ref) continue;
            const list = sharedOf.get(ref.ref) ?? [];
            if (!list.includes(nameOf(shared))) list.push(nameOf(shared));
            sharedOf.set(ref.ref, list);
        }
    }

    const valueView = (value: Value): ValueView => ({
        name: nameOf(value),
        title: value.title,
        term: value.term as ValueView['term'],
        ...locate(value),
        delivered: usage.isDelivered(value),
        shared: sharedOf.get(value) ?? []
    });
    const rowView = (row: Row): MatrixRowView => ({
        stakeholder: nameOf(row),
        title: row.title,
        side: row.side as MatrixRowView['side'],
        found: row.found ?? [],
        ...locate(row),
        short: row.values.filter(v => v.term === 'short').map(valueView),
        long: row.values.filter(v => v.term === 'long').map(valueView)
    });

    const deliveredShared = (shared: Shared): boolean => usage.isSharedDelivered(shared);
    const sharedView = (shared: Shared, index: number): SharedValueView => ({
        name: nameOf(shared),
        title: shared.title,
        badge: index + 1,
        ...locate(shared),
        member: shared.member.map(ref => refView(ref, uri)),
        organization: shared.organization.map(ref => refView(ref, uri)),
        delivered: deliveredShared(shared)
    });

    const stepView = (step: Input | Output | Outcome): ChainStepView => ({
        kind: isInput(step) ? 'input' : isOutput(step) ? 'output' : 'outcome',
        name: nameOf(step),
        title: step.title,
        ...locate(step),
        from: isInput(step) ? [] : (step.from as Array<Reference<AstNode>>).map(ref => refView(ref, uri)),
        delivers: isOutcome(step) ? step.delivers.map(ref => refView(ref, uri)) : [],
        measures: step.measures.map(ref => indicatorRefView(ref, uri))
    });

    const cycles: CycleView[] = CYCLE_KINDS.map(kind => {
        const cycle = elements.filter(isCycle).find(c => c.kind === kind);
        return {
            kind,
            ...cycleDescriptions[kind],
            present: cycle !== undefined,
            ...(cycle ? locate(cycle) : {}),
            aspirations: cycle?.aspirations ?? [],
            conditions: cycle?.conditions ?? [],
            tracks: cycle?.tracks.map(ref => indicatorRefView(ref, uri)) ?? [],
            data: cycle?.data ?? []
        };
    });

    const items: PlanDiagnostic[] = (document.diagnostics ?? []).map(toPlanDiagnostic).sort(comparePlanDiagnostics);
    const counts: { -readonly [K in keyof DiagnosticCounts]: number } = { error: 0, warning: 0, information: 0, hint: 0 };
    for (const item of items) counts[item.severity]++;

    const plan = elements.find(isPlan);
    return {
        version: VIEW_MODEL_VERSION,
        uri,
        plan: plan && {
            name: nameOf(plan),
            title: plan.title,
            purpose: plan.purpose,
            sponsor: plan.sponsor,
            catalogs: plan.catalogs,
            ...locate(plan)
        },
        matrix: { rows: elements.filter(isRow).map(rowView) },
        shared: sharedElements.map(sharedView),
        chain: {
            inputs: elements.filter(isInput).map(stepView),
            outputs: elements.filter(isOutput).map(stepView),
            outcomes: elements.filter(isOutcome).map(stepView)
        },
        indicators: elements.filter(isIndicator).map(indicator => indicatorView(indicator, nameOf(indicator), uri)),
        cycles,
        diagnostics: { counts, items }
    };
}

/**
 * An element's name for the views. Langium types names as always there, but while a line is
 * being typed (`outcome "Served" { }`) the parser leaves an element without one: the views
 * then show its title, or nothing, instead of failing.
 */
function nameOf(element: { name?: string }): string {
    return element.name ?? '';
}

function refView(ref: Reference<AstNode>, uri: string): RefView {
    const target = ref.ref;
    return {
        name: ref.$refText,
        title: (target as { title?: string } | undefined)?.title,
        resolved: target !== undefined,
        kind: target ? kindOf(target) : undefined,
        ...locationOf(target, uri)
    };
}

function indicatorRefView(ref: Reference<Indicator>, uri: string): IndicatorView {
    return ref.ref ? indicatorView(ref.ref, ref.$refText, uri) : { name: ref.$refText, resolved: false, qualitative: false };
}

function indicatorView(indicator: Indicator, name: string, uri: string): IndicatorView {
    return {
        name,
        title: indicator.title,
        resolved: true,
        ...locationOf(indicator, uri),
        qualitative: indicator.qualitative,
        unit: indicator.unit,
        baseline: indicator.baseline,
        target: indicator.target && {
            op: indicator.target.operator,
            value: indicator.target.value,
            ...(indicator.target.by ? { by: indicator.target.by } : {})
        },
        data: indicator.data,
        cadence: indicator.cadence,
        owner: indicator.owner
    };
}

function kindOf(node: AstNode): string | undefined {
    if (isValue(node)) return 'value';
    if (isShared(node)) return 'shared';
    if (isInput(node)) return 'input';
    if (isOutput(node)) return 'output';
    if (isOutcome(node)) return 'outcome';
    if (isIndicator(node)) return 'indicator';
    return undefined;
}

/** The range of the element's name (what a click should select) and its file if foreign. */
function locationOf(node: AstNode | undefined, planUri: string): Located {
    if (!node?.$cstNode) return {};
    const nameNode =
        GrammarUtils.findNodeForProperty(node.$cstNode, 'name') ??
        (isCycle(node) ? GrammarUtils.findNodeForProperty(node.$cstNode, 'kind') : undefined) ??
        node.$cstNode;
    const { start, end } = nameNode.range;
    const at: SourceAt = { line: start.line, character: start.character, endLine: end.line, endCharacter: end.character };
    let nodeUri: string | undefined;
    try {
        nodeUri = AstUtils.getDocument(node).uri.toString();
    } catch {
        nodeUri = undefined; // a node outside any document (should not happen once linked)
    }
    return nodeUri && nodeUri !== planUri ? { at, uri: nodeUri } : { at };
}
