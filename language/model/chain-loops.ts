import type { Outcome } from '../generated/ast.js';
import { StrongComponents } from './strong-components.js';

/**
 * Loops in the `from` links of a chain. Only outcomes can loop (an output comes from inputs,
 * and inputs come from nothing), so the graph is outcomes and their `from` outcomes. For
 * each outcome on a loop, returns the shortest loop through it.
 */
export function findChainLoops(outcomes: readonly Outcome[]): Map<Outcome, Outcome[]> {
    // `$type`, not the generated guard (a reflection lookup per link): outcomes have no subtypes.
    const graph = new StrongComponents<Outcome>(outcome => {
        const next: Outcome[] = [];
        for (const ref of outcome.from) if (ref.ref?.$type === 'Outcome') next.push(ref.ref);
        return next;
    });
    const loops = new Map<Outcome, Outcome[]>();
    for (const start of outcomes) {
        graph.visit(start, group => {
            if (!graph.isLoop(group)) return;
            const members = new Set(group);
            for (const outcome of group) loops.set(outcome, graph.shortestLoop(outcome, members) ?? [outcome, outcome]);
        });
    }
    return loops;
}
