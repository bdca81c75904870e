import { chmodSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli, runCliInProcess } from '../helpers/cli.js';
import { tempFiles } from '../helpers/temp-files.js';
import { launchChromium } from '../helpers/chromium.js';

const workspace = (files: Record<string, string | Buffer>) => tempFiles(files, 'cop-hard-');

const messy = 'plan P "A plan" {purpose "p"}\n';
// "é" in Latin-1: one byte 0xE9, not UTF-8.
const latin1 = Buffer.concat([Buffer.from('plan P "Caf'), Buffer.from([0xe9]), Buffer.from('" {purpose "p"}\n')]);
const twoErrors = `plan A "A" { purpose "x" }
indicator Dup "one" { data "x" }
indicator Dup "two" { data "y" }
outcome O "O" {
    delivers Missing
}
`;

describe('cop fmt and cop check refuse text that is not UTF-8', () => {
    test('fmt reports the byte offset of the first bad byte, exits 2, and never rewrites the file; the others are formatted', async () => {
        const folder = workspace({ 'latin1.cop': latin1, 'messy.cop': messy });
        const result = runCli(['fmt', '.'], { cwd: folder });
        expect(result.code).toBe(2);
        expect(result.stderr).toBe(
            'latin1.cop: this is not a plan: it is not valid UTF-8 (the first bad byte, 0xe9, is at byte offset 11). Save the file as UTF-8; it was left unchanged.\n'
        );
        expect(readFileSync(join(folder, 'latin1.cop')).equals(latin1)).toBe(true);
        expect(result.stdout).toBe('formatted messy.cop\n');
        expect(runCli(['fmt', '--check', 'latin1.cop'], { cwd: folder }).code).toBe(2);
    });

    test('check says so too: never a false clean', async () => {
        const folder = workspace({ 'latin1.cop': latin1 });
        const result = await runCliInProcess(['check', 'latin1.cop'], { cwd: folder });
        expect(result.code).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr).toContain('latin1.cop: this is not a plan: it is not valid UTF-8 (the first bad byte, 0xe9, is at byte offset 11)');
    });

    test('an overlong or truncated sequence is found where it starts', async () => {
        const overlong = Buffer.concat([Buffer.from('plan P "'), Buffer.from([0xc0, 0xaf]), Buffer.from('" {}\n')]);
        const truncated = Buffer.concat([Buffer.from('plan P "ok é '), Buffer.from([0xe2, 0x82])]);
        const folder = workspace({ 'a.cop': overlong, 'b.cop': truncated });
        expect((await runCliInProcess(['check', 'a.cop'], { cwd: folder })).stderr).toContain('the first bad byte, 0xc0, is at byte offset 8');
        expect((await runCliInProcess(['check', 'b.cop'], { cwd: folder })).stderr).toContain('the first bad byte, 0xe2, is at byte offset 14');
    });
});

describe('cop fmt leaves a read-only file alone, whoever runs it', () => {
    test('no write bit in its mode: reported, exit 2, content and mode unchanged (root included)', async () => {
        const folder = workspace({ 'ro.cop': messy, 'rw.cop': messy });
        chmodSync(join(folder, 'ro.cop'), 0o444);
        const result = await runCliInProcess(['fmt', '.'], { cwd: folder });
        expect(result.code).toBe(2);
        expect(result.stderr).toBe('ro.cop: not formatted: the file is read-only (mode r--r--r--); make it writable (chmod u+w) to format it.\n');
        expect(readFileSync(join(folder, 'ro.cop'), 'utf8')).toBe(messy);
        expect(statSync(join(folder, 'ro.cop')).mode & 0o777).toBe(0o444);
        expect(result.stdout).toBe('formatted rw.cop\n');
        expect(readdirSync(folder).sort()).toEqual(['ro.cop', 'rw.cop']);
        // Only a file that would change is refused; --check writes nothing, so it only lists it.
        expect((await runCliInProcess(['fmt', '--check', 'ro.cop'], { cwd: folder })).code).toBe(1);
    });

    test('a writable file keeps its mode when rewritten (atomic write)', async () => {
        const folder = workspace({ 'a.cop': messy });
        chmodSync(join(folder, 'a.cop'), 0o640);
        expect((await runCliInProcess(['fmt', 'a.cop'], { cwd: folder })).code).toBe(0);
        expect(statSync(join(folder, 'a.cop')).mode & 0o777).toBe(0o640);
    });
});

