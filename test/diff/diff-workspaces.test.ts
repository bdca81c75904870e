import { describe, expect, test } from 'vitest';
import { diffPlanInput, diffWorkspaces, renderDiffMarkdown, summaryLine } from '../../language/diff/index.js';
import type { DiffPlanInput } from '../../language/diff/index.js';
import { parseDay } from '../../language/impact/dates.js';
import { validateWorkspaceWithServices } from '../helpers/workspace.js';
import { supportPlan } from './diff-plans.js';

/** One side: the plans parsed, linked and evaluated in a workspace of their own, as an MCP tool would. */
async function side(...texts: string[]): Promise<DiffPlanInput[]> {
    const { services, documents } = await validateWorkspaceWithServices(texts);
    services.impact.AsOfDate.set(parseDay('2026-09-30'));
    return Promise.all(documents.map(document => diffPlanInput(document, services)));
}

describe('diffWorkspaces: the core API (no Node, no files)', () => {
    test('compares parsed plans: changes, impact and policies, rendered in every format from one result', async () => {
        const diff = diffWorkspaces(await side(supportPlan()), await side(supportPlan({ target: '>= 900 by 2027-09' })), {
            asOf: parseDay('2026-09-30'),
            failOn: ['target-lowered']
        });
        expect(diff.changes).toEqual([
            expect.objectContaining({
                plan: 'SupportCommunity',
                element: 'Deflected',
                type: 'indicator',
                change: 'changed',
                field: 'target',
                before: '>= 1000 by 2027-06',
                after: '>= 900 by 2027-09',
                title: 'Support requests deflected',
                line: 24
            })
        ]);
        expect(diff.impact).toEqual([
            {
                plan: 'SupportCommunity',
                kpi: 'SupportSavings',
                title: 'Support cost avoidance',
                unit: 'USD',
                before: { planned: 38000, low: 7500, high: 16500 },
                after: { planned: 34200, low: 7500, high: 16500 }
            }
        ]);
        expect(diff.policies[0].matches.map(match => match.reason)).toEqual(['the target was lowered from >= 1000 by 2027-06 to >= 900 by 2027-09']);
        expect(diff.asOf).toBe('2026-09-30');
        expect(summaryLine(diff)).toBe('1 element changed (1 line), 0 added, 0 removed; 1 kpi moves; 1 policy failure.');
        expect(renderDiffMarkdown(diff)).toContain('| Support cost avoidance (SupportSavings) `USD` | 38,000 → 34,200 (-3,800) | 7,500 | 16,500 |');
    });

    test('an element kind the diff has no code for is compared by its lines all the same', async () => {
        // `story` and `objective` lines: nothing in language/diff names them.
        const story = (tags: string, text: string) => `\nstory Saved "A saved renewal" {\n    tags ${tags}\n    date 2026-09-14\n    text "${text}"\n}\n`;
        const diff = diffWorkspaces(
            await side(supportPlan({ extra: story('Deflected, SupportSavings', 'a') })),
            await side(supportPlan({ extra: story('SupportSavings, Deflected', 'b') }))
        );
        expect(diff.changes.map(change => [change.type, change.field, change.before, change.after])).toEqual([['story', 'text', '"a"', '"b"']]);
    });
});
