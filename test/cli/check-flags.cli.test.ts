import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { cliPath, runCli, runCliInProcess } from '../helpers/cli.js';
import { tempFiles } from '../helpers/temp-files.js';

const workspace = (files: Record<string, string | Buffer>) => tempFiles(files, 'cop-flags-');

const withError = `plan A "A" { purpose "x" }
indicator Dup "one" { data "x" }
indicator Dup "two" { data "y" }
`;
// One warning (unmeasured), besides information and hints.
const withWarning = `plan B "B" { purpose "x" }
input Time "Time" {
}
`;
const clean = `plan C "C" { purpose "x" }
`;

const ESC = '\u001b';

describe('cop check: paths, globs and --stdin', () => {
    test('a file that is not a .cop plan is a usage error in one line', async () => {
        const folder = workspace({ 'notes.txt': 'hello\n' });
        const result = await runCliInProcess(['check', 'notes.txt'], { cwd: folder });
        expect(result.code).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr).toBe('cop check: notes.txt is not a .cop plan; name plan files (*.cop) or folders that hold them.\n');
        expect((await runCliInProcess(['fmt', 'notes.txt'], { cwd: folder })).code).toBe(2);
        expect((await runCliInProcess(['export', 'notes.txt'], { cwd: folder })).stderr).toContain('is not a .cop plan');
    });

    test('glob patterns are expanded (quoted, so the shell leaves them); one that matches nothing is a usage error', async () => {
        const folder = workspace({ 'plans/a.cop': withError, 'plans/deep/b.cop': withWarning, 'plans/notes.md': '# x\n' });
        const all = await runCliInProcess(['check', 'plans/**/*.cop'], { cwd: folder });
        expect(all.code).toBe(1);
        expect(all.stdout).toContain('plans/a.cop:3:11 error duplicate-name');
        expect(all.stdout).toContain('plans/deep/b.cop:2:7 warning unmeasured');
        expect(all.stdout.trim().split('\n').at(-1)).toMatch(/in 2 plan files\.$/);
        const one = await runCliInProcess(['check', 'plans/deep/*.cop'], { cwd: folder });
        expect(one.code).toBe(0);
        expect(one.stdout).not.toContain('plans/a.cop');
        const none = await runCliInProcess(['check', 'nowhere/*.cop'], { cwd: folder });
        expect(none.code).toBe(2);
        expect(none.stderr).toBe('cop check: the pattern nowhere/*.cop matches no .cop plan.\n');
    });

    test('--stdin --stdin-filename: the text from stdin, reported under NAME, linked with the plans of its folder', async () => {
        const org = `plan Org "Org" { purpose "x" }
organization Unit "Unit" {
    short Speed "Speed"
}
`;
        // On disk, draft.cop is clean; what is checked is the text from stdin.
        const folder = workspace({ 'plans/org.cop': org, 'plans/draft.cop': clean });
        const draft = `plan Draft "Draft" { purpose "x" }
outcome Faster "Faster" {
    delivers Org.Speed
    delivers Org.Nothing
}
`;
        const result = await runCliInProcess(['check', '--stdin', '--stdin-filename', 'plans/draft.cop', '--format', 'json'], { cwd: folder, input: draft });
        expect(result.code).toBe(1);
        const diagnostics = (JSON.parse(result.stdout) as { diagnostics: { file: string; code: string; line: number }[] }).diagnostics;
        expect(new Set(diagnostics.map(d => d.file))).toEqual(new Set(['plans/draft.cop']));
        // Org.Speed resolves through the plan of the folder; Org.Nothing does not exist.
        expect(diagnostics.filter(d => d.code === 'unresolved-reference').map(d => d.line)).toEqual([4]);

        // A NAME whose folder does not exist yet: checked alone.
        const alone = await runCliInProcess(['check', '--stdin', '--stdin-filename', 'new/x.cop'], { cwd: folder, input: clean });
        expect(alone.stdout).toContain('No problems in 1 plan file.');
        expect(alone.code).toBe(0);
    });

    test('--stdin usage errors: no NAME, NAME not .cop, files besides, not UTF-8', async () => {
        const folder = workspace({});
        const noName = await runCliInProcess(['check', '--stdin'], { cwd: folder, input: clean });
        expect(noName.code).toBe(2);
        expect(noName.stderr).toContain('--stdin needs --stdin-filename NAME');
        expect((await runCliInProcess(['check', '--stdin', '--stdin-filename', 'x.txt'], { cwd: folder, input: clean })).stderr).toContain(
            'x.txt is not a .cop plan'
        );
        expect((await runCliInProcess(['check', '--stdin', '--stdin-filename', 'x.cop', 'y.cop'], { cwd: folder, input: clean })).code).toBe(2);
        expect((await runCliInProcess(['check', '--stdin-filename', 'x.cop'], { cwd: folder })).code).toBe(2);
        const binary = spawnSync(process.execPath, [cliPath, 'check', '--stdin', '--stdin-filename', 'x.cop'], {
            cwd: folder,
            input: Buffer.from([0x70, 0x6c, 0xc3, 0x28]),
            encoding: 'utf8'
        });
        expect(binary.status).toBe(2);
        expect(binary.stderr).toContain('not valid UTF-8 (the first bad byte, 0xc3, is at byte offset 2)');
    });
});