describe('-o never names an input', () => {
    test('the plan, as given, via ./ or ../, through a symbolic link, another plan loaded with it, its actuals or a catalog: exit 2, nothing written', async () => {
        const folder = workspace({
            'plans/a.cop': 'plan A "A" {\n    purpose "x"\n    actuals "a.csv"\n    catalog "../shared/own.json"\n}\n',
            'plans/a.csv': 'indicator,date,value\n',
            'plans/b.cop': 'plan B "B" { purpose "y" }\n',
            'shared/cat.json': '{"indicators": []}\n',
            'shared/own.json': '{"version": 1, "indicators": []}\n'
        });
        const plan = readFileSync(join(folder, 'plans/a.cop'), 'utf8');
        symlinkSync(join(folder, 'plans/a.cop'), join(folder, 'link.html'));
        symlinkSync(join(folder, 'plans'), join(folder, 'plans-link'));
        const cases: [string, string[]][] = [
            ['export', ['plans/a.cop', '-o', 'plans/a.cop']],
            ['export', ['plans/a.cop', '-o', './plans/a.cop']],
            ['export', ['plans/a.cop', '-o', 'plans/../plans/a.cop']],
            ['export', ['plans/a.cop', '-o', 'link.html']],
            ['export', ['plans/a.cop', '-o', 'plans-link/a.cop']],
            ['export', ['plans/a.cop', '-o', 'plans/b.cop']],
            ['export', ['plans/a.cop', '--catalog', 'shared/cat.json', '-o', 'shared/cat.json']],
            ['export', ['plans/a.cop', '-o', 'plans/a.csv']],
            ['export', ['plans/a.cop', '-o', 'shared/own.json']],
            ['report', ['plans/a.cop', '-o', 'plans/a.csv']],
            ['report', ['plans/a.cop', '-o', 'plans/a.cop']],
            ['report', ['plans/a.cop', '-o', 'link.html']],
            ['report', ['plans/a.cop', '-o', 'plans/b.cop']]
        ];
        for (const [command, args] of cases) {
            const result = await runCliInProcess([command, ...args], { cwd: folder });
            expect(result.code, args.join(' ')).toBe(2);
            expect(result.stderr, args.join(' ')).toMatch(
                new RegExp(
                    `^cop ${command}: -o .* is (plans/[ab]\\.cop|plans/a\\.csv|shared/(cat|own)\\.json), a file this command reads; nothing was written\\.`
                )
            );
            expect(result.stdout).toBe('');
        }
        expect(readFileSync(join(folder, 'plans/a.cop'), 'utf8')).toBe(plan);
        expect(readFileSync(join(folder, 'plans/b.cop'), 'utf8')).toBe('plan B "B" { purpose "y" }\n');
        expect(readFileSync(join(folder, 'shared/cat.json'), 'utf8')).toBe('{"indicators": []}\n');
        expect(readFileSync(join(folder, 'shared/own.json'), 'utf8')).toBe('{"version": 1, "indicators": []}\n');
        expect(readFileSync(join(folder, 'plans/a.csv'), 'utf8')).toBe('indicator,date,value\n');
        expect(readdirSync(join(folder, 'plans')).sort()).toEqual(['a.cop', 'a.csv', 'b.cop']);
        // Any other name is fine.
        expect((await runCliInProcess(['export', 'plans/a.cop', '-o', 'plans/a.json'], { cwd: folder })).code).toBe(0);
    });
});

