import type { Catalog, CycleExample, CycleKind, CycleRound, IndicatorEntry, MeasureEntry, ValueEntry } from './catalog-schema.js';
import type { Scored } from './title-matching.js';
import { TitleMatcher, titleKey } from './title-matching.js';

/** An indicator or a measure, with the catalog it comes from (for hover and messages). */
export type IndicatorLike = (IndicatorEntry | MeasureEntry) & { readonly origin: string };
export type ValueLike = ValueEntry & { readonly origin: string };

export interface NamedCatalog {
    /** How people know the catalog: "built-in" or the path written in the plan. */
    readonly origin: string;
    readonly catalog: Catalog;
}

/** Keys of titles remembered by an index before it starts afresh (a plan of 50,000 lines has 2,000 indicators). */
const MAX_REMEMBERED_TITLES = 20_000;

/**
 * The entries of several catalogs merged (built-in first, then each plan catalog), with
 * lookups by title that ignore case, word order and plural `s`, and "nearest entries"
 * suggestions that also tolerate small typos. Later catalogs may repeat a title: the first
 * entry with a title wins lookups, as the built-in catalog comes first.
 */
export class CatalogIndex {
    readonly indicators: IndicatorLike[] = [];
    readonly values: ValueLike[] = [];
    readonly cycleExamples: Array<CycleExample & { readonly origin: string }> = [];
    private readonly indicatorsByKey = new Map<string, IndicatorLike>();
    private readonly valuesByKey = new Map<string, ValueLike>();
    private readonly dataByKey = new Map<string, CycleExample & { readonly origin: string }>();
    private readonly indicatorTitles: Array<{ item: IndicatorLike; title: string }> = [];
    private readonly nearestCache = new Map<string, Array<Scored<IndicatorLike>>>();
    private matcher: TitleMatcher<IndicatorLike> | undefined;
    /** Titles asked about, by key: the same titles are asked on every keystroke, and a key costs several regular expressions. */
    private readonly keys = new Map<string, string>();

    constructor(catalogs: readonly NamedCatalog[]) {
        for (const { origin, catalog } of catalogs) {
            for (const entry of [...catalog.indicators, ...catalog.measures]) {
                const indicator: IndicatorLike = { ...entry, origin };
                this.indicators.push(indicator);
                for (const title of [entry.title, ...(entry.aliases ?? [])]) {
                    const key = titleKey(title);
                    if (!this.indicatorsByKey.has(key)) this.indicatorsByKey.set(key, indicator);
                    this.indicatorTitles.push({ item: indicator, title });
                }
            }
            for (const entry of catalog.values) {
                const value: ValueLike = { ...entry, origin };
                this.values.push(value);
                const key = titleKey(entry.title);
                if (!this.valuesByKey.has(key)) this.valuesByKey.set(key, value);
            }
            for (const example of catalog.cycles) {
                const entry = { ...example, origin };
                this.cycleExamples.push(entry);
                const key = titleKey(example.text);
                if (example.round === 'data' && !this.dataByKey.has(key)) this.dataByKey.set(key, entry);
            }
        }
    }

    /** The indicator (or measure) with this title or alias, in any case and word order. */
    findIndicator(title: string): IndicatorLike | undefined {
        return this.indicatorsByKey.get(this.keyOf(title));
    }

    /**
     * The cycle's example data with this wording. Plans often name an indicator after the
     * data that evidences it ("Number of attendees at meetings"), so such a title counts as
     * known too.
     */
    findDataExample(title: string): (CycleExample & { readonly origin: string }) | undefined {
        return this.dataByKey.get(this.keyOf(title));
    }

    findValue(title: string): ValueLike | undefined {
        return this.valuesByKey.get(this.keyOf(title));
    }

    private keyOf(title: string): string {
        let key = this.keys.get(title);
        if (key === undefined) {
            // Titles typed letter by letter are each asked once: forget them now and then.
            if (this.keys.size >= MAX_REMEMBERED_TITLES) this.keys.clear();
            this.keys.set(title, (key = titleKey(title)));
        }
        return key;
    }

    /** Up to `limit` indicators whose title or an alias is close to `title`, best first. */
    nearestIndicators(title: string, limit = 3): Array<Scored<IndicatorLike>> {
        // An index never changes (a changed catalog gets a new index), and the same titles are
        // asked again on every keystroke: remember the answers.
        const key = `${limit}\n${title}`;
        let nearest = this.nearestCache.get(key);
        if (!nearest) {
            this.matcher ??= new TitleMatcher(this.indicatorTitles);
            nearest = this.matcher.nearest(title, limit);
            this.nearestCache.set(key, nearest);
        }
        return nearest;
    }

    valuesFor(side: 'members' | 'organization', term: 'short' | 'long'): ValueLike[] {
        return this.values.filter(value => value.side === side && value.term === term);
    }

    examplesFor(cycle: CycleKind, round: CycleRound): string[] {
        return this.cycleExamples.filter(example => example.cycle === cycle && example.round === round).map(example => example.text);
    }

    indicatorsForCycle(cycle: CycleKind): IndicatorLike[] {
        return this.indicators.filter(indicator => indicator.cycles.includes(cycle));
    }

    /** Every unit the catalogs use, each once, in catalog order. */
    units(): string[] {
        return [...new Set(this.indicators.map(indicator => indicator.unit).filter((unit): unit is string => unit !== undefined))];
    }
}
