import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hover, InlayHint } from 'vscode-languageserver-types';
import { beforeAll, describe, expect, test } from 'vitest';
import { exportNumber, formatCompact, formatFixed, formatNumber, formatPlanNumber } from '../../language/impact/amounts.js';
import { runCliInProcess } from '../helpers/cli.js';
import { evaluate } from './impact-helpers.js';

/**
 * Floating-point noise, `-0`, 10^15 and tiny fractions, computed by kpi formulas, must reach
 * no message, hover, inlay hint, export, report or view as anything but plain numbers.
 */
const plan = `plan Numbers "Numbers" { purpose "Noise never shows" }
outcome Served "Served" { measure Share }
indicator Share "Share answered" {
    unit x
    target >= 1 by 2026-12
    data "Forum export"
    cadence monthly
}
actual Share {
    2026-07 0.1
    2026-08 0.2
}
assumption Tenth "A tenth" { value 0.1 range 0.1..0.7 source "s" }
assumption NegativeZero "Minus zero" { value -0 source "s" }
assumption Big "Largest" { value 1000000000000000 source "s" }
assumption Tiny "Tiny" { value 0.0000001 source "s" }
kpi Sum "Noisy sum" { formula Share + Tenth target >= 5 by 2026-09 translates Served }
kpi Zero "Minus zero" { formula NegativeZero * Share translates Served }
kpi Huge "Huge" { formula Big * 1 translates Served }
kpi Small "Small" { formula Tiny * Share translates Served }
kpi Third "A third" { formula 1 / 3 translates Served }
`;

/** What a person must never read: noise digits, a minus zero, exponents, non-numbers. */
function expectPlainNumbers(text: string, where: string): void {
    expect(text, where).not.toMatch(/0\.30000000000000004|0{8,}4|3{13,}|9{10,}/);
    expect(text, where).not.toMatch(/(^|[^\w.,-])-0(?![.,\d])/m);
    expect(text, where).not.toMatch(/\d(e[+-]?\d+)/i);
    expect(text, where).not.toMatch(/\b(NaN|Infinity|undefined)\b/);
}

describe('one number formatter', () => {
    test('formatNumber: noise rounded, -0 is 0, tiny fractions keep two significant digits', async () => {
        expect(formatNumber(0.1 + 0.2)).toBe('0.3');
        expect(formatNumber(-0)).toBe('0');
        expect(formatNumber(-0.0001 / 1e9)).toBe('0');
        expect(formatNumber(-0.001)).toBe('-0.001');
        expect(formatNumber(1e15)).toBe('1,000,000,000,000,000');
        expect(formatNumber(2e-8)).toBe('0.00000002');
        expect(formatNumber(0.0042)).toBe('0.0042');
        expect(formatNumber(0.57, true)).toBe('57%');
        expect(formatNumber(-0, true)).toBe('0%');
        expect(formatCompact(-0)).toBe('0');
        expect(formatCompact(1_234_567)).toBe('1.2M');
        expect(formatFixed(10, 1)).toBe('10.0');
        expect(formatFixed(-0.01, 1)).toBe('0.0');
        // Code a message suggests: no separators a plan could not parse.
        expect(formatPlanNumber(12345.5)).toBe('12345.5');
        expect(formatPlanNumber(0.1 + 0.2)).toBe('0.3');
        expect(formatPlanNumber(-0)).toBe('0');
        expect(formatPlanNumber(0.26, true)).toBe('26%');
    });

    test('exportNumber: 12 significant digits, -0 is 0, no infinity', async () => {
        expect(exportNumber(0.1 + 0.2)).toBe(0.3);
        expect(Object.is(exportNumber(-0), 0)).toBe(true);
        expect(exportNumber(0.57 * 100)).toBe(57);
        expect(exportNumber(1 / 3)).toBe(0.333333333333);
        expect(exportNumber(1e15)).toBe(1e15);
        expect(exportNumber(2e-8)).toBe(2e-8);
        expect(exportNumber(Infinity)).toBeNull();
        expect(exportNumber(Number.NaN)).toBeNull();
    });
});

describe('numbers through every output', () => {
    let folder: string;
    let file: string;
    beforeAll(() => {
        folder = mkdtempSync(join(tmpdir(), 'cop-numbers-'));
        file = join(folder, 'numbers.cop');
        writeFileSync(file, plan);
    });

    test('cop export --format json: rounded to 12 digits, no -0, no null for a real value', async () => {
        const result = await runCliInProcess(['export', file, '--format', 'json', '--as-of', '2026-10-15']);
        expect(result.code).toBe(0);
        const kpis = Object.fromEntries(
            (JSON.parse(result.stdout).kpis as { name: string; value: number | null; low: number | null; high: number | null }[]).map(kpi => [kpi.name, kpi])
        );
        expect(kpis.Sum.value).toBe(0.3);
        expect(kpis.Sum.high).toBe(0.9);
        expect(Object.is(kpis.Zero.value, 0)).toBe(true);
        expect(kpis.Huge.value).toBe(1e15);
        expect(kpis.Small.value).toBe(2e-8);
        expect(kpis.Third.value).toBe(0.333333333333);
        expect(result.stdout).not.toMatch(/0\.30000000000000004|-0\b|null,\s*"planned": null,\s*"low": null/);
    });

    test.each(['md', 'html'])('cop export --format %s', async format => {
        const result = await runCliInProcess(['export', file, '--format', format, '--as-of', '2026-10-15']);
        expect(result.code).toBe(0);
        expect(result.stdout).toContain('0.3');
        expectPlainNumbers(
            result.stdout.replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>|\b(?:x|y|cx|cy|width|height|d|viewBox)="[^"]*"/g, ''),
            format
        );
    });

    test('cop report', async () => {
        const result = await runCliInProcess(['report', file, '--as-of', '2026-10-15']);
        expect(result.code).toBe(0);
        expectPlainNumbers(
            result.stdout.replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>|\b(?:x|y|cx|cy|width|height|d|viewBox)="[^"]*"/g, ''),
            'report'
        );
    });

    test('messages, hovers and inlay hints', async () => {
        const { document, services } = await evaluate(plan, '2026-10-15');
        const messages = (document.diagnostics ?? []).map(d => d.message).join('\n');
        expect(messages).toContain('the latest actual is 0.3 on 2026-08'); // the off-track kpi Sum
        expectPlainNumbers(messages, 'messages');
        const lines = plan.split('\n');
        const uri = document.uri.toString();
        const hovers: string[] = [];
        for (const name of ['Sum', 'Zero', 'Huge', 'Small', 'Third', 'NegativeZero', 'Tiny']) {
            const line = lines.findIndex(text => new RegExp(`^(kpi|assumption) ${name} `).test(text));
            const character = lines[line].indexOf(name) + 1;
            const hover = (await services.lsp.HoverProvider!.getHoverContent(document, { textDocument: { uri }, position: { line, character } })) as
                | Hover
                | undefined;
            hovers.push((hover?.contents as { value: string } | undefined)?.value ?? '');
        }
        expect(hovers[0]).toContain('**0.3**');
        expectPlainNumbers(hovers.join('\n'), 'hover');
        const hints = (await services.lsp.InlayHintProvider!.getInlayHints(document, {
            textDocument: { uri },
            range: { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } }
        })) as InlayHint[];
        const labels = hints.map(hint => (typeof hint.label === 'string' ? hint.label : hint.label.map(part => part.value).join(''))).join('\n');
        expect(labels).toContain('= 0.3');
        expect(labels).toContain('= 0');
        expectPlainNumbers(labels, 'inlay hints');
    });
});
