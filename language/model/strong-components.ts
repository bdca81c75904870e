/**
 * Loops in a graph of plan elements (outcomes through `from`, kpis through their formulas):
 * the groups of elements that reach each other (strongly connected components, Tarjan's
 * algorithm with an explicit stack, so a chain of tens of thousands of elements cannot
 * overflow the stack), and the shortest loop through one element of a group. Linear in the
 * elements and their links.
 */
export class StrongComponents<T> {
    /** Tarjan's visiting order of every element reached so far, over all calls. */
    private readonly order = new Map<T, number>();
    private readonly low = new Map<T, number>();
    private readonly stack: T[] = [];
    private readonly onStack = new Set<T>();
    private readonly work: { node: T; next: readonly T[]; position: number }[] = [];

    constructor(private readonly successors: (node: T) => readonly T[]) {}

    /**
     * Visits what `root` reaches that no earlier call visited, and hands each group to
     * `onGroup` once it is complete: the groups a group links to come first.
     */
    visit(root: T, onGroup: (group: readonly T[]) => void): void {
        if (this.order.has(root)) return;
        // Shared by every call (each leaves them empty, and a finished element's `low` is
        // never read again): a plan asks once per outcome or kpi, most of which are visited already.
        const { low, stack, onStack, work } = this;
        if (work.length > 0) {
            // A call that threw (a broken plan) left its search behind: start clean.
            work.length = 0;
            stack.length = 0;
            onStack.clear();
        }
        const enter = (node: T) => {
            this.order.set(node, this.order.size);
            low.set(node, this.order.get(node)!);
            stack.push(node);
            onStack.add(node);
            work.push({ node, next: this.successors(node), position: 0 });
        };
        enter(root);
        while (work.length > 0) {
            const frame = work[work.length - 1];
            if (frame.position < frame.next.length) {
                const child = frame.next[frame.position++];
                if (!this.order.has(child)) enter(child);
                else if (onStack.has(child)) low.set(frame.node, Math.min(low.get(frame.node)!, this.order.get(child)!));
                continue;
            }
            work.pop();
            const parent = work[work.length - 1];
            if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
            if (low.get(frame.node) !== this.order.get(frame.node)) continue;
            const group: T[] = [];
            let member: T;
            do {
                member = stack.pop()!;
                onStack.delete(member);
                group.push(member);
            } while (member !== frame.node);
            onGroup(group);
        }
    }

    /** Whether a group is a loop: more than one element, or one that links to itself. */
    isLoop(group: readonly T[]): boolean {
        return group.length > 1 || this.successors(group[0]).includes(group[0]);
    }

    /** The shortest path from `start` back to itself inside its group (breadth first), if any. */
    shortestLoop(start: T, group: ReadonlySet<T>): T[] | undefined {
        const previous = new Map<T, T>();
        const queue: T[] = [start];
        for (let head = 0; head < queue.length; head++) {
            const node = queue[head];
            for (const next of this.successors(node)) {
                if (next === start) {
                    const path = [node];
                    for (let step = node; step !== start; ) {
                        step = previous.get(step)!;
                        path.push(step);
                    }
                    return [...path.reverse(), start];
                }
                if (group.has(next) && !previous.has(next)) {
                    previous.set(next, node);
                    queue.push(next);
                }
            }
        }
        return undefined;
    }
}
