import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempFiles } from '../helpers/temp-files.js';
import { supportPlan } from './diff-plans.js';

function git(cwd: string, ...args: string[]): string {
    return execFileSync('git', args, {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' }
    });
}

// Long enough for git to see a file renamed with its plan's name changed (50 % similarity).
const small = (name: string, value = 'V') =>
    `plan ${name} "${name} plan" {\n    purpose "A purpose long enough to be the same text"\n    sponsor "A sponsor"\n}\n\nmembers Members "Members" {\n    short ${value} "A value"\n    long ${value}Later "A later value"\n    short ${value}Too "Another value"\n}\n`;

/** A repository with a commit of three plans, and a working tree that changes, deletes, renames and adds. */
function repository(): string {
    const root = tempFiles(
        {
            'plans/support/support.cop': supportPlan(),
            'plans/old-name.cop': small('Before', 'Kept'),
            'plans/deleted.cop': small('Deleted'),
            'docs/readme.md': '# not a plan\n'
        },
        'cop-diff-git-'
    );
    git(root, 'init', '-q');
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'plans');
    // The working tree: a target lowered, a plan deleted, one renamed (and its plan renamed), one added.
    writeFileSync(join(root, 'plans/support/support.cop'), supportPlan({ target: '>= 800 by 2027-06' }));
    rmSync(join(root, 'plans/deleted.cop'));
    git(root, 'mv', 'plans/old-name.cop', 'plans/new-name.cop');
    writeFileSync(join(root, 'plans/new-name.cop'), small('After', 'Kept'));
    writeFileSync(join(root, 'plans/added.cop'), small('Added'));
    return root;
}

describe('cop diff --git', () => {
    test('working tree against HEAD, run from a subfolder: changed, deleted, renamed (elements paired) and added plans', () => {
        const root = repository();
        const result = runCli(['diff', '--git', 'HEAD', '--format', 'json', '--as-of', '2026-09-30', '--fail-on', 'target-lowered,value-removed'], {
            cwd: join(root, 'plans/support')
        });
        expect(result.stderr).toBe('');
        expect(result.code).toBe(1);
        const json = JSON.parse(result.stdout);
        expect(json.plans).toEqual([
            { plan: 'Added', title: 'Added plan', status: 'added', after: 'plans/added.cop' },
            { plan: 'After', title: 'After plan', status: 'renamed', before: 'plans/old-name.cop', after: 'plans/new-name.cop' },
            {
                plan: 'SupportCommunity',
                title: 'Customer Support Community',
                status: 'kept',
                before: 'plans/support/support.cop',
                after: 'plans/support/support.cop'
            },
            { plan: 'Deleted', title: 'Deleted plan', status: 'removed', before: 'plans/deleted.cop' }
        ]);
        // The renamed file pairs its plan: the header's name and title change, the value `Kept` is kept.
        expect(json.changes.filter((change: { plan: string }) => change.plan === 'After')).toEqual([
            { plan: 'After', element: 'After', type: 'plan', change: 'changed', field: 'title', before: '"Before plan"', after: '"After plan"' },
            { plan: 'After', element: 'After', type: 'plan', change: 'changed', field: 'name', before: 'Before', after: 'After' }
        ]);
        expect(json.changes).toContainEqual({
            plan: 'SupportCommunity',
            element: 'Deflected',
            type: 'indicator',
            change: 'changed',
            field: 'target',
            before: '>= 1000 by 2027-06',
            after: '>= 800 by 2027-06'
        });
        expect(json.changes).toContainEqual({ plan: 'Deleted', element: 'V', type: 'value', change: 'removed' });
        expect(json.changes).toContainEqual({ plan: 'Added', element: 'V', type: 'value', change: 'added' });
        expect(json.policies.map((policy: { rule: string; matches: unknown[] }) => [policy.rule, policy.matches.length])).toEqual([
            ['target-lowered', 1],
            ['value-removed', 3]
        ]);
        expect(json.impact).toEqual([
            {
                kpi: 'SupportSavings',
                plan: 'SupportCommunity',
                before: { planned: 38000, low: 7500, high: 16500 },
                after: { planned: 30400, low: 7500, high: 16500 }
            }
        ]);
    });

    test('PATHs narrow both sides, relative to the folder it runs in; a deleted folder still compares', () => {
        const root = repository();
        const result = runCli(['diff', '--git', 'HEAD', 'support', '--format', 'json', '--as-of', '2026-09-30'], { cwd: join(root, 'plans') });
        expect(result.stderr).toBe('');
        const json = JSON.parse(result.stdout);
        expect(json.plans.map((plan: { plan: string }) => plan.plan)).toEqual(['SupportCommunity']);
        rmSync(join(root, 'plans/support'), { recursive: true });
        const gone = JSON.parse(runCli(['diff', '--git', 'HEAD', 'plans/support', '--format', 'json'], { cwd: root }).stdout);
        expect(gone.plans).toEqual([{ plan: 'SupportCommunity', title: 'Customer Support Community', status: 'removed', before: 'plans/support/support.cop' }]);
    });

    test('the old side is evaluated with the old actuals file, read from the revision', () => {
        const plan = supportPlan({ actuals: '' }).replace('purpose "Peers', 'actuals "actuals.csv"\n    purpose "Peers');
        const root = tempFiles({ 'support.cop': plan, 'actuals.csv': 'indicator,date,value\nDeflected,2026-08,100\n' }, 'cop-diff-actuals-');
        git(root, 'init', '-q');
        git(root, 'add', '-A');
        git(root, 'commit', '-qm', 'one');
        writeFileSync(join(root, 'actuals.csv'), 'indicator,date,value\nDeflected,2026-08,200\n');
        const json = JSON.parse(runCli(['diff', '--git', 'HEAD', '--format', 'json', '--as-of', '2026-09-30'], { cwd: root }).stdout);
        expect(json.changes).toEqual([]);
        expect(json.impact).toEqual([
            {
                kpi: 'SupportSavings',
                plan: 'SupportCommunity',
                before: { planned: 38000, low: 2500, high: 5500 },
                after: { planned: 38000, low: 5000, high: 11000 }
            }
        ]);
    });

    test('an unknown revision, a folder outside any repository, and a plan at the revision that does not parse exit 2', () => {
        const root = repository();
        expect(runCli(['diff', '--git', 'no-such-branch'], { cwd: root })).toMatchObject({ code: 2, stdout: '' });
        expect(runCli(['diff', '--git', 'no-such-branch'], { cwd: root }).stderr).toMatch(/^cop diff: git knows no revision "no-such-branch"/);
        const outside = mkdtempSync(join(tmpdir(), 'cop-diff-nogit-'));
        const result = runCli(['diff', '--git', 'HEAD'], { cwd: outside, env: { GIT_CEILING_DIRECTORIES: tmpdir() } });
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/is not inside a git repository/);
        writeFileSync(join(root, 'plans/deleted.cop'), 'plan Broken {');
        git(root, 'add', '-A');
        git(root, 'commit', '-qm', 'broken');
        writeFileSync(join(root, 'plans/deleted.cop'), small('Deleted'));
        const broken = runCli(['diff', '--git', 'HEAD'], { cwd: root });
        expect(broken.code).toBe(2);
        expect(broken.stderr).toMatch(/^plans\/deleted\.cop:1:\d+: .+ \(at HEAD\)\n/);
    });
});
