import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { runCliInProcess } from '../helpers/cli.js';
import { fileUri, LspClient } from '../helpers/lsp-client.js';
import { linesWith } from '../helpers/services.js';
import { validateWorkspace } from '../helpers/workspace.js';

const plan = (name: string, comment = '') => `${comment}plan ${name} "A plan" { purpose "p" }\n`;

const duplicate = <D extends { code?: unknown }>(diagnostics: D[]): D[] => diagnostics.filter(d => d.code === 'duplicate-name');

describe('two plans of a folder with the same name', () => {
    test('each is reported on its header name, naming the other file', async () => {
        const [first, second, third] = await validateWorkspace([plan('Team'), plan('Team', '// the second\n'), plan('Other')]);
        expect(linesWith(first, 'duplicate-name')).toEqual([1]);
        expect(linesWith(second, 'duplicate-name')).toEqual([2]);
        expect(linesWith(third, 'duplicate-name')).toEqual([]);
        const message = first.diagnostics!.find(d => d.code === 'duplicate-name')!;
        expect(message.message).toBe(
            'Another plan in this folder is also called `Team` (plan1.cop): plan names must be unique, since references use `Team.Element`. Rename one of them.'
        );
        expect(message.severity).toBe(1);
        expect(message.range.start).toEqual({ line: 0, character: 5 });
        expect(second.diagnostics!.find(d => d.code === 'duplicate-name')!.message).toContain('(plan0.cop)');
    });

    test('three plans of one name: each lists the two others', async () => {
        const documents = await validateWorkspace([plan('Team'), plan('Team'), plan('Team')]);
        expect(documents[2].diagnostics!.find(d => d.code === 'duplicate-name')!.message).toMatch(
            /^2 other plans in this folder are also called `Team` \(plan0\.cop, plan1\.cop\)/
        );
    });

    test('unique names, and a plan without a name, are not reported', async () => {
        const documents = await validateWorkspace([plan('A'), plan('B'), 'plan { }\n', 'plan { }\n']);
        for (const document of documents) expect(linesWith(document, 'duplicate-name')).toEqual([]);
    });

    test('cop check on a folder: an error in each file, exit 1', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'cop-dup-'));
        mkdirSync(join(folder, 'sub'));
        writeFileSync(join(folder, 'a.cop'), plan('Team'));
        writeFileSync(join(folder, 'sub', 'other.cop'), plan('Team', '// moved\n'));
        const result = await runCliInProcess(['check', '--format', 'json', '.'], { cwd: folder });
        expect(result.stderr).toBe('');
        expect(result.code).toBe(1);
        const found = duplicate(
            (
                JSON.parse(result.stdout) as {
                    diagnostics: Array<{ code: string; file: string; line: number; column: number; severity: string; message: string }>;
                }
            ).diagnostics
        );
        expect(found.map(d => [d.file, d.line, d.column, d.severity])).toEqual([
            ['a.cop', 1, 6, 'error'],
            ['sub/other.cop', 2, 6, 'error']
        ]);
        expect(found[0].message).toContain('(sub/other.cop)');
        expect(found[1].message).toContain('(../a.cop)');
    });
});

describe('duplicate plan names in the language server', () => {
    let client: LspClient | undefined;
    afterEach(async () => {
        await client?.shutdown();
        client = undefined;
    });

    test('opening, renaming the plan, renaming the file and closing update both files', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'cop-dup-lsp-'));
        writeFileSync(join(folder, 'a.cop'), plan('Team'));
        writeFileSync(join(folder, 'b.cop'), plan('Other'));
        client = new LspClient();
        await client.initialize(folder);
        const a = fileUri(join(folder, 'a.cop'));
        const b = fileUri(join(folder, 'b.cop'));
        await client.waitForDiagnostics(a, ds => duplicate(ds).length === 0);

        // Opening b with the same name as a (not yet saved): both are reported.
        await client.open(b, plan('Team'));
        const onB = await client.waitForDiagnostics(b, ds => duplicate(ds).length === 1);
        expect(duplicate(onB)[0].message).toContain('(a.cop)');
        const onA = await client.waitForDiagnostics(a, ds => duplicate(ds).length === 1);
        expect(duplicate(onA)[0].message).toContain('(b.cop)');

        // Renaming the plan in the editor clears both.
        await client.change(b, plan('Renamed'));
        await client.waitForDiagnostics(a, ds => duplicate(ds).length === 0);
        await client.waitForDiagnostics(b, ds => duplicate(ds).length === 0);

        // Back to the same name, then closing b: its file on disk is called `Other` again.
        await client.change(b, plan('Team'));
        await client.waitForDiagnostics(a, ds => duplicate(ds).length === 1);
        await client.close(b);
        await client.waitForDiagnostics(a, ds => duplicate(ds).length === 0);

        // A file renamed on disk so that it holds a duplicate: a.cop reports the new file name.
        writeFileSync(join(folder, 'c.cop'), plan('Team'));
        renameSync(join(folder, 'c.cop'), join(folder, 'd.cop'));
        await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(join(folder, 'd.cop')), type: 1 }] });
        const renamed = await client.waitForDiagnostics(a, ds => duplicate(ds).length === 1);
        expect(duplicate(renamed)[0].message).toContain('(d.cop)');
        renameSync(join(folder, 'd.cop'), join(folder, 'e.cop.txt'));
        await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(join(folder, 'd.cop')), type: 3 }] });
        await client.waitForDiagnostics(a, ds => duplicate(ds).length === 0);
    });
});
