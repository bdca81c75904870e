import type { Outcome } from '../generated/ast.js';
import { isOutcome } from '../generated/ast.js';
import { StrongComponents } from './strong-components.js';

/**
 * Loops in the `from` links of chains. Only outcomes can loop (an output comes from inputs,
 * and inputs come from nothing), so the graph is outcomes and their `from` outcomes; for each
 * outcome on a loop, the shortest loop through it. The loops of every chain in a workspace,
 * found as the checks ask for them: one graph for
 * all plans of a build, so a plan whose outcomes come from other plans' outcomes does not walk
 * those again for each plan (in a workspace of linked plans, every plan's check walked the
 * whole workspace). Make one per build: the `from` links must not change while it is used.
 */
export class WorkspaceChainLoops {
    private readonly graph = new StrongComponents<Outcome>(outcome => outcome.from.map(ref => ref.ref).filter(isOutcome));
    private readonly loops = new Map<Outcome, Outcome[]>();

    /** The shortest loop through each of `outcomes` that is on one. */
    of(outcomes: readonly Outcome[]): Map<Outcome, Outcome[]> {
        for (const start of outcomes) {
            this.graph.visit(start, group => {
                if (!this.graph.isLoop(group)) return;
                const members = new Set(group);
                for (const outcome of group) this.loops.set(outcome, this.graph.shortestLoop(outcome, members) ?? [outcome, outcome]);
            });
        }
        const result = new Map<Outcome, Outcome[]>();
        for (const outcome of outcomes) {
            const loop = this.loops.get(outcome);
            if (loop) result.set(outcome, loop);
        }
        return result;
    }
}
