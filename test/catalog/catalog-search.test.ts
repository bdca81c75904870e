import { describe, expect, test } from 'vitest';
import { builtinCatalog } from '../../language/catalog/builtin-catalog.js';
import { CatalogIndex } from '../../language/catalog/catalog-index.js';
import { searchCatalog } from '../../language/catalog/catalog-search.js';

const index = new CatalogIndex([builtinCatalog]);
const titles = (query: string, options = {}) => searchCatalog(index, query, options).map(hit => ('title' in hit ? hit.title : hit.text));

describe('searching the catalog by words', () => {
    test('entries matching every word come first, whatever the case, order and plural', () => {
        expect(titles('TIME RESPOND')[0]).toBe('Time to respond to questions');
        expect(titles('questions respond time')[0]).toBe('Time to respond to questions');
        expect(titles('question')).toContain('Time to respond to questions');
    });

    test('a word of four letters or more matches the words it begins', () => {
        expect(titles('respon')).toContain('Time to respond to questions');
        // Shorter words match whole words only: "ti" is no prefix search.
        expect(titles('ti')).toEqual([]);
    });

    test('words of the context count too, less than words of the title', () => {
        // No title says "immediate": every indicator of the immediate cycle is found by its cycle.
        const hits = searchCatalog(index, 'immediate', { kinds: ['indicator'], limit: 100 });
        const ofCycle = index.indicators.filter(entry => !('stage' in entry) && entry.cycles.includes('immediate')).map(entry => entry.title);
        expect(ofCycle.length).toBeGreaterThan(3);
        expect(hits.map(hit => ('title' in hit ? hit.title : ''))).toEqual(expect.arrayContaining(ofCycle));
        // A word of the title outranks the same word in a description.
        const [first] = searchCatalog(index, 'answers', { kinds: ['indicator', 'measure'] });
        expect('title' in first && first.title.toLowerCase()).toContain('answer');
    });

    test('kinds and limit narrow the hits; stop words alone find nothing', () => {
        const values = searchCatalog(index, 'help', { kinds: ['value'], limit: 2 });
        expect(values.length).toBeLessThanOrEqual(2);
        expect(values.every(hit => hit.kind === 'value')).toBe(true);
        expect(searchCatalog(index, '   ')).toEqual([]);
        expect(searchCatalog(index, '!!! ???')).toEqual([]);
    });

    test('cycle examples are found with their cycle and round', () => {
        const [hit] = searchCatalog(index, 'questions answered timeframe', { kinds: ['cycle-example'] });
        expect(hit).toMatchObject({ kind: 'cycle-example', cycle: 'immediate', round: 'aspiration' });
    });
});
