import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { catalogJsonSchemaText } from '../../language/catalog/catalog-json-schema.js';
import { parseCatalog } from '../../language/catalog/catalog-parse.js';

const root = resolve(import.meta.dirname, '../..');

const indicator = {
    id: 'hours-worked',
    title: 'Hours worked',
    kind: 'quantitative',
    description: 'Time put in.',
    unit: 'hours',
    cycles: ['enabling'],
    source: 'Team'
};
const problemsOf = (catalog: unknown) => {
    const result = parseCatalog(JSON.stringify(catalog));
    return result.ok ? [] : result.problems;
};

describe('the published JSON Schema', () => {
    test('schemas/catalog.schema.json is what the zod schema generates (run `npm run schemas` if not)', () => {
        const committed = readFileSync(resolve(root, 'schemas/catalog.schema.json'), 'utf8');
        expect(committed).toBe(catalogJsonSchemaText());
    });

    test('is named in contributes.jsonValidation for catalog files', () => {
        const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
        const entries = pkg.contributes.jsonValidation as Array<{ fileMatch: string | string[]; url: string }>;
        const matches = entries.filter(entry => entry.url === './schemas/catalog.schema.json').flatMap(entry => entry.fileMatch);
        expect(matches).toEqual(expect.arrayContaining(['*.cop-catalog.json', '**/catalogs/*.json']));
    });
});

describe('the catalog schema', () => {
    test('accepts the example catalogs', () => {
        const folder = resolve(root, 'examples/catalogs');
        const files = readdirSync(folder).filter(name => name.endsWith('.json'));
        expect(files.length).toBeGreaterThan(0);
        for (const file of files) expect(problemsOf(JSON.parse(readFileSync(resolve(folder, file), 'utf8'))), file).toEqual([]);
    });

    test('accepts a file saved with a byte-order mark', () => {
        expect(parseCatalog('\uFEFF' + JSON.stringify({ version: 1 })).ok).toBe(true);
    });

    test('accepts a small catalog, with defaults for the lists left out', () => {
        const result = parseCatalog(JSON.stringify({ version: 1, indicators: [indicator] }));
        expect(result.ok && result.catalog.values).toEqual([]);
        expect(result.ok && result.catalog.indicators[0].cycles).toEqual(['enabling']);
    });

    test.each([
        [
            { version: 1, indicators: [indicator, { ...indicator, id: 'x', kind: 'numeric' }] },
            'indicator 2 (id "x"), field `kind`: expected one of "quantitative", "qualitative"'
        ],
        [{ version: 1, indicators: [{ ...indicator, title: undefined }] }, 'indicator 1 (id "hours-worked"), field `title`: is missing'],
        [{ version: 1, indicators: [{ ...indicator, unit: '80 %' }] }, 'field `unit`: a unit is a word'],
        [{ version: 1, indicators: [{ ...indicator, cycles: ['immediate', 'weekly'] }] }, 'field `cycles.1`: expected one of "immediate"'],
        [{ version: 1, indicators: [indicator, indicator] }, 'indicator 2 (id "hours-worked"), field `id`: id "hours-worked" is already used by indicators[0]'],
        [
            { version: 1, values: [{ id: 'v', side: 'member', term: 'short', title: 'Help', source: 's' }] },
            'value 1 (id "v"), field `side`: expected one of "members", "organization"'
        ],
        [{ version: 1, cycles: [{ cycle: 'immediate', round: 'indicator', text: 'x', source: 's' }] }, 'cycle example 1 ("x"), field `round`'],
        [{ version: 1, indicators: [{ ...indicator, colour: 'red' }] }, 'indicator 1 (id "hours-worked"): unknown field `colour`'],
        [{ version: 2 }, 'field `version`'],
        [[], 'the top level: expected object']
    ])('rejects a broken catalog with the path of the problem (%#)', (catalog, expected) => {
        expect(problemsOf(catalog).join('\n')).toContain(expected);
    });
});