describe('cop check: --quiet, --max-warnings, --strict and exit codes', () => {
    test('--quiet reports errors only; the summary counts what is shown', async () => {
        const folder = workspace({ 'a.cop': withError, 'b.cop': withWarning });
        const result = await runCliInProcess(['check', '--quiet', '.'], { cwd: folder });
        expect(result.code).toBe(1);
        const lines = result.stdout.trim().split('\n');
        expect(lines.slice(0, -1).every(line => / error /.test(line))).toBe(true);
        expect(lines.slice(0, -1)).toHaveLength(1);
        expect(lines.at(-1)).toBe('1 error, 0 warnings in 2 plan files.');
        const json = JSON.parse((await runCliInProcess(['check', '--quiet', '--format', 'json', 'b.cop'], { cwd: folder })).stdout) as {
            diagnostics: unknown[];
        };
        expect(json.diagnostics).toEqual([]);
    });

    test('--max-warnings N: exit 1 above N warnings, with a line saying so; --quiet does not hide them from the count', async () => {
        const folder = workspace({ 'b.cop': withWarning });
        expect((await runCliInProcess(['check', 'b.cop'], { cwd: folder })).code).toBe(0);
        expect((await runCliInProcess(['check', '--max-warnings', '1', 'b.cop'], { cwd: folder })).code).toBe(0);
        const over = await runCliInProcess(['check', '--max-warnings', '0', 'b.cop'], { cwd: folder });
        expect(over.code).toBe(1);
        expect(over.stderr).toBe('cop check: 1 warning, more than the 0 allowed by --max-warnings.\n');
        expect((await runCliInProcess(['check', '--quiet', '--max-warnings', '0', 'b.cop'], { cwd: folder })).code).toBe(1);
        // --strict is --max-warnings 0.
        const strict = await runCliInProcess(['check', '--strict', 'b.cop'], { cwd: folder });
        expect(strict.code).toBe(1);
        expect(strict.stderr).toContain('allowed by --strict');
        for (const bad of ['-1', 'ten', '1.5']) {
            const result = await runCliInProcess(['check', '--max-warnings', bad, 'b.cop'], { cwd: folder });
            expect(result.code).toBe(2);
            expect(result.stderr).toMatch(/^cop check: .*(--max-warnings|ten|1\.5)/);
        }
    });

    test('exit 2 always prints one line: unknown option, unknown format, missing file', async () => {
        const folder = workspace({ 'a.cop': clean });
        for (const args of [
            ['check', '--nope', 'a.cop'],
            ['check', '--format', 'xml', 'a.cop'],
            ['check', 'missing.cop'],
            ['fmt', '--nope', 'a.cop'],
            ['nope']
        ]) {
            const result = await runCliInProcess(args, { cwd: folder });
            expect(result.code, args.join(' ')).toBe(2);
            expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
        }
    });
});

describe('cop check --format github', () => {
    test("workflow commands per severity, with GitHub's escapes in message and properties", async () => {
        const folder = workspace({ 'a,b:c%.cop': withError + withWarning.replace('plan B "B" { purpose "x" }\n', '') });
        const result = await runCliInProcess(['check', '--format', 'github', '.'], { cwd: folder });
        expect(result.code).toBe(1);
        const lines = result.stdout.trim().split('\n');
        expect(lines.length).toBeGreaterThan(2);
        for (const line of lines)
            expect(line).toMatch(/^::(error|warning|notice) file=a%2Cb%3Ac%25\.cop,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::\S/);
        expect(lines).toContain(
            '::error file=a%2Cb%3Ac%25.cop,line=3,col=11,endLine=3,endColumn=14,title=duplicate-name::The name `Dup` is already used on line 2. Names must be unique in a plan: rename one of them.'
        );
        expect(lines.some(line => line.startsWith('::warning ') && line.includes('title=unmeasured::'))).toBe(true);
        expect(lines.some(line => line.startsWith('::notice ') && line.includes('title=indicator-unused::'))).toBe(true);
    });

    test('a CR, LF or % in a message is escaped, so no line of its own can appear', async () => {
        // A file name is the honest way to put a line break into what cop prints.
        const folder = workspace({ 'x\n::error file=forged::pwned 100%.cop': withError });
        const result = await runCliInProcess(['check', '--format', 'github', '.'], { cwd: folder });
        const lines = result.stdout.trim().split('\n');
        expect(lines.length).toBeGreaterThan(1);
        expect(
            lines.every(line => line.startsWith('::error file=x%0A%3A%3Aerror file=forged%3A%3Apwned 100%25.cop,') || line.startsWith('::notice file=x%0A'))
        ).toBe(true);
    });
});

