import type { ChainStepView, IndicatorView, Located, PlanViewModel } from '../../view-model/plan-view-model.js';
import { maxOf } from '../../model/lists.js';

/** Geometry of the chain diagram, in SVG user units. */
export const CHAIN_GEOMETRY = {
    columnWidth: 210,
    columnGap: 56,
    top: 34,
    nodeGap: 14,
    titleHeight: 30,
    lineHeight: 16,
    padding: 8,
    maxIndicatorLines: 3
} as const;

export type ChainColumn = 0 | 1 | 2 | 3;
export const CHAIN_COLUMN_LABELS = ['Inputs', 'Outputs', 'Outcomes', 'Values'] as const;

export interface ChainNode extends Located {
    readonly key: string;
    readonly column: ChainColumn;
    readonly title: string;
    readonly name: string;
    /** Indicator lines shown in the box (at most `maxIndicatorLines`, then "+N more"). */
    readonly lines: readonly string[];
    /** `undelivered`: a value of the matrix that no outcome delivers; `unresolved`: a name nobody declares. */
    readonly state: 'normal' | 'undelivered' | 'unresolved' | 'shared';
    readonly x: number;
    readonly y: number;
    readonly height: number;
}

export interface ChainEdge {
    readonly from: ChainNode;
    readonly to: ChainNode;
}

export interface ChainLayout {
    readonly nodes: readonly ChainNode[];
    readonly edges: readonly ChainEdge[];
    readonly width: number;
    readonly height: number;
}

/**
 * Places inputs, outputs, outcomes and values in four columns, in source order, and links
 * them by `from` and `delivers`. Values are those the outcomes deliver plus the matrix values
 * nobody delivers (flagged), so gaps show in the diagram too.
 */
export function layoutChain(model: PlanViewModel): ChainLayout {
    const g = CHAIN_GEOMETRY;
    const nodes: ChainNode[] = [];
    const byKey = new Map<string, ChainNode>();
    const columnBottom = [g.top, g.top, g.top, g.top];

    const place = (key: string, column: ChainColumn, item: Omit<ChainNode, 'key' | 'column' | 'x' | 'y' | 'height'>): ChainNode => {
        const existing = byKey.get(key);
        if (existing) return existing;
        const height = g.titleHeight + item.lines.length * g.lineHeight + (item.lines.length ? g.padding : 0);
        const node: ChainNode = { ...item, key, column, x: column * (g.columnWidth + g.columnGap), y: columnBottom[column], height };
        columnBottom[column] += height + g.nodeGap;
        nodes.push(node);
        byKey.set(key, node);
        return node;
    };
    const stepNode = (step: ChainStepView, column: ChainColumn) =>
        place(`${step.kind}:${step.name}`, column, {
            title: step.title ?? step.name,
            name: step.name,
            lines: indicatorLines(step.measures),
            state: 'normal',
            at: step.at,
            uri: step.uri
        });

    model.chain.inputs.forEach(step => stepNode(step, 0));
    model.chain.outputs.forEach(step => stepNode(step, 1));
    model.chain.outcomes.forEach(step => stepNode(step, 2));

    const sharedNames = new Set(model.shared.map(s => s.name));
    for (const outcome of model.chain.outcomes) {
        for (const ref of outcome.delivers) {
            place(`value:${ref.name}`, 3, {
                title: ref.title ?? ref.name,
                name: ref.name,
                lines: [],
                state: !ref.resolved ? 'unresolved' : ref.kind === 'shared' || sharedNames.has(ref.name) ? 'shared' : 'normal',
                at: ref.at,
                uri: ref.uri
            });
        }
    }
    for (const row of model.matrix.rows) {
        for (const value of [...row.short, ...row.long]) {
            if (!value.delivered && !byKey.has(`value:${value.name}`)) {
                place(`value:${value.name}`, 3, {
                    title: value.title ?? value.name,
                    name: value.name,
                    lines: ['no outcome delivers it'],
                    state: 'undelivered',
                    at: value.at
                });
            }
        }
    }

    const edges: ChainEdge[] = [];
    const link = (fromKey: string, to: ChainNode) => {
        const from = byKey.get(fromKey);
        if (from) edges.push({ from, to });
    };
    for (const output of model.chain.outputs) {
        const to = byKey.get(`output:${output.name}`)!;
        output.from.forEach(ref => link(`input:${ref.name}`, to));
    }
    for (const outcome of model.chain.outcomes) {
        const node = byKey.get(`outcome:${outcome.name}`)!;
        outcome.from.forEach(ref => link(ref.kind === 'outcome' ? `outcome:${ref.name}` : `output:${ref.name}`, node));
        for (const ref of outcome.delivers) {
            const to = byKey.get(`value:${ref.name}`);
            if (to) edges.push({ from: node, to });
        }
    }

    const width = 4 * g.columnWidth + 3 * g.columnGap;
    const height = maxOf(columnBottom) + g.nodeGap;
    return { nodes, edges, width, height };
}

function indicatorLines(measures: readonly IndicatorView[]): string[] {
    const max = CHAIN_GEOMETRY.maxIndicatorLines;
    const lines = measures.slice(0, measures.length > max ? max - 1 : max).map(indicatorLine);
    if (measures.length > max) lines.push(`+${measures.length - (max - 1)} more indicators`);
    return lines;
}

function indicatorLine(indicator: IndicatorView): string {
    const target = indicator.target ? ` ${indicator.target.op} ${indicator.target.value}${indicator.unit ? ' ' + indicator.unit : ''}` : '';
    return `◦ ${indicator.title ?? indicator.name}${target}`;
}
