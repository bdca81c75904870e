import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCliInProcess } from '../helpers/cli.js';

const part3 = ['experiment-invalid', 'experiment-inconclusive', 'assumption-conflict', 'adjustment-out-of-range', 'impact-unadjusted', 'weak-evidence'];

const flawed = `plan P "P" { purpose "p" }
outcome O {}
indicator Visitors { unit visits data "d" }
experiment Bad { treatment 2500 of 2000 control 1 of 2000 }
experiment Flat { treatment 105 of 1000 control 100 of 1000 }
assumption U { from Flat value 1 }
assumption Cost { value 38 source "Finance" }
kpi Savings { formula Visitors * U * Cost unit USD translates O }
kpi Shares { formula Visitors deadweight 120% }
`;

const fixed = `plan P "P" { purpose "p" }
outcome O {}
indicator Visitors { unit visits data "d" }
experiment Good { treatment 412 of 2000 control 318 of 2000 }
assumption U { from Good }
assumption Cost { value 38 source "Finance" evidence observational }
kpi Savings { formula Visitors * U * Cost unit USD attribution 0%..30% translates O }
kpi Shares { formula Visitors deadweight 12% }
`;

async function check(text: string) {
    const folder = mkdtempSync(join(tmpdir(), 'cop-exp-check-'));
    writeFileSync(join(folder, 'plan.cop'), text);
    const result = await runCliInProcess(['check', '--format', 'json', 'plan.cop'], { cwd: folder });
    const diagnostics = JSON.parse(result.stdout).diagnostics as { code: string; severity: string; line: number }[];
    return { code: result.code, found: diagnostics.filter(d => part3.includes(d.code)).map(d => `${d.line} ${d.severity} ${d.code}`) };
}

describe('cop check reports the Part 3 codes', () => {
    test("each code on its line with the contract's severity; errors make the exit code 1", async () => {
        const { code, found } = await check(flawed);
        expect(found).toEqual([
            '4 error experiment-invalid',
            '6 warning experiment-inconclusive', // `from` comes before `value` on the line
            '6 error assumption-conflict',
            '8 warning impact-unadjusted',
            '8 information weak-evidence',
            '9 error adjustment-out-of-range'
        ]);
        expect(code).toBe(1);
    });

    test('the same plan with each problem fixed reports none of them', async () => {
        const { code, found } = await check(fixed);
        expect(found).toEqual([]);
        expect(code).toBe(0);
    });
});
