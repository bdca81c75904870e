import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { StdioSession } from './mcp-client.js';
import { startStdio, textOf } from './mcp-client.js';

const plan = (target: string, extra = '') => `plan Support "Support community" { purpose "Peers answer" }
members Customers "Customers" {
    short QuickFixes "Quick fixes"
}
outcome Deflection "Requests deflected" { delivers QuickFixes measure Deflected }
indicator Deflected "Support requests deflected" {
    unit requests
    data "Helpdesk export"
    target ${target}
}
${extra}`;

interface DiffOutput {
    changes: Array<{ element: string; type: string; change: string; field?: string; before?: string | null; after?: string | null }>;
    policies: Array<{ rule: string; passed: boolean; matches: Array<{ element: string; reason: string }> }>;
    summary: Record<string, number>;
}

// A workspace root holding a git repository with one committed plan, then changed.
const root = mkdtempSync(join(tmpdir(), 'cop-mcp-diff-'));
const outside = mkdtempSync(join(tmpdir(), 'cop-mcp-outside-'));
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'pipe' });

let session: StdioSession;
beforeAll(async () => {
    mkdirSync(join(root, 'plans'));
    writeFileSync(join(root, 'plans', 'support.cop'), plan('>= 1000 by 2027-06'));
    git('init', '-q');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=T', 'add', '.');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=T', 'commit', '-qm', 'plan');
    writeFileSync(join(root, 'plans', 'support.cop'), plan('>= 800 by 2027-06'));
    session = await startStdio({ cwd: outside, roots: [root] });
}, 60_000);
afterAll(() => session?.close());

describe('the MCP diff tool', () => {
    test('two texts: the changed line, the policy it breaks, and the pull-request comment', async () => {
        const result = await session.call('diff', {
            before: plan('>= 1000 by 2027-06'),
            after: plan('>= 800 by 2027-06'),
            failOn: ['target-lowered'],
            asOf: '2026-09-30'
        });
        expect(result.isError).toBeFalsy();
        const output = result.structuredContent as unknown as DiffOutput;
        expect(output.changes).toEqual([
            {
                plan: 'Support',
                element: 'Deflected',
                type: 'indicator',
                change: 'changed',
                field: 'target',
                before: '>= 1000 by 2027-06',
                after: '>= 800 by 2027-06'
            }
        ]);
        expect(output.policies[0]).toMatchObject({ rule: 'target-lowered', passed: false });
        expect(textOf(result)).toMatch(/^<!-- cop-diff -->\n/);
    });

    test('layout and comments are no change', async () => {
        const result = await session.call('diff', { before: plan('>= 1000 by 2027-06'), after: `// a comment\n${plan('>=   1000   by 2027-06')}` });
        expect((result.structuredContent as unknown as DiffOutput).changes).toEqual([]);
    });

    test('a git revision: the working tree against HEAD, inside the root', async () => {
        const result = await session.call('diff', { revision: 'HEAD', paths: ['plans'] });
        expect(result.isError, textOf(result)).toBeFalsy();
        const output = result.structuredContent as unknown as DiffOutput;
        expect(output.changes.map(change => `${change.element} ${change.field}: ${change.before} → ${change.after}`)).toEqual([
            'Deflected target: >= 1000 by 2027-06 → >= 800 by 2027-06'
        ]);
    });

    test('refusals are tool errors: a text that does not parse, an unknown rule or revision, a path outside the roots', async () => {
        const broken = await session.call('diff', { before: plan('>= 1000'), after: 'plan Support { purpose ' });
        expect(broken.isError).toBe(true);
        expect(textOf(broken)).toContain('The new text does not parse');
        const rule = await session.call('diff', { before: plan('>= 1'), after: plan('>= 2'), failOn: ['everything'] });
        expect(textOf(rule)).toContain('"everything" is not a policy');
        const revision = await session.call('diff', { revision: 'no-such-branch' });
        expect(revision.isError).toBe(true);
        const outsideRoots = await session.call('diff', { revision: 'HEAD', paths: [outside] });
        expect(textOf(outsideRoots)).toContain('outside the workspace roots');
        const half = await session.call('diff', { before: plan('>= 1') });
        expect(textOf(half)).toContain('Give both texts');
        // The server goes on serving.
        expect((await session.call('diff', { before: plan('>= 1'), after: plan('>= 1') })).isError).toBeFalsy();
    });
});
