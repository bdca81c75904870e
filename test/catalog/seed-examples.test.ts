import { describe, expect, test } from 'vitest';
import seedExamples from '../fixtures/seed-examples.json' with { type: 'json' };
import { builtinCatalog } from '../../language/catalog/builtin-catalog.js';
import { CatalogIndex } from '../../language/catalog/catalog-index.js';
import { titleKey } from '../../language/catalog/title-matching.js';

/**
 * Every example list of the seeds (extracted into the fixture by
 * scripts/extract-seed-examples.mjs) must be in the built-in catalog, in the right place and
 * with its source seed. A seed example missing from the catalog fails here.
 */
const catalog = builtinCatalog.catalog;
const index = new CatalogIndex([builtinCatalog]);
const sameTitle = (a: string, b: string) => titleKey(a) === titleKey(b);

function indicatorNamed(title: string) {
    return [...catalog.indicators, ...catalog.measures].find(entry => [entry.title, ...(entry.aliases ?? [])].some(other => sameTitle(other, title)));
}

const seed000 = seedExamples['000'];
const indicators000 = [
    ...seed000.quantitative.map(title => ({ title, kind: 'quantitative' })),
    ...seed000.qualitative.map(title => ({ title, kind: 'qualitative' }))
];
const chain000 = (['inputs', 'outputs', 'outcomes'] as const).flatMap(list => seed000[list].map(title => ({ title, stage: list.slice(0, -1) })));

describe('seed 000: metric indicators and the inputs/outputs/outcomes example', () => {
    test.each(indicators000)('$kind indicator "$title"', ({ title, kind }) => {
        const entry = indicatorNamed(title);
        expect(entry, `missing from the built-in catalog: ${title}`).toBeDefined();
        expect(entry!.kind).toBe(kind);
        expect(entry!.source).toContain('000');
    });
    test.each(chain000)('$stage "$title"', ({ title, stage }) => {
        const entry = catalog.indicators.find(indicator => [indicator.title, ...(indicator.aliases ?? [])].some(other => sameTitle(other, title)));
        expect(entry, `missing from the built-in catalog: ${title}`).toBeDefined();
        expect(entry!.chain).toContain(stage);
        expect(entry!.source).toContain('000');
    });
});

const values001 = (['members', 'organization'] as const).flatMap(side =>
    (['short', 'long'] as const).flatMap(term => seedExamples['001'][side][term].map(title => ({ side, term, title })))
);

describe('seed 001: values of the matrix', () => {
    test.each(values001)('$side $term "$title"', ({ side, term, title }) => {
        const entry = catalog.values.find(value => value.side === side && value.term === term && sameTitle(value.title, title));
        expect(entry, `missing from the built-in catalog: ${side} ${term} ${title}`).toBeDefined();
        expect(entry!.source).toContain('001');
    });
});

const rounds003 = Object.entries(seedExamples['003'].cycles).flatMap(([cycle, rounds]) =>
    Object.entries(rounds).flatMap(([round, texts]) => (texts as string[]).map(text => ({ cycle, round, text })))
);

describe('seed 003: the four rounds of the seven cycles', () => {
    test.each(rounds003)('$cycle $round "$text"', ({ cycle, round, text }) => {
        if (round === 'indicator') {
            const entry = indicatorNamed(text);
            expect(entry, `missing indicator: ${text}`).toBeDefined();
            expect(entry!.cycles).toContain(cycle);
            expect(entry!.source).toContain('003');
        } else {
            const entry = catalog.cycles.find(example => example.cycle === cycle && example.round === round && sameTitle(example.text, text));
            expect(entry, `missing ${cycle} ${round}: ${text}`).toBeDefined();
            expect(entry!.source).toContain('003');
        }
    });
});

describe('seed 004: KPI-chain and finance measures', () => {
    test.each(seedExamples['004'].measures)('"%s"', title => {
        const entry = catalog.measures.find(measure => [measure.title, ...(measure.aliases ?? [])].some(other => sameTitle(other, title)));
        expect(entry, `missing from the built-in catalog: ${title}`).toBeDefined();
        expect(entry!.source).toContain('004');
    });
});

describe('the built-in catalog', () => {
    test('holds as many examples as the fixture, and nothing is found twice under one title', () => {
        const fixtureCount = indicators000.length + chain000.length + values001.length + rounds003.length + seedExamples['004'].measures.length;
        expect(fixtureCount).toBe(251);
        // Each indicator title leads back to its own entry (no title shadowed by another).
        for (const indicator of index.indicators) expect(index.findIndicator(indicator.title)?.id).toBe(indicator.id);
    });

    test('has a description and at least one cycle for every indicator', () => {
        for (const indicator of index.indicators) {
            expect(indicator.description.length, indicator.id).toBeGreaterThan(20);
            expect(indicator.cycles.length, indicator.id).toBeGreaterThan(0);
        }
    });
});
