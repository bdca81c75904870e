import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { StdioSession } from './mcp-client.js';
import { initializeLine, rawStdio, startStdio, textOf } from './mcp-client.js';

const repo = resolve(import.meta.dirname, '../..');
const plan = 'plan Demo "Demo" {\n    purpose "Show the code"\n}\n';

interface Diagnostics {
    files: Array<{ diagnostics: Array<{ code: string; message: string; line: number }> }>;
}

// A workspace root the client names, and a folder beside it the client did not name.
let base: string;
let workspace: string;
let outside: string;
let session: StdioSession;
beforeAll(async () => {
    base = realpathSync(mkdtempSync(join(tmpdir(), 'cop-mcp-')));
    workspace = join(base, 'workspace');
    outside = join(base, 'private');
    mkdirSync(workspace);
    mkdirSync(outside);
    writeFileSync(join(workspace, 'plan.cop'), plan);
    writeFileSync(join(outside, 'secret.cop'), 'plan Secret "TOP-SECRET-TITLE" { purpose "x" }\n');
    writeFileSync(join(outside, 'secret.csv'), 'indicator,date,value\nTOP-SECRET-ROW,2026-01,1\n');
    symlinkSync(join(outside, 'secret.cop'), join(workspace, 'link.cop'));
    symlinkSync(outside, join(workspace, 'private-link'));
    // Started in the repository: the client's roots, not the server's folder, decide.
    session = await startStdio({ cwd: repo, roots: [workspace] });
}, 60_000);
afterAll(async () => {
    await session?.close();
    rmSync(base, { recursive: true, force: true });
});

describe("cop mcp refuses what lies outside the client's roots", () => {
    test('a path inside the root is read', async () => {
        const result = await session.call('check', { paths: ['plan.cop'] });
        expect(result.isError).toBeFalsy();
        expect((result.structuredContent as unknown as Diagnostics).files).toHaveLength(1);
    });

    test.each([
        ['an absolute path outside', () => join(outside, 'secret.cop')],
        ['a relative path climbing out', () => '../private/secret.cop'],
        ['a folder outside', () => '/etc'],
        ['a link inside that points outside', () => 'link.cop'],
        ['a linked folder that points outside', () => 'private-link']
    ])('%s is refused', async (_, path) => {
        const result = await session.call('check', { paths: [path()] });
        expect(result.isError).toBe(true);
        expect(textOf(result)).toContain('outside the workspace roots');
        expect(textOf(result)).not.toContain('TOP-SECRET');
        const evaluated = await session.call('evaluate', { path: path() });
        expect(evaluated.isError).toBe(true);
    });

    test("the server's own folder is not a root when the client names roots", async () => {
        const result = await session.call('check', { paths: [join(repo, 'examples')] });
        expect(result.isError).toBe(true);
        expect(textOf(result)).toContain('outside the workspace roots');
    });

    test("a text's filename outside the roots is refused", async () => {
        const result = await session.call('check', { text: plan, filename: join(outside, 'draft.cop') });
        expect(result.isError).toBe(true);
        expect(textOf(result)).toContain('outside the workspace roots');
    });

    test('files a plan names outside the roots (actuals, catalogs) are not read', async () => {
        const text = `plan Demo "Demo" {\n    purpose "p"\n    actuals "${join(outside, 'secret.csv')}"\n    catalog "/etc/passwd"\n}\n`;
        const result = await session.call('check', { text, filename: 'draft.cop' });
        expect(result.isError).toBeFalsy();
        const diagnostics = (result.structuredContent as unknown as Diagnostics).files[0].diagnostics;
        const byLine = (line: number) => diagnostics.find(d => d.line === line);
        expect(byLine(3)?.message).toContain('outside the workspace roots');
        expect(byLine(4)?.message).toContain('outside the workspace roots');
        expect(JSON.stringify(result)).not.toContain('TOP-SECRET');
        expect(JSON.stringify(result)).not.toContain('root:x:0');
    });
});

describe('roots that change', () => {
    test('the server asks again when the client says its roots changed', async () => {
        const roots = [outside];
        const own = await startStdio({ cwd: repo, roots });
        try {
            expect((await own.call('check', { paths: [join(workspace, 'plan.cop')] })).isError).toBe(true);
            roots.splice(0, 1, workspace);
            await own.client.sendRootsListChanged();
            // The notification and the call travel in order; the call sees the new roots.
            const after = await own.call('check', { paths: [join(workspace, 'plan.cop')] });
            expect(after.isError, textOf(after)).toBeFalsy();
        } finally {
            await own.close();
        }
    }, 60_000);
});

