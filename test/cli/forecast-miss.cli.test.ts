import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCliInProcess } from '../helpers/cli.js';

const plan = `plan Demo "Demo" { purpose "Forecasts" }
outcome Out "Out" { measure Replies }
indicator Replies "Replies" {
    data "Forum export"
    baseline 0
    target >= 100 by 2026-04-11
}
actual Replies {
    2026-01-01 20
    2026-02-10 20
    2026-02-20 60
}
`;

async function check(text: string, asOf: string) {
    const folder = mkdtempSync(join(tmpdir(), 'cop-forecast-'));
    writeFileSync(join(folder, 'plan.cop'), text);
    const result = await runCliInProcess(['check', '--format', 'json', '--as-of', asOf, 'plan.cop'], { cwd: folder });
    expect(result.stderr).toBe('');
    return { code: result.code, diagnostics: JSON.parse(result.stdout).diagnostics as { code: string; severity: string; line: number; message: string }[] };
}

describe('cop check: forecast-miss', () => {
    test('reported as information (exit 0) when on track but the trend falls short by more than 10 %', async () => {
        // 60 on day 50 is past the straight path from the baseline (50); the trend reaches 73.3 on day 100.
        const { code, diagnostics } = await check(plan, '2026-02-25');
        expect(code).toBe(0);
        const miss = diagnostics.find(d => d.code === 'forecast-miss');
        expect(miss).toMatchObject({ severity: 'information', line: 3 });
        expect(miss!.message).toContain('leads to 73.3 by then, short by 26.7');
    });

    test('not reported within 10 % of the target, with fewer than three actuals, or when off track', async () => {
        expect((await check(plan.replace('>= 100 by', '>= 80 by'), '2026-02-25')).diagnostics.map(d => d.code)).not.toContain('forecast-miss');
        expect((await check(plan, '2026-02-15')).diagnostics.map(d => d.code)).not.toContain('forecast-miss');
        const behind = (await check(plan.replace('2026-02-20 60', '2026-02-20 30'), '2026-02-25')).diagnostics.map(d => d.code);
        expect(behind).toContain('off-track');
        expect(behind).not.toContain('forecast-miss');
    });
});
