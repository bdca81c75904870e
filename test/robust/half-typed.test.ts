import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCliInProcess } from '../helpers/cli.js';

// Lines as they are while being typed: the shapes the fuzz suite found crashing a command.
const halfTyped = {
    'target without a number': 'indicator Speed "Speed" { data "d" target >= }',
    'key without a subject': 'objective Fast "Fast" { key }',
    'actual without an indicator': 'actual { 2026-01 5 }',
    'formula without terms': 'kpi Savings "Savings" { formula }',
    'formula ending in an operator': 'kpi Savings "Savings" { formula 2 * }',
    'story with empty tags': 'story Win "Win" { tags }',
    'shared with an empty side': 'shared Sweet "Sweet" { member }',
    // Elements whose name is not typed yet: the views show their title, or nothing.
    'outcome without a name': 'outcome "Served" { }',
    'input without a name': 'input "Hours" { measure }',
    'value without a name': 'members Admins "Admins" { short "Help" }',
    'kpi without a name': 'kpi "Savings" { formula 2 }',
    'cycle without a kind': 'cycle { }'
};

const commands = [['check'], ['fmt', '--check'], ['export', '--format', 'json'], ['export', '--format', 'md'], ['export', '--format', 'html'], ['report']];

describe('commands on half-typed plans', () => {
    const folder = mkdtempSync(join(tmpdir(), 'cop-half-typed-'));
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    test.each(Object.entries(halfTyped))('%s: every command answers without an internal error', async (name, line) => {
        const file = join(folder, `${name.replaceAll(' ', '-')}.cop`);
        writeFileSync(file, `plan Team "Team" { purpose "p" }\n${line}\n`);
        for (const command of commands) {
            const result = await runCliInProcess([...command, file]);
            const shown = `cop ${command.join(' ')}`;
            expect(result.stderr, shown).not.toMatch(/internal error|\n\s+at /);
            expect([0, 1], `${shown}: ${result.stderr}`).toContain(result.code);
        }
    });
});
