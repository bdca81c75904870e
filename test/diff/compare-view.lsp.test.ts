import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { textAtRevision } from '../../client/diff/head-text.js';
import { PAGE_CSP } from '../../language/render/html/page-shell.js';
import { attr } from '../../language/render/escape.js';
import type { CompareResult } from '../../language/lsp/diff/compare-protocol.js';
import { fileUri, LspClient } from '../helpers/lsp-client.js';
import { supportPlan } from './diff-plans.js';

const root = resolve(import.meta.dirname, '../..');

function git(cwd: string, ...args: string[]): string {
    return execFileSync('git', args, {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' }
    });
}

describe('CoP: Compare Plan with HEAD', () => {
    let client: LspClient | undefined;
    afterEach(async () => {
        await client?.shutdown();
        client = undefined;
    });

    test("the server compares the editor's plan with its old text: the comment's markdown, rendered in the one page shell", async () => {
        client = new LspClient();
        await client.initialize();
        const uri = 'file:///virtual/support.cop';
        const current = supportPlan({ target: '>= 800 by 2027-06' }).replace(
            '"Support requests deflected" {\n    unit',
            '"Tickets <b>deflected</b>" {\n    unit'
        );
        await client.open(uri, current);
        await client.waitForDiagnostics(uri);
        const result = await client.request<CompareResult>('cop/compareWithText', { uri, oldText: supportPlan(), label: 'HEAD' });
        expect(result?.problem).toBeUndefined();
        expect(result?.markdown?.startsWith('<!-- cop-diff -->\n')).toBe(true);
        const html = result!.html!;
        expect(html).toContain(`<meta http-equiv="Content-Security-Policy" ${attr('content', PAGE_CSP)}>`);
        expect(html).toContain('<title>Changes since HEAD: support.cop</title>');
        expect(html).not.toContain('<script');
        expect(html).not.toContain('<!-- cop-diff -->');
        expect(html).not.toContain('<b>');
        expect(html).toContain('<td>Tickets &lt;b&gt;deflected&lt;/b&gt; (Deflected) · indicator</td>');
        expect(html).toMatch(/<td><code>target<\/code><\/td>\s*<td>&gt;= 1000 by 2027-06<\/td>\s*<td>&gt;= 800 by 2027-06<\/td>/);
        expect(html).toContain('<td>Support cost avoidance (SupportSavings) <code>USD</code></td>');
        // The server's own workspace is untouched: the plan still has one version.
        const same = await client.request<CompareResult>('cop/compareWithText', { uri, oldText: current, label: 'HEAD' });
        expect(same?.changes).toBe(0);
        expect(same?.html).toContain('No change in meaning.');
    });

    test('a new file compares as all added; an old text that does not parse says so; an unknown plan is null', async () => {
        client = new LspClient();
        await client.initialize();
        const uri = 'file:///virtual/new.cop';
        await client.open(uri, supportPlan());
        await client.waitForDiagnostics(uri);
        const added = await client.request<CompareResult>('cop/compareWithText', { uri, oldText: null, label: 'HEAD' });
        expect(added?.html).toContain('new plan');
        const broken = await client.request<CompareResult>('cop/compareWithText', { uri, oldText: 'plan X {', label: 'HEAD' });
        expect(broken?.problem).toMatch(/^new\.cop at HEAD does not parse \(line 1/);
        expect(await client.request<CompareResult>('cop/compareWithText', { uri: fileUri('/nowhere/x.cop'), oldText: null, label: 'HEAD' })).toBeNull();
    });

    test("the extension reads HEAD with git from the plan's folder, and says plainly when there is no repository or no commit", async () => {
        const repo = mkdtempSync(join(tmpdir(), 'cop-compare-'));
        expect(await textAtRevision(join(repo, 'plan.cop'))).toEqual({ problem: expect.stringMatching(/^plan\.cop is not in a git repository/) });
        git(repo, 'init', '-q');
        writeFileSync(join(repo, 'plan.cop'), 'plan A { purpose "old" }\n');
        expect(await textAtRevision(join(repo, 'plan.cop'))).toEqual({
            problem: 'The repository of plan.cop has no HEAD yet (no commit): commit the plan once, then compare.'
        });
        git(repo, 'add', '-A');
        git(repo, 'commit', '-qm', 'one');
        writeFileSync(join(repo, 'plan.cop'), 'plan A { purpose "new" }\n');
        writeFileSync(join(repo, 'fresh.cop'), 'plan B { purpose "b" }\n');
        expect(await textAtRevision(join(repo, 'plan.cop'))).toEqual({ text: 'plan A { purpose "old" }\n' });
        expect(await textAtRevision(join(repo, 'fresh.cop'))).toEqual({ text: null });
    });

    test('the command is contributed, registered, and shown for .cop editors', () => {
        const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
        expect(manifest.contributes.commands).toContainEqual({
            command: 'cop.compareWithHead',
            title: 'Compare Plan with HEAD',
            category: 'CoP',
            icon: '$(git-compare)'
        });
        expect(manifest.contributes.menus.commandPalette).toContainEqual({ command: 'cop.compareWithHead', when: 'editorLangId == cop' });
    });
});
