import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempFiles } from '../helpers/temp-files.js';
import { diffJson, supportPlan } from './diff-plans.js';

describe('cop diff: what counts as a change', () => {
    test('the contract example: a target lowered and a matrix value removed, with the kpi impact before and after', async () => {
        const { code, stderr, json } = await diffJson(supportPlan(), supportPlan({ target: '>= 800 by 2027-06', retention: false }).replace('Retention, ', ''));
        expect(stderr).toBe('');
        expect(code).toBe(0);
        expect(json.changes).toContainEqual({
            plan: 'SupportCommunity',
            element: 'Deflected',
            type: 'indicator',
            change: 'changed',
            field: 'target',
            before: '>= 1000 by 2027-06',
            after: '>= 800 by 2027-06'
        });
        expect(json.changes).toContainEqual({ plan: 'SupportCommunity', element: 'Retention', type: 'value', change: 'removed' });
        // The row holding the value is not reported changed.
        expect(json.changes.filter(change => change.element === 'Customers')).toEqual([]);
        expect(json.impact).toEqual([
            {
                kpi: 'SupportSavings',
                plan: 'SupportCommunity',
                before: { planned: 38000, low: 7500, high: 16500 },
                after: { planned: 30400, low: 7500, high: 16500 }
            }
        ]);
    });

    test('moving blocks, reordering lines, comments, whitespace and splitting a list are no change', async () => {
        const before = supportPlan();
        const after = `// a comment at the top
assumption TicketCost "Fully loaded cost of one support ticket" { source "Finance, FY2026 support budget"
  unit   USD / request
      value 38   range 25 .. 55 }
${before.replace(/assumption TicketCost[\s\S]*?\n}\n/, '').replace('delivers Sweet, Retention, Insight', 'delivers Insight /* why */\n    delivers Sweet, Retention')}`;
        const { code, json } = await diffJson(before, after);
        expect(code).toBe(0);
        expect(json.changes).toEqual([]);
        expect(json.impact).toEqual([]);
    });

    test('each field kind: a title, a plain line, a line added and removed, repeated lines as one list, actual points by date', async () => {
        const extra = (aspirations: string) => `\ncycle immediate {\n${aspirations}    track Deflected\n}\n`;
        const before = supportPlan({ extra: extra('    aspiration "Answers within a day"\n    aspiration "Experts stay"\n') });
        const after = supportPlan({
            extra: extra('    aspiration "Answers within an hour"\n    aspiration "Experts stay"\n'),
            actuals: '    2026-07 210\n    2026-08 280\n    2026-10 310'
        })
            .replace('"Support requests deflected" {\n    unit', '"Tickets deflected" {\n    cadence monthly\n    unit')
            .replace('    data "Helpdesk tickets closed with a community link"\n', '');
        const { json } = await diffJson(before, after);
        const indicator = json.changes.filter(change => change.element === 'Deflected' && change.type === 'indicator');
        expect(indicator).toEqual([
            {
                plan: 'SupportCommunity',
                element: 'Deflected',
                type: 'indicator',
                change: 'changed',
                field: 'title',
                before: '"Support requests deflected"',
                after: '"Tickets deflected"'
            },
            { plan: 'SupportCommunity', element: 'Deflected', type: 'indicator', change: 'changed', field: 'cadence', before: null, after: 'monthly' },
            {
                plan: 'SupportCommunity',
                element: 'Deflected',
                type: 'indicator',
                change: 'changed',
                field: 'data',
                before: '"Helpdesk tickets closed with a community link"',
                after: null
            }
        ]);
        expect(json.changes).toContainEqual({
            plan: 'SupportCommunity',
            element: 'immediate',
            type: 'cycle',
            change: 'changed',
            field: 'aspiration',
            before: '"Answers within a day"; "Experts stay"',
            after: '"Answers within an hour"; "Experts stay"'
        });
        const points = json.changes.filter(change => change.type === 'actual').map(change => [change.field, change.before, change.after]);
        expect(points).toEqual([
            ['2026-08', '260', '280'],
            ['2026-10', null, '310'],
            ['2026-09', '300 "forum relaunch"', null]
        ]);
    });

    test('a matrix value is an element of its own: its title, its term and its row', async () => {
        const after = supportPlan().replace('short QuickHelp "Quick help"', 'long QuickHelp "Quick, friendly help"');
        const { json } = await diffJson(supportPlan(), after);
        expect(json.changes).toEqual([
            { plan: 'SupportCommunity', element: 'QuickHelp', type: 'value', change: 'changed', field: 'term', before: 'short', after: 'long' },
            {
                plan: 'SupportCommunity',
                element: 'QuickHelp',
                type: 'value',
                change: 'changed',
                field: 'title',
                before: '"Quick help"',
                after: '"Quick, friendly help"'
            }
        ]);
        const moved = supportPlan()
            .replace('    short QuickHelp "Quick help"\n', '')
            .replace('organization Support "Support team" {\n', 'organization Support "Support team" {\n    short QuickHelp "Quick help"\n');
        expect((await diffJson(supportPlan(), moved)).json.changes).toContainEqual({
            plan: 'SupportCommunity',
            element: 'QuickHelp',
            type: 'value',
            change: 'changed',
            field: 'row',
            before: 'members Customers',
            after: 'organization Support'
        });
    });

    test('elements added and removed; a renamed element is removed + added; a formula change moves the kpi', async () => {
        const after = supportPlan({ extra: '\nstory Saved "A saved renewal" {\n    date 2026-09-14\n    tags Deflected\n    text "t"\n}\n' })
            .replaceAll('TicketCost', 'TicketPrice')
            .replace('formula Deflected * TicketPrice', 'formula Deflected * TicketPrice * 0.5');
        const { json } = await diffJson(supportPlan(), after);
        expect(json.changes).toContainEqual({ plan: 'SupportCommunity', element: 'Saved', type: 'story', change: 'added' });
        expect(json.changes).toContainEqual({ plan: 'SupportCommunity', element: 'TicketPrice', type: 'assumption', change: 'added' });
        expect(json.changes).toContainEqual({ plan: 'SupportCommunity', element: 'TicketCost', type: 'assumption', change: 'removed' });
        expect(json.changes).toContainEqual({
            plan: 'SupportCommunity',
            element: 'SupportSavings',
            type: 'kpi',
            change: 'changed',
            field: 'formula',
            before: 'Deflected * TicketCost',
            after: 'Deflected * TicketPrice * 0.5'
        });
        expect(json.impact[0]).toMatchObject({ kpi: 'SupportSavings', before: { planned: 38000 }, after: { planned: 19000 } });
    });

    test("impact uses each side's own actuals, as of --as-of", async () => {
        const after = supportPlan({ actuals: '    2026-07 210\n    2026-08 260\n    2026-09 300 "forum relaunch"\n    2026-10 400' });
        expect((await diffJson(supportPlan(), after, ['--as-of', '2026-09-30'])).json.impact).toEqual([]);
        const later = (await diffJson(supportPlan(), after, ['--as-of', '2026-10-31'])).json.impact;
        expect(later).toEqual([
            {
                kpi: 'SupportSavings',
                plan: 'SupportCommunity',
                before: { planned: 38000, low: 7500, high: 16500 },
                after: { planned: 38000, low: 10000, high: 22000 }
            }
        ]);
    });

    test('two folders: plans matched by plan name whatever their files, a plan added or removed lists its elements', async () => {
        const root = tempFiles(
            {
                'old/sub/support.cop': supportPlan(),
                'old/gone.cop': 'plan Gone "Gone" { purpose "p" }\nmembers M "M" {\n    short S "S"\n}\n',
                'new/renamed-file.cop': supportPlan({ target: '>= 1200 by 2027-06' }),
                'new/fresh.cop': 'plan Fresh "Fresh" { purpose "p" }\n'
            },
            'cop-diff-folders-'
        );
        const result = runCli(['diff', 'old', 'new', '--format', 'json', '--fail-on', 'value-removed', '--as-of', '2026-09-30'], { cwd: root });
        expect(result.stderr).toBe('');
        const json = JSON.parse(result.stdout);
        expect(json.changes).toEqual([
            { plan: 'Fresh', element: 'Fresh', type: 'plan', change: 'added' },
            {
                plan: 'SupportCommunity',
                element: 'Deflected',
                type: 'indicator',
                change: 'changed',
                field: 'target',
                before: '>= 1000 by 2027-06',
                after: '>= 1200 by 2027-06'
            },
            { plan: 'Gone', element: 'Gone', type: 'plan', change: 'removed' },
            { plan: 'Gone', element: 'M', type: 'members', change: 'removed' },
            { plan: 'Gone', element: 'S', type: 'value', change: 'removed' }
        ]);
        expect(json.plans).toEqual([
            { plan: 'Fresh', title: 'Fresh', status: 'added', after: 'fresh.cop' },
            { plan: 'SupportCommunity', title: 'Customer Support Community', status: 'kept', before: 'sub/support.cop', after: 'renamed-file.cop' },
            { plan: 'Gone', title: 'Gone', status: 'removed', before: 'gone.cop' }
        ]);
        expect(result.code).toBe(1);
        expect(json.policies[0]).toMatchObject({ rule: 'value-removed', passed: false, matches: [{ element: 'S', reason: 'a matrix value was removed' }] });
    });
});
