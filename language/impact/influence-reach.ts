import type { Kpi } from '../generated/ast.js';
import { namesIn } from './formula.js';

/**
 * Whether a kpi's formula reaches an `influence` (Part 5), directly or through other kpis.
 * Such a kpi counts only the community's share of what it measures already, so it needs no
 * `attribution` line (contract Part 3). Answers are remembered per kpi: when a walk finds no
 * influence, every kpi it visited reaches none either, so a long chain is walked once.
 */
export class InfluenceReach {
    private readonly known = new WeakMap<Kpi, boolean>();

    reaches(kpi: Kpi): boolean {
        const cached = this.known.get(kpi);
        if (cached !== undefined) return cached;
        const seen = new Set<Kpi>([kpi]);
        const stack: Kpi[] = [kpi];
        while (stack.length > 0) {
            const current = stack.pop()!;
            if (this.known.get(current) === true) return this.remember(kpi, true);
            if (this.known.get(current) === false) continue;
            for (const name of namesIn(current.formula)) {
                if (name.$type === 'Influence') return this.remember(kpi, true);
                if (name.$type === 'Kpi' && !seen.has(name)) {
                    seen.add(name);
                    stack.push(name);
                }
            }
        }
        for (const visited of seen) this.known.set(visited, false);
        return false;
    }

    private remember(kpi: Kpi, answer: boolean): boolean {
        this.known.set(kpi, answer);
        return answer;
    }
}
