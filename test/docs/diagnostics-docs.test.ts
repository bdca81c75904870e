import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { diagnosticRules } from '../../language/diagnostics/codes.js';
import { runCliInProcess } from '../helpers/cli.js';
import { readCodeSections } from './diagnostics-page.js';

const sections = readCodeSections();
const codes = Object.keys(diagnosticRules);

/** A failing check of cop itself: a bug, so no plan should trigger it and none is shown. */
const withoutExample = new Set(['internal-error']);

/**
 * Runs `cop check --format json` on a plan and the files it reads, in a fresh folder: in
 * this process, as the command's own tests run it as a process (test/cli/check.cli.test.ts).
 */
async function codesReported(plan: string, files: Readonly<Record<string, string>>, run?: 'measure'): Promise<string[]> {
    const folder = mkdtempSync(join(tmpdir(), 'cop-docs-'));
    for (const [name, text] of Object.entries({ ...files, 'plan.cop': plan })) {
        mkdirSync(dirname(join(folder, name)), { recursive: true });
        writeFileSync(join(folder, name), text);
    }
    const args = run === 'measure' ? ['measure', '--format', 'json', '--as-of', '2026-09-30', 'plan.cop'] : ['check', '--format', 'json', 'plan.cop'];
    const result = await runCliInProcess(args, { cwd: folder });
    expect(result.stderr).toBe('');
    return JSON.parse(result.stdout).diagnostics.map((d: { code: string }) => d.code);
}

describe('docs/diagnostics.md', () => {
    test('documents every code of the closed set under its own heading, and no other', () => {
        const headings = sections.map(section => section.code);
        expect(
            codes.filter(code => !headings.includes(code)),
            'codes without a section'
        ).toEqual([]);
        // internal-error is added to codes.ts on another branch; it is documented already.
        const known = new Set([...codes, 'internal-error']);
        expect(
            headings.filter(heading => !known.has(heading)),
            'sections of unknown codes'
        ).toEqual([]);
        expect(new Set(headings).size).toBe(headings.length);
    });

    test('each section states the severity that codes.ts gives the code', () => {
        for (const section of sections) {
            const rule = diagnosticRules[section.code as keyof typeof diagnosticRules];
            const severity = rule?.severity ?? 'error';
            expect(section.body.trimStart().toLowerCase(), section.code).toMatch(new RegExp(`^\\*\\*${severity}\\*\\*`));
        }
    });

    describe.each(sections.filter(section => !withoutExample.has(section.code)).map(section => [section.code, section] as const))('%s', (code, section) => {
        test('the example plan reports it through cop check', async () => {
            expect(section.plan, `a \`\`\`cop block in the section of ${code}`).toBeDefined();
            expect(await codesReported(section.plan!, section.files, section.run)).toContain(code);
        });

        test.runIf(section.fixed !== undefined)('the fixed plan does not', async () => {
            expect(await codesReported(section.fixed!, section.files, section.run)).not.toContain(code);
        });
    });
});
