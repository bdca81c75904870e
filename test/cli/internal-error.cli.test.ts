import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ValidationAcceptor } from 'langium';
import { describe, expect, test } from 'vitest';
import type { CommandContext } from '../../cli/commands/command.js';
import { createNodeServices } from '../../cli/plan-workspace.js';
import { main } from '../../cli/run-cli.js';
import type { CopAstType, Kpi } from '../../language/generated/ast.js';

// The CLI's main() in-process, with the language services it would use plus one check that
// throws (a bug of cop the user cannot cause on purpose): the run must end with exit 2 and a
// line naming the file and line, never as a clean plan (0) or as the plan's fault (1).

const plan = `plan A "A" {
    purpose "x"
}
kpi Savings "Savings" {
    formula 10 * 2
    unit USD
    target >= 12000 by 2027-06
}
`;

function run(argv: string[], breaking: boolean | 'indexing') {
    let stdout = '';
    let stderr = '';
    const context: CommandContext = {
        version: 'test',
        out: text => {
            stdout += text;
        },
        err: text => {
            stderr += text;
        },
        stdoutIsTerminal: false,
        env: {},
        readStdin: async () => Buffer.from(''),
        createServices: () => {
            const services = createNodeServices();
            if (breaking === 'indexing') {
                services.references.ScopeComputation.collectExportedSymbols = async () => {
                    throw new Error('the index broke');
                };
            } else if (breaking) {
                function checkKpiBreaks(_kpi: Kpi, _accept: ValidationAcceptor): void {
                    throw new Error('the kpi check broke');
                }
                services.validation.ValidationRegistry.register<CopAstType>({ Kpi: checkKpiBreaks });
            }
            return services;
        }
    };
    return main(argv, context).then(code => ({ code, stdout, stderr }));
}

function planFolder(): string {
    const folder = mkdtempSync(join(tmpdir(), 'cop-internal-'));
    writeFileSync(join(folder, 'a.cop'), plan);
    return folder;
}

describe('a check that throws, through the CLI', () => {
    test('without the broken check the plan is fine (the test plan is not the cause)', async () => {
        const folder = planFolder();
        const result = await run(['check', join(folder, 'a.cop')], false);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
    });

    test('cop check: exit 2, "internal error" naming file and line, and the diagnostic in the output', async () => {
        const folder = planFolder();
        for (const format of ['text', 'json', 'github']) {
            const result = await run(['check', '--format', format, join(folder, 'a.cop')], true);
            expect(result.code).toBe(2);
            expect(result.stderr).toMatch(
                /^cop check: internal error in .*a\.cop:4: A check of cop failed on this plan \(the check checkKpiBreaks, checking the kpi Savings: Error: the kpi check broke\)/
            );
            expect(result.stderr.trim().split('\n')).toHaveLength(1);
            expect(result.stdout).toContain('internal-error');
        }
    });

    test('--quiet and --max-warnings change nothing to it', async () => {
        const folder = planFolder();
        const result = await run(['check', '--quiet', '--max-warnings', '100', join(folder, 'a.cop')], true);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain('internal error in');
    });

    test('cop export and cop report: exit 2 and nothing written', async () => {
        const folder = planFolder();
        for (const command of ['export', 'report']) {
            const output = join(folder, `${command}.html`);
            const result = await run([command, join(folder, 'a.cop'), '-o', output], true);
            expect(result.code).toBe(2);
            expect(result.stderr).toMatch(new RegExp(`^cop ${command}: internal error in .*a\\.cop:4: `));
            expect(existsSync(output)).toBe(false);
        }
    });

    test('a failure outside the checks (indexing a plan) names the file and the phase, exit 2', async () => {
        const folder = planFolder();
        const result = await run(['check', join(folder, 'a.cop')], 'indexing');
        expect(result.code).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr).toMatch(
            /^cop check: internal error in .*a\.cop while indexing its names: Error: the index broke\. This is a bug of cop, not of the plan; please report it at https:\/\/github\.com\/cop-tools\/cop-lang\/issues\.\n$/
        );
    });
});