describe('export and report of a plan with errors', () => {
    let browser: Browser;
    beforeAll(async () => {
        browser = await launchChromium();
    });
    afterAll(async () => {
        await browser?.close();
    });

    test('html: exit 1, and the page opens with a banner saying how many errors, with the first ones', async () => {
        const folder = workspace({ 'plan.cop': twoErrors });
        const result = runCli(['export', 'plan.cop', '--format', 'html', '-o', 'plan.html'], { cwd: folder });
        expect(result.code).toBe(1);
        expect(result.stderr).toBe('cop export: plan.cop has 2 errors; the export says so at its top. Run `cop check plan.cop` to see them.\n');
        const page = await browser.newPage();
        await page.goto(pathToFileURL(join(folder, 'plan.html')).toString());
        expect(await page.evaluate(() => document.body.firstElementChild?.className)).toBe('error-banner');
        const banner = page.locator('.error-banner');
        expect(await banner.locator('strong').textContent()).toBe('This plan has 2 errors: what this page shows may be incomplete or wrong.');
        expect(await banner.locator('li').allTextContents()).toEqual([
            'plan.cop:3 The name `Dup` is already used on line 2. Names must be unique in a plan: rename one of them.',
            expect.stringMatching(/^plan\.cop:5 .*Missing/)
        ]);
        expect(await banner.isVisible()).toBe(true);
        await page.close();
    });

    test('a clean plan has no banner and exits 0', async () => {
        const folder = workspace({ 'plan.cop': 'plan A "A" { purpose "x" }\n' });
        for (const command of [['export', '--format', 'html'], ['report']]) {
            const result = await runCliInProcess([...command, 'plan.cop'], { cwd: folder });
            expect(result.code).toBe(0);
            expect(result.stdout).not.toContain('error-banner"');
        }
    });

    test('md: exit 1, the banner is the first block after the title; json lists the diagnostics and exits 1', async () => {
        const folder = workspace({ 'plan.cop': twoErrors });
        const md = await runCliInProcess(['export', 'plan.cop', '--format', 'md'], { cwd: folder });
        expect(md.code).toBe(1);
        const lines = md.stdout.split('\n');
        expect(lines.slice(0, 5)).toEqual([
            '# A',
            '',
            '> **This plan has 2 errors: what this page shows may be incomplete or wrong.**',
            '>',
            '> - `plan.cop:3` The name \\`Dup\\` is already used on line 2. Names must be unique in a plan: rename one of them.'
        ]);
        const json = await runCliInProcess(['export', 'plan.cop'], { cwd: folder });
        expect(json.code).toBe(1);
        expect((JSON.parse(json.stdout) as { diagnostics: { severity: string }[] }).diagnostics.filter(d => d.severity === 'error')).toHaveLength(2);
    });

    test('more errors than the banner shows: it says how many more', async () => {
        const many = 'plan A "A" { purpose "x" }\n' + Array.from({ length: 8 }, (_, i) => `outcome O${i} "O" {\n    delivers Missing${i}\n}\n`).join('');
        const folder = workspace({ 'plan.cop': many });
        const result = await runCliInProcess(['report', 'plan.cop', '-o', 'report.html'], { cwd: folder });
        expect(result.code).toBe(1);
        const page = await browser.newPage();
        await page.goto(pathToFileURL(join(folder, 'report.html')).toString());
        const banner = page.locator('body > .error-banner');
        expect(await banner.locator('strong').textContent()).toBe('This plan has 8 errors: what this page shows may be incomplete or wrong.');
        expect(await banner.locator('li').count()).toBe(5);
        expect(await banner.locator('p').last().textContent()).toBe('…and 3 more; `cop check plan.cop` lists them all.');
        // The report keeps the page shell's CSP: nothing runs or loads.
        expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
        );
        await page.close();
    });
});
