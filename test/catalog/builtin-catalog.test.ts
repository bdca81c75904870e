import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtinCatalog } from '../../language/catalog/builtin-catalog.js';
import { catalogSchema } from '../../language/catalog/catalog-schema.js';

// The built-in catalog is used without parsing at run time: this is where it is checked.
describe('the built-in catalog', () => {
    const file = resolve(import.meta.dirname, '../../language/catalog/builtin-catalog.json');

    test('follows the catalog schema, and parsing it changes nothing (no defaults to fill, nothing to trim)', () => {
        const json = JSON.parse(readFileSync(file, 'utf8'));
        const result = catalogSchema.safeParse(json);
        expect(result.error?.issues ?? []).toEqual([]);
        expect(result.data).toStrictEqual(json);
    });

    test('is what the language uses', () => {
        expect(builtinCatalog.catalog).toStrictEqual(JSON.parse(readFileSync(file, 'utf8')));
        expect(builtinCatalog.catalog.indicators.length).toBeGreaterThan(80);
    });
});
