import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { toPlanExport } from '../../language/export/export-json.js';
import { exportJsonSchema, planExportSchema } from '../../language/export/export-schema.js';
import { viewModelOf } from '../helpers/view-model.js';

const root = resolve(import.meta.dirname, '../..');

describe('JSON export schema', () => {
    test('schemas/export.schema.json is the one generated from the zod schema (run `npm run schemas` when this fails)', () => {
        const committed = readFileSync(resolve(root, 'schemas/export.schema.json'), 'utf8');
        expect(committed).toBe(JSON.stringify(exportJsonSchema(), null, 2) + '\n');
    });

    test('the export of a plan with every element kind fits the schema, with nothing the schema does not know', async () => {
        const model = await viewModelOf(readFileSync(resolve(root, 'test/fixtures/contract-example.cop'), 'utf8'));
        const exported = JSON.parse(JSON.stringify(toPlanExport(model)));
        // zod drops unknown keys when parsing: equality proves there were none.
        expect(planExportSchema.parse(exported)).toEqual(exported);
        expect(exported.indicators.find((i: { name: string }) => i.name === 'TimeToRespond')).toEqual({
            name: 'TimeToRespond',
            title: 'Time to respond to questions',
            qualitative: false,
            unit: 'hours',
            baseline: { value: 48 },
            target: { op: '<=', value: 24, by: '2027-06' },
            data: 'Forum question and first-answer timestamps',
            cadence: 'monthly',
            owner: 'Community manager',
            latest: null,
            status: 'no-data',
            series: []
        });
    });

    test('percentages keep their sign and a file without plan header exports plan null', async () => {
        const model = await viewModelOf(`members M { short A long B }
indicator Share "Share of members active" { baseline 12.5% target >= 40% by 2027-01-31 data "Survey" }`);
        const exported = toPlanExport(model);
        expect(exported.plan).toBeNull();
        expect(exported.indicators[0].baseline).toEqual({ value: 12.5, percent: true });
        expect(exported.indicators[0].target).toEqual({ op: '>=', value: 40, percent: true, by: '2027-01-31' });
        expect(planExportSchema.safeParse(exported).success).toBe(true);
    });
});
