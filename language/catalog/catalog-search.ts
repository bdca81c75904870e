import type { CatalogIndex } from './catalog-index.js';
import type { CycleKind, CycleRound } from './catalog-schema.js';
import { titleTokens } from './title-matching.js';

/** One catalog entry found by words, with what a plan writer needs to use it. */
export type CatalogHit =
    | {
          readonly kind: 'indicator' | 'measure';
          readonly id: string;
          readonly title: string;
          readonly description: string;
          readonly quantitative: boolean;
          readonly unit?: string;
          readonly cycles: readonly CycleKind[];
          readonly chain?: readonly string[];
          readonly stage?: string;
          readonly formula?: string;
          readonly aliases?: readonly string[];
          readonly source: string;
          readonly origin: string;
          readonly score: number;
      }
    | {
          readonly kind: 'value';
          readonly id: string;
          readonly title: string;
          readonly description?: string;
          readonly side: 'members' | 'organization';
          readonly term: 'short' | 'long';
          readonly source: string;
          readonly origin: string;
          readonly score: number;
      }
    | {
          readonly kind: 'cycle-example';
          readonly text: string;
          readonly cycle: CycleKind;
          readonly round: CycleRound;
          readonly source: string;
          readonly origin: string;
          readonly score: number;
      };

export type CatalogHitKind = CatalogHit['kind'];

interface Candidate {
    readonly hit: CatalogHit;
    /** Words of the title (and aliases), which weigh most; then of the description and context. */
    readonly titleWords: readonly string[];
    readonly otherWords: readonly string[];
}

/**
 * Catalog entries matching the words of `query` (case, plural `s` and word order do not
 * matter; a word of four letters or more also matches words it begins), best first: entries
 * matching more of the words come first, then those matching them in the title.
 */
export function searchCatalog(index: CatalogIndex, query: string, options: { kinds?: readonly CatalogHitKind[]; limit?: number } = {}): CatalogHit[] {
    const words = [...new Set(titleTokens(query))];
    if (words.length === 0) return [];
    const kinds = options.kinds && options.kinds.length > 0 ? new Set(options.kinds) : undefined;
    const scored: CatalogHit[] = [];
    for (const candidate of candidatesOf(index)) {
        if (kinds && !kinds.has(candidate.hit.kind)) continue;
        let matched = 0;
        let score = 0;
        for (const word of words) {
            const inTitle = candidate.titleWords.some(other => matches(word, other));
            const inOther = !inTitle && candidate.otherWords.some(other => matches(word, other));
            if (inTitle || inOther) matched++;
            score += inTitle ? 3 : inOther ? 1 : 0;
        }
        if (matched === 0) continue;
        // Matching every word counts most, then the weight of where they matched.
        scored.push({ ...candidate.hit, score: matched * 10 + score });
    }
    return scored.sort((a, b) => b.score - a.score).slice(0, options.limit ?? 20);
}

function matches(word: string, other: string): boolean {
    return word === other || (word.length >= 4 && other.startsWith(word));
}

function candidatesOf(index: CatalogIndex): Candidate[] {
    const candidates: Candidate[] = [];
    for (const entry of index.indicators) {
        const stage = 'stage' in entry ? entry.stage : undefined;
        const formula = 'formula' in entry ? entry.formula : undefined;
        candidates.push({
            hit: {
                kind: stage === undefined ? 'indicator' : 'measure',
                id: entry.id,
                title: entry.title,
                description: entry.description,
                quantitative: entry.kind === 'quantitative',
                unit: entry.unit,
                cycles: entry.cycles,
                chain: entry.chain,
                stage,
                formula,
                aliases: entry.aliases,
                source: entry.source,
                origin: entry.origin,
                score: 0
            },
            titleWords: [entry.title, ...(entry.aliases ?? [])].flatMap(titleTokens),
            otherWords: [entry.description, entry.unit ?? '', ...entry.cycles, ...(entry.chain ?? []), stage ?? '', formula ?? '', entry.id].flatMap(
                titleTokens
            )
        });
    }
    for (const value of index.values) {
        candidates.push({
            hit: {
                kind: 'value',
                id: value.id,
                title: value.title,
                description: value.description,
                side: value.side,
                term: value.term,
                source: value.source,
                origin: value.origin,
                score: 0
            },
            titleWords: titleTokens(value.title),
            otherWords: [value.description ?? '', value.side, value.term, value.id].flatMap(titleTokens)
        });
    }
    for (const example of index.cycleExamples) {
        candidates.push({
            hit: {
                kind: 'cycle-example',
                text: example.text,
                cycle: example.cycle,
                round: example.round,
                source: example.source,
                origin: example.origin,
                score: 0
            },
            titleWords: titleTokens(example.text),
            otherWords: [example.cycle, example.round].flatMap(titleTokens)
        });
    }
    return candidates;
}
