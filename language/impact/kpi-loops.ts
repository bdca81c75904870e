import type { Kpi } from '../generated/ast.js';
import { StrongComponents } from '../model/strong-components.js';

/**
 * Loops among kpis (a kpi whose formula reaches itself through other kpis has no value),
 * found once per evaluation for every kpi, in time linear in the kpis and their references.
 */
export class KpiLoops {
    private readonly graph: StrongComponents<Kpi>;
    private readonly loops = new Map<Kpi, Kpi[] | undefined>();
    private readonly broken = new Map<Kpi, boolean>();
    /** Each kpi's group of kpis on a loop with it (itself alone when on none). */
    private readonly loopGroups = new Map<Kpi, Set<Kpi>>();

    /** `kpisNamedBy(kpi)`: the kpis its formula names, in the order written. */
    constructor(private readonly kpisNamedBy: (kpi: Kpi) => readonly Kpi[]) {
        this.graph = new StrongComponents(kpisNamedBy);
    }

    /** On a loop, or referring to a kpi that is: no value. */
    isBroken(kpi: Kpi): boolean {
        // Asked at every evaluation of a kpi in every scenario: known after the first.
        const known = this.broken.get(kpi);
        if (known !== undefined) return known;
        this.findLoopGroups(kpi);
        return this.broken.get(kpi)!;
    }

    /** The kpis `kpi` reaches again through its formula, as a path, if any. */
    loopOf(kpi: Kpi): Kpi[] | undefined {
        if (this.loops.has(kpi)) return this.loops.get(kpi);
        if (!this.loopGroups.has(kpi)) this.findLoopGroups(kpi);
        const group = this.loopGroups.get(kpi)!;
        // Searched only inside the kpi's group, so a long chain of kpis (each on no loop) is
        // not walked again for every kpi of it. A group is a loop as `StrongComponents.isLoop` says.
        const onLoop = group.size > 1 || this.kpisNamedBy(kpi).includes(kpi);
        const found = onLoop ? this.graph.shortestLoop(kpi, group) : undefined;
        this.loops.set(kpi, found);
        return found;
    }

    /**
     * Groups the kpis reachable from `root` by the loops they share, and marks each kpi
     * broken when it is on a loop or refers to a broken kpi. Groups come dependencies first,
     * so the kpis a group refers to outside itself are marked already.
     */
    private findLoopGroups(root: Kpi): void {
        this.graph.visit(root, members => {
            const group = new Set(members);
            let broken = this.graph.isLoop(members);
            for (const kpi of group) {
                this.loopGroups.set(kpi, group);
                if (!broken) broken = this.kpisNamedBy(kpi).some(next => !group.has(next) && this.broken.get(next) === true);
            }
            for (const kpi of group) this.broken.set(kpi, broken);
        });
    }
}
