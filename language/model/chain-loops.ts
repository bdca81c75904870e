import type { Outcome } from '../generated/ast.js';
import { isOutcome } from '../generated/ast.js';

/**
 * Loops in the `from` links of a chain. Only outcomes can loop (an output comes from inputs,
 * and inputs come from nothing), so the graph is outcomes and their `from` outcomes.
 * Tarjan's algorithm, iterative so a 50,000-step chain cannot overflow the stack: linear in
 * outcomes and links. For each outcome on a loop, returns the shortest loop through it.
 */
export function findChainLoops(outcomes: readonly Outcome[]): Map<Outcome, Outcome[]> {
    const successors = (outcome: Outcome): Outcome[] =>
        outcome.from.map(ref => ref.ref).filter(isOutcome);

    const indexOf = new Map<Outcome, number>();
    const lowLink = new Map<Outcome, number>();
    const onStack = new Set<Outcome>();
    const stack: Outcome[] = [];
    const components: Outcome[][] = [];
    let counter = 0;

    for (const start of outcomes) {
        if (indexOf.has(start)) continue;
        const work: Array<{ node: Outcome; next: Outcome[]; position: number }> = [];
        const enter = (node: Outcome) => {
            indexOf.set(node, counter);
            lowLink.set(node, counter);
            counter++;
            stack.push(node);
            onStack.add(node);
            work.push({ node, next: successors(node), position: 0 });
        };
        enter(start);
        while (work.length > 0) {
            const frame = work[work.length - 1];
            if (frame.position < frame.next.length) {
                const child = frame.next[frame.position++];
                if (!indexOf.has(child)) enter(child);
                else if (onStack.has(child)) lowLink.set(frame.node, Math.min(lowLink.get(frame.node)!, indexOf.get(child)!));
                continue;
            }
            work.pop();
            if (work.length > 0) {
                const parent = work[work.length - 1].node;
                lowLink.set(parent, Math.min(lowLink.get(parent)!, lowLink.get(frame.node)!));
            }
            if (lowLink.get(frame.node) === indexOf.get(frame.node)) {
                const component: Outcome[] = [];
                let member: Outcome;
                do {
                    member = stack.pop()!;
                    onStack.delete(member);
                    component.push(member);
                } while (member !== frame.node);
                const selfLoop = component.length === 1 && successors(component[0]).includes(component[0]);
                if (component.length > 1 || selfLoop) components.push(component);
            }
        }
    }

    const loops = new Map<Outcome, Outcome[]>();
    for (const component of components) {
        const members = new Set(component);
        for (const outcome of component) {
            loops.set(outcome, shortestLoop(outcome, members, successors));
        }
    }
    return loops;
}

/** Breadth-first search from `start` back to itself, staying inside its component. */
function shortestLoop(start: Outcome, members: Set<Outcome>, successors: (o: Outcome) => Outcome[]): Outcome[] {
    const previous = new Map<Outcome, Outcome>();
    const queue: Outcome[] = [start];
    for (let head = 0; head < queue.length; head++) {
        const node = queue[head];
        for (const next of successors(node)) {
            if (!members.has(next)) continue;
            if (next === start) {
                const path = [node];
                let step = node;
                while (step !== start) {
                    step = previous.get(step)!;
                    path.push(step);
                }
                return path.reverse().concat(start);
            }
            if (!previous.has(next)) {
                previous.set(next, node);
                queue.push(next);
            }
        }
    }
    return [start, start];
}
