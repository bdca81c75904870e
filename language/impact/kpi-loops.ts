import type { Kpi } from '../generated/ast.js';

/**
 * Loops among kpis (a kpi whose formula reaches itself through other kpis has no value),
 * found once per evaluation for every kpi, in time linear in the kpis and their references.
 */
export class KpiLoops {
    private readonly loops = new Map<Kpi, Kpi[] | undefined>();
    private readonly broken = new Map<Kpi, boolean>();
    /** Tarjan's visiting order, and each kpi's group of kpis on a loop with it (itself alone when on none). */
    private readonly order = new Map<Kpi, number>();
    private readonly loopGroups = new Map<Kpi, Set<Kpi>>();

    /** `kpisNamedBy(kpi)`: the kpis its formula names, in the order written. */
    constructor(private readonly kpisNamedBy: (kpi: Kpi) => readonly Kpi[]) {}

    /** On a loop, or referring to a kpi that is: no value. */
    isBroken(kpi: Kpi): boolean {
        this.findLoopGroups(kpi);
        return this.broken.get(kpi)!;
    }

    /** The kpis `kpi` reaches again through its formula, as a path, if any. */
    loopOf(kpi: Kpi): Kpi[] | undefined {
        if (this.loops.has(kpi)) return this.loops.get(kpi);
        this.findLoopGroups(kpi);
        const group = this.loopGroups.get(kpi)!;
        let found: Kpi[] | undefined;
        if (group.size > 1 || this.kpisNamedBy(kpi).includes(kpi)) {
            // A path back exists and stays inside the kpi's group: search only there, so a
            // long chain of kpis (each on no loop) is not walked again for every kpi of it.
            const previous = new Map<Kpi, Kpi>();
            const queue: Kpi[] = [kpi];
            for (let head = 0; head < queue.length && !found; head++) {
                const current = queue[head];
                for (const next of this.kpisNamedBy(current)) {
                    if (next === kpi) {
                        const path = [current];
                        for (let step = current; step !== kpi;) { step = previous.get(step)!; path.push(step); }
                        found = [...path.reverse(), kpi];
                        break;
                    }
                    if (group.has(next) && !previous.has(next)) { previous.set(next, current); queue.push(next); }
                }
            }
        }
        this.loops.set(kpi, found);
        return found;
    }

    /**
     * Groups the kpis reachable from `root` by the loops they share (strongly connected
     * components, Tarjan's algorithm with an explicit stack: a chain of thousands of kpis
     * must not recurse thousands deep), and marks each kpi broken when it is on a loop or
     * refers to a broken kpi. Groups complete dependencies first, so the kpis a group refers
     * to outside itself are marked already.
     */
    private findLoopGroups(root: Kpi): void {
        if (this.order.has(root)) return;
        const low = new Map<Kpi, number>();
        const stack: Kpi[] = [];
        const onStack = new Set<Kpi>();
        const work: { kpi: Kpi; next: number }[] = [];
        const visit = (kpi: Kpi) => {
            this.order.set(kpi, this.order.size);
            low.set(kpi, this.order.get(kpi)!);
            stack.push(kpi);
            onStack.add(kpi);
            work.push({ kpi, next: 0 });
        };
        visit(root);
        while (work.length > 0) {
            const frame = work[work.length - 1];
            const names = this.kpisNamedBy(frame.kpi);
            if (frame.next < names.length) {
                const next = names[frame.next++];
                if (!this.order.has(next)) visit(next);
                else if (onStack.has(next)) low.set(frame.kpi, Math.min(low.get(frame.kpi)!, this.order.get(next)!));
                continue;
            }
            work.pop();
            const parent = work[work.length - 1];
            if (parent) low.set(parent.kpi, Math.min(low.get(parent.kpi)!, low.get(frame.kpi)!));
            if (low.get(frame.kpi) !== this.order.get(frame.kpi)) continue;
            const group = new Set<Kpi>();
            let member: Kpi;
            do {
                member = stack.pop()!;
                onStack.delete(member);
                group.add(member);
            } while (member !== frame.kpi);
            let broken = group.size > 1 || names.includes(frame.kpi);
            for (const kpi of group) {
                this.loopGroups.set(kpi, group);
                if (!broken) broken = this.kpisNamedBy(kpi).some(next => !group.has(next) && this.broken.get(next) === true);
            }
            for (const kpi of group) this.broken.set(kpi, broken);
        }
    }
}