describe('cop mcp --root DIR', () => {
    test('reads only inside DIR, whatever roots the client names', async () => {
        const own = await startStdio({ cwd: repo, roots: [repo, outside], args: ['--root', workspace] });
        try {
            expect((await own.call('check', { paths: ['plan.cop'] })).isError).toBeFalsy();
            const refused = await own.call('check', { paths: [join(repo, 'examples')] });
            expect(refused.isError).toBe(true);
            expect(textOf(refused)).toContain(`outside the workspace roots (${workspace})`);
        } finally {
            await own.close();
        }
    }, 60_000);
});

describe('cop mcp on hostile text', () => {
    test('a plan over 2 MB is refused with the limit, and the server goes on', async () => {
        const huge = plan + `// ${'x'.repeat(3 * 1024 * 1024)}\n`;
        const result = await session.call('check', { text: huge });
        expect(result.isError).toBe(true);
        expect(textOf(result)).toContain('the limit is 2.0 MB');
        const format = await session.call('format', { text: huge });
        expect(textOf(format)).toContain('the limit is 2.0 MB');
        expect((await session.call('check', { paths: ['plan.cop'] })).isError).toBeFalsy();
    }, 60_000);

    test('control characters are reported as data and never reach the text raw', async () => {
        const text = 'plan Demo "red \u001b[31mtitle\u009b2J" {\n    purpose "bell \u0007 and \u2028 line"\n}\nmembers \u001b[2J\n';
        const result = await session.call('check', { text });
        expect(result.isError).toBeFalsy();
        const output = textOf(result);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters.
        expect(output).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/);
        expect((result.structuredContent as unknown as Diagnostics).files[0].diagnostics.some(d => d.code === 'syntax-error')).toBe(true);
    });

    test('NUL bytes are refused as binary data', async () => {
        const result = await session.call('check', { text: `plan A "A" {}\u0000` });
        expect(result.isError).toBe(true);
        expect(textOf(result)).toContain('NUL');
    });

    test('HTML in a plan is text like any other', async () => {
        const text =
            'plan Demo "<script>alert(1)</script>" {\n    purpose "<img src=x onerror=alert(1)>"\n}\nmembers Staff "</title><b>" {\n    short A "<a href=javascript:x>"\n}\n';
        const checked = await session.call('check', { text });
        expect(checked.isError).toBeFalsy();
        const evaluated = await session.call('evaluate', { text });
        expect(evaluated.structuredContent).toMatchObject({ plan: 'Demo' });
        const formatted = await session.call('format', { text });
        expect((formatted.structuredContent as { text: string }).text).toContain('"<script>alert(1)</script>"');
    });

    test('arguments of the wrong type and unknown tools are errors, not crashes', async () => {
        const wrong = await session.call('check', { text: 5 });
        expect(wrong.isError).toBe(true);
        expect(textOf(wrong)).toContain('Invalid arguments');
        const many = await session.call('check', { paths: Array.from({ length: 200 }, () => 'plan.cop') });
        expect(many.isError).toBe(true);
        const unknown = await session.call('no_such_tool', {});
        expect(unknown.isError).toBe(true);
        expect(textOf(unknown)).toContain('not found');
        expect((await session.call('explain', { code: 'matrix-gap' })).isError).toBeFalsy();
    });
});

describe('cop mcp on malformed JSON-RPC (raw stdio)', () => {
    test('each bad line gets a JSON-RPC error, and the session goes on', async () => {
        const ping = (id: number) => JSON.stringify({ jsonrpc: '2.0', id, method: 'ping' }) + '\n';
        const { code, messages, stderr } = await rawStdio(
            [
                initializeLine,
                '{"jsonrpc": "2.0", "id": 1, "method": \n',
                '[1, 2, 3]\n',
                '{"jsonrpc":"2.0","id":2,"method":"no/such/method"}\n',
                '{"jsonrpc":"2.0","id":3,"method":"tools/call","params":"not an object"}\n',
                Buffer.alloc(9 * 1024 * 1024, 'a'),
                '\n',
                ping(4)
            ],
            repo
        );
        const byId = (id: unknown) => messages.filter(message => (message as { id: unknown }).id === id);
        const errors = byId(null).map(message => (message as { error: { code: number; message: string } }).error);
        expect(errors.map(error => error.code)).toEqual([-32700, -32600, -32600]);
        expect(errors[2].message).toContain('larger than 8.0 MB');
        expect(byId(2)[0]).toMatchObject({ error: { code: -32601 } });
        expect(byId(3)[0]).toMatchObject({ error: { code: -32600 } });
        expect(byId(4)[0]).toMatchObject({ result: {} });
        expect(code).toBe(0);
        expect(stderr).toBe('');
    }, 60_000);
});
