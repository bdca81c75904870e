import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cliPath, runCli } from '../helpers/cli.js';

const repoRoot = resolve(import.meta.dirname, '../..');

// Two plans in different folders that refer to each other: a hook that passes only the staged
// one must still see the other, or `Org.Speed` would be a false unresolved-reference.
const community = `plan Community "Community" { purpose "x" }
indicator Reach "Reach" { data "Survey" }
outcome Faster "Faster" {
    delivers Org.Speed
    measure Reach
}
`;
const org = `plan Org "Organization" { purpose "y" }
organization Unit "Unit" {
    short Speed "Speed"
    long Capacity "Capacity"
}
outcome Grows "Grows" {
    delivers Capacity
    measure Community.Reach
}
`;

function git(cwd: string, ...args: string[]): string {
    return execFileSync('git', args, {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' }
    });
}

function repository(): string {
    const root = mkdtempSync(join(tmpdir(), 'cop-git-'));
    git(root, 'init', '-q');
    mkdirSync(join(root, 'plans/community'), { recursive: true });
    mkdirSync(join(root, 'org'), { recursive: true });
    writeFileSync(join(root, 'plans/community/community.cop'), community);
    writeFileSync(join(root, 'org/org.cop'), org);
    return root;
}

/** A folder with a `cop` on PATH, as an installed package would give. */
function copOnPath(): string {
    const bin = mkdtempSync(join(tmpdir(), 'cop-bin-'));
    writeFileSync(join(bin, 'cop'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(cliPath)} "$@"\n`);
    chmodSync(join(bin, 'cop'), 0o755);
    return bin;
}

/** The pre-commit framework's hook as declared in .pre-commit-hooks.yaml (a flat list, read without a YAML library). */
function preCommitHook(id: string): { entry: string; files: RegExp } {
    const text = readFileSync(join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8');
    const block = text.split(/^- /m).find(part => part.startsWith(`id: ${id}\n`));
    if (!block) throw new Error(`no hook ${id}`);
    const field = (name: string) => new RegExp(`^\\s*${name}: (.+)$`, 'm').exec(block)?.[1].trim() ?? '';
    return { entry: field('entry'), files: new RegExp(field('files')) };
}

describe('git hooks: staged plans are checked with the rest of their repository', () => {
    test('.pre-commit-hooks.yaml declares cop-check: entry `cop check`, files \\.cop$', () => {
        const hook = preCommitHook('cop-check');
        expect(hook.entry).toBe('cop check');
        expect(hook.files.source).toBe('\\.cop$');
        expect(preCommitHook('cop-fmt').entry).toBe('cop fmt --check');
    });

    test("the hook's entry with the staged file names: no false unresolved-reference, only the staged plan reported", () => {
        const root = repository();
        git(root, 'add', 'plans/community/community.cop');
        const staged = git(root, 'diff', '--cached', '--name-only', '--diff-filter=ACM').trim().split('\n');
        const hook = preCommitHook('cop-check');
        const files = staged.filter(file => hook.files.test(file));
        expect(files).toEqual(['plans/community/community.cop']);
        const bin = copOnPath();
        // As pre-commit runs it: the entry, then the file names, from the repository's root.
        const result = spawnSync('sh', ['-c', `${hook.entry} --format json "$@"`, 'hook', ...files], {
            cwd: root,
            encoding: 'utf8',
            env: { ...process.env, PATH: `${bin}:${process.env.PATH}` }
        });
        expect(result.stderr).toBe('');
        const diagnostics = (JSON.parse(result.stdout) as { diagnostics: { file: string; code: string }[] }).diagnostics;
        expect(diagnostics.map(d => d.code)).not.toContain('unresolved-reference');
        expect(new Set(diagnostics.map(d => d.file))).toEqual(new Set(['plans/community/community.cop']));
        // The plan's indicator is used by the other plan: not reported unused either.
        expect(diagnostics.map(d => d.code)).not.toContain('indicator-unused');
        expect(result.status).toBe(0);
    });

    test('the same from a subfolder of the repository, and with the reference broken it is reported', () => {
        const root = repository();
        const fromSub = runCli(['check', 'community.cop'], { cwd: join(root, 'plans/community') });
        expect(fromSub.stdout).not.toContain('unresolved-reference');
        expect(fromSub.code).toBe(0);
        // --root narrows the workspace to the plan's folder: now Org is unknown (the test can fail).
        const narrowed = runCli(['check', '--root', 'plans', 'plans/community/community.cop'], { cwd: root });
        expect(narrowed.stdout).toContain('plans/community/community.cop:4:14 error unresolved-reference');
        expect(narrowed.code).toBe(1);
    });

    test('the documented husky line checks the staged plans the same way', () => {
        const root = repository();
        git(root, 'add', 'org/org.cop');
        const docs = readFileSync(join(repoRoot, 'docs/cli.md'), 'utf8');
        const husky = /```sh\n# \.husky\/pre-commit\n([^\n]+)\n```/.exec(docs)?.[1];
        expect(husky).toBeDefined();
        const bin = copOnPath();
        const result = spawnSync('sh', ['-c', husky!], { cwd: root, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } });
        expect(result.stdout).toContain('in 1 plan file.');
        expect(result.stdout).not.toContain('unresolved-reference');
        expect(result.status).toBe(0);
        // A broken staged plan fails the hook.
        writeFileSync(join(root, 'org/org.cop'), org.replace('Community.Reach', 'Community.Nope'));
        const broken = spawnSync('sh', ['-c', husky!], { cwd: root, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } });
        expect(broken.stdout).toContain('org/org.cop:8:13 error unresolved-reference');
        // xargs exits 123 when the command it ran failed.
        expect(broken.status).toBe(123);
    });
});
