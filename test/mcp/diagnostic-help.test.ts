import { describe, expect, test } from 'vitest';
import { allCodes, helpOf, isDiagnosticCode } from '../../mcp/diagnostic-help.js';

// `explain` and the `fix` of `check` read docs/diagnostics.md: every code must come out whole.
describe('the help of each code, from docs/diagnostics.md', () => {
    test.each(allCodes)('%s has a meaning, a fix and an example', code => {
        const help = helpOf(code);
        expect(help.meaning.length, code).toBeGreaterThan(30);
        expect(help.meaning).not.toMatch(/^\*\*(Error|Warning|Information|Hint)\*\*/);
        expect(help.meaning).not.toContain('```');
        expect(help.fix.length, code).toBeGreaterThan(10);
        expect(help.fix).not.toMatch(/^\*\*Fix/);
        expect(help.fix).not.toContain('```');
        // A bug of cop cannot be shown with a plan.
        if (code !== 'internal-error') expect(help.example, code).toBeTruthy();
    });

    test('only the codes of codes.ts are codes', () => {
        expect(isDiagnosticCode('matrix-gap')).toBe(true);
        expect(isDiagnosticCode('toString')).toBe(false);
        expect(isDiagnosticCode('__proto__')).toBe(false);
    });
});