describe('text output never prints control characters from a plan', () => {
    test('ESC, OSC, BEL, C1 and line breaks in file names and titles are shown escaped', async () => {
        const folder = workspace({
            [`evil${ESC}]0;pwned\u0007\nfake.cop:1:1 error forged.cop`]: withError,
            'c1.cop': 'plan E "E" { purpose "x" }\nindicator Dup "one\u009b2J\u2028x" { data "x" }\n'
        });
        const result = await runCliInProcess(['check', '.'], { cwd: folder });
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters.
        expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/);
        expect(result.stdout).toContain('evil\\x1b]0;pwned\\x07\\nfake.cop:1:1 error forged.cop:3:11 error duplicate-name');
        expect(result.stdout).toContain('("one\\u009b2J\\u2028x")');
        // Every line is a diagnostic of a real file, or the summary.
        const lines = result.stdout.trim().split('\n');
        for (const line of lines.slice(0, -1)) expect(line).toMatch(/^(evil\\x1b|c1\.cop:)/);
    });
});

describe('colour', () => {
    const folder = workspace({ 'a.cop': withError });
    const red = `${ESC}[31merror${ESC}[39m`;
    /** Runs cop under a real pseudo-terminal (util-linux `script`), as a user at a terminal would. */
    function inTerminal(args: string, env: Record<string, string | undefined> = {}) {
        const result = spawnSync('script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(cliPath)} ${args}`, '/dev/null'], {
            cwd: folder,
            encoding: 'utf8',
            env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...env },
            timeout: 60_000
        });
        return { code: result.status, stdout: result.stdout };
    }

    test('on exactly when stdout is a terminal, whatever TERM or CI say', async () => {
        const plain = { NO_COLOR: '', FORCE_COLOR: '', CI: '' };
        expect(inTerminal('check a.cop').stdout).toContain(red);
        expect(inTerminal('check a.cop', { TERM: 'dumb' }).stdout).toContain(red);
        expect(inTerminal('check a.cop', { CI: 'true' }).stdout).toContain(red);
        expect(inTerminal('check a.cop').code).toBe(1);
        // Not a terminal (a pipe): no colour, even with FORCE_COLOR, CI or a colour TERM.
        const environments: Record<string, string>[] = [plain, { FORCE_COLOR: '1' }, { CI: 'true' }, { TERM: 'xterm-256color' }];
        for (const env of environments) {
            expect(runCli(['check', 'a.cop'], { cwd: folder, env }).stdout).not.toContain(ESC);
        }
    });

    test('NO_COLOR (non-empty) and --no-color turn it off; --color forces it; the last flag wins', async () => {
        expect(inTerminal('check a.cop', { NO_COLOR: '1' }).stdout).not.toContain(ESC);
        expect(inTerminal('check a.cop', { NO_COLOR: '' }).stdout).toContain(red);
        expect(inTerminal('check --no-color a.cop').stdout).not.toContain(ESC);
        expect((await runCliInProcess(['check', '--color', 'a.cop'], { cwd: folder })).stdout).toContain(red);
        expect((await runCliInProcess(['check', '--color', 'a.cop'], { cwd: folder, env: { NO_COLOR: '1' } })).stdout).toContain(red);
        expect((await runCliInProcess(['check', '--color', '--no-color', 'a.cop'], { cwd: folder })).stdout).not.toContain(ESC);
        expect((await runCliInProcess(['check', '--no-color', '--color', 'a.cop'], { cwd: folder })).stdout).toContain(red);
        // Machine formats never get colour.
        expect((await runCliInProcess(['check', '--color', '--format', 'json', 'a.cop'], { cwd: folder })).stdout).not.toContain(ESC);
    });
});

describe('--version and --help', () => {
    test('cop --version prints the package version', async () => {
        const result = runCli(['--version']);
        expect(result.code).toBe(0);
        expect(result.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    });

    test('every command has --help with examples and exit codes', async () => {
        for (const command of ['check', 'fmt', 'export', 'report', 'init', 'diff']) {
            const result = await runCliInProcess([command, '--help']);
            expect(result.code, command).toBe(0);
            expect(result.stdout, command).toMatch(new RegExp(`^Usage: cop ${command}`));
            expect(result.stdout, command).toContain(`Examples:\n  cop ${command}`);
            expect(result.stdout, command).toContain('Exit codes:');
        }
        const check = (await runCliInProcess(['check', '--help'])).stdout;
        for (const flag of [
            '--format text|json|sarif|github',
            '--quiet',
            '--max-warnings N',
            '--strict',
            '--stdin',
            '--stdin-filename NAME',
            '--root DIR',
            '--color, --no-color',
            '--as-of DATE',
            '--catalog FILE'
        ]) {
            expect(check).toContain(flag);
        }
    });
});
