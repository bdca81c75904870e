import { describe, expect, test } from 'vitest';
import { isIndicator, isKpi } from '../../language/generated/ast.js';
import { contractExample, evaluate } from './impact-helpers.js';

describe('the contract example, as of 2026-09-30', () => {
    test('parses without syntax errors', async () => {
        const { document } = await evaluate(contractExample, '2026-09-30');
        expect(document.parseResult.parserErrors).toEqual([]);
        expect(document.parseResult.lexerErrors).toEqual([]);
    });

    test('SupportSavings: value 11400, planned 38000, low 7500, high 16500, off-track', async () => {
        const { document, impact } = await evaluate(contractExample, '2026-09-30');
        const kpi = document.parseResult.value.elements.find(isKpi)!;
        const result = impact.model.kpis.get(kpi)!;
        expect(result.value).toBe(11400);
        expect(result.planned).toBe(38000);
        expect(result.range).toEqual({ low: 7500, high: 16500 });
        expect(result.judgement?.status).toBe('off-track');
        expect(result.drivers.map(d => [d.assumption.name, d.low, d.high])).toEqual([['TicketCost', 7500, 16500]]);
        // 210, 260, 300 requests × 38 USD/request on the three actual dates.
        expect(result.series.map(p => p.value)).toEqual([7980, 9880, 11400]);
    });

    test('Deflected: latest 300 on 2026-09, off-track', async () => {
        const { document, impact } = await evaluate(contractExample, '2026-09-30');
        const indicator = document.parseResult.value.elements.filter(isIndicator).find(i => i.name === 'Deflected')!;
        const result = impact.model.indicators.get(indicator)!;
        expect(result.latest?.value).toBe(300);
        expect(result.latest?.date).toBe('2026-09');
        // Straight line from (2026-07-01, 210) to (2027-06-01, 1000): 62 of 335 days by 2026-09-01.
        expect(result.judgement?.expected).toBeCloseTo(210 + (790 * 62) / 335, 9);
        expect(result.judgement?.status).toBe('off-track');
    });

    test('reports off-track on both, and nothing else of Part 2', async () => {
        const { codes, document } = await evaluate(contractExample, '2026-09-30');
        const offTrack = (document.diagnostics ?? []).filter(d => d.code === 'off-track').map(d => d.message);
        expect(offTrack).toHaveLength(2);
        expect(offTrack.join('\n')).toContain('SupportSavings');
        expect(offTrack.join('\n')).toContain('Deflected');
        const part2 = [
            'formula-invalid',
            'unit-mismatch',
            'assumption-out-of-range',
            'assumption-unsourced',
            'kpi-without-outcome',
            'actual-without-target',
            'actual-duplicate-date',
            'actuals-invalid',
            'stale-data',
            'story-untagged'
        ];
        expect(codes.filter(code => part2.includes(code))).toEqual([]);
        expect(codes).not.toContain('syntax-error');
        expect(codes).not.toContain('unresolved-reference');
    });
});
