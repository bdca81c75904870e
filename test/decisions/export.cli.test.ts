import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { planExportSchema } from '../../language/export/export-schema.js';
import { runCliInProcess } from '../helpers/cli.js';

const example = resolve(import.meta.dirname, '../fixtures/part6-example.cop');

describe('cop export: Part 6 fields', () => {
    test('json: northstar, scorecard, decisions, reviews and roi as of the date', async () => {
        const result = await runCliInProcess(['export', example, '--format', 'json', '--as-of', '2026-12-01']);
        expect(result.stderr).toBe('');
        const json = JSON.parse(result.stdout);
        expect(planExportSchema.parse(json)).toEqual(json);
        expect(json.northstar).toBe('Responders');
        expect(json.scorecard).toEqual({ financial: ['SupportSavings'], customer: ['Responders'], process: ['Deflected'], learning: ['ExpertTime'] });
        expect(json.decisions).toEqual([{ name: 'Renewal', due: '2027-05', status: 'on-track', uses: ['SupportSavings', 'Responders'] }]);
        expect(json.reviews).toEqual([
            {
                name: 'Q3',
                date: '2026-10-05',
                actions: [
                    { text: 'Weekend rota of experts', owner: 'Community manager', due: '2026-11-30', done: null, status: 'overdue' },
                    { text: 'Publish the minutes', owner: 'CoP lead', due: '2026-10-12', done: '2026-10-10', status: 'done' }
                ]
            }
        ]);
        expect(json.roi).toEqual({ cost: 20000, value: 0.57, low: 0.375, high: 0.825 });
    });

    test('json: a plan without any of it exports empty lists and nulls', async () => {
        const plain = resolve(import.meta.dirname, '../fixtures/contract-example.cop');
        const json = JSON.parse((await runCliInProcess(['export', plain, '--format', 'json'])).stdout);
        expect(json).toMatchObject({
            northstar: null,
            decisions: [],
            reviews: [],
            roi: null,
            scorecard: { financial: [], customer: [], process: [], learning: [] }
        });
    });
});
