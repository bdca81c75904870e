import type { ValidationAcceptor } from 'langium';
import type { Cycle, PlanFile } from '../generated/ast.js';
import { isCycle } from '../generated/ast.js';
import { report } from './report.js';

/** The seven value-creation cycles of seed 003, each asked in four rounds. */
export class CycleChecks {
    checkCycle = (cycle: Cycle, accept: ValidationAcceptor): void => {
        if (!cycle.kind) return;
        const missing = [
            cycle.aspirations.length === 0 && 'aspiration',
            cycle.conditions.length === 0 && 'condition',
            cycle.tracks.length === 0 && 'track',
            cycle.data.length === 0 && 'data'
        ].filter((round): round is string => Boolean(round));
        if (missing.length > 0) {
            const lines = missing.map(round => `\`${round}\``);
            const listed = lines.length === 1 ? lines[0] : `${lines.slice(0, -1).join(', ')} or ${lines[lines.length - 1]}`;
            report(
                accept,
                'cycle-incomplete',
                `The ${cycle.kind} cycle has no ${listed} line. Each cycle answers four questions: its aspirations (\`aspiration\`), the conditions for them (\`condition\`), the indicators to watch (\`track\`) and the data to collect (\`data\`); add ${missing.length === 1 ? 'the missing line' : 'a line for each'}.`,
                { node: cycle, property: 'kind', data: { missing } }
            );
        }
    };

    checkDuplicateCycles = (root: PlanFile, accept: ValidationAcceptor): void => {
        const seen = new Map<string, Cycle>();
        for (const element of root.elements) {
            if (!isCycle(element) || !element.kind) continue;
            if (seen.has(element.kind)) {
                const first = seen.get(element.kind)!.$cstNode?.range.start.line;
                report(
                    accept,
                    'duplicate-cycle',
                    `The ${element.kind} cycle appears twice in this plan (first on line ${(first ?? 0) + 1}). Merge the two blocks into one.`,
                    { node: element, property: 'kind' }
                );
            } else {
                seen.set(element.kind, element);
            }
        }
    };
}
