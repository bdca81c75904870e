/**
 * Matching of titles against catalog entries, tolerant of case, word order, plurals and
 * small typos. Written here rather than taken from a library: the catalogs are a few
 * hundred short titles, and the rules (which words do not count, what a typo is) are ours.
 */

/** Words that carry no meaning in a title: "Time to respond to questions" ≈ "respond time questions". */
const stopWords = new Set(['a', 'an', 'the', 'of', 'to', 'and', 'or', 'in', 'on', 'for', 'with', 'by', 'at', 'from', 'via', 'number', 'numbers']);

/** The words of a title that count, lower-case, without accents, punctuation or plural `s`. */
export function titleTokens(title: string): string[] {
    // A remark in parentheses ("Net Promoter Score (NPS)", "Hours worked (experts)") does
    // not change which indicator is meant.
    const plain = title.replace(/\([^)]*\)/g, ' ');
    const words = (plain.trim() ? plain : title)
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[’'`]/g, '')
        .split(/[^a-z0-9]+/)
        .filter(word => word.length > 0);
    const meaningful = words.filter(word => !stopWords.has(word));
    return (meaningful.length > 0 ? meaningful : words).map(stem);
}

function stem(word: string): string {
    if (word.length > 3 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
    if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
    return word;
}

/** Two titles with the same key are the same entry: same words in any order, any case. */
export function titleKey(title: string): string {
    return [...titleTokens(title)].sort().join(' ');
}

/** Damerau–Levenshtein distance (optimal string alignment): a swap of two letters is one edit. */
export function editDistance(a: string, b: string): number {
    if (a === b) return 0;
    if (a.length === 0) return b.length;
    if (b.length === 0) return a.length;
    const rows: number[][] = [];
    for (let i = 0; i <= a.length; i++) rows.push([i]);
    for (let j = 1; j <= b.length; j++) rows[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                best = Math.min(best, rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    return rows[a.length][b.length];
}

/** How alike two words are, 0..1; a word that is a typo away from another counts almost fully. */
function wordSimilarity(a: string, b: string): number {
    if (a === b) return 1;
    // A prefix of at least four letters ("satisf" for "satisfaction") is a near match.
    if (a.length >= 4 && b.length >= 4 && (a.startsWith(b) || b.startsWith(a))) return 0.8;
    const longest = Math.max(a.length, b.length);
    const allowed = longest <= 4 ? 1 : longest <= 8 ? 2 : 3;
    // Words whose lengths differ by more than the allowed edits cannot be a typo apart.
    if (Math.abs(a.length - b.length) > allowed) return 0;
    const distance = editDistance(a, b);
    return distance <= allowed ? 1 - distance / (longest + 1) : 0;
}

export interface Scored<T> {
    readonly item: T;
    readonly score: number;
}

/**
 * Finds the entries closest to a title. The words of all entries form a vocabulary; the
 * similarity of a query word to every vocabulary word is computed once and remembered, so
 * a plan with many titles sharing words (the usual case) costs little per title.
 */
export class TitleMatcher<T> {
    private readonly vocabulary: string[] = [];
    private readonly candidates: Array<{ item: T; words: number[] }> = [];
    private readonly memo = new Map<string, Float32Array>();

    constructor(entries: Iterable<{ item: T; title: string }>) {
        const positions = new Map<string, number>();
        for (const { item, title } of entries) {
            const words = titleTokens(title).map(word => {
                let position = positions.get(word);
                if (position === undefined) {
                    position = this.vocabulary.push(word) - 1;
                    positions.set(word, position);
                }
                return position;
            });
            if (words.length > 0) this.candidates.push({ item, words });
        }
    }

    /** The closest entries to `title`, best first (an item once), at most `limit`, none below `threshold`. */
    nearest(title: string, limit = 3, threshold = 0.45): Array<Scored<T>> {
        const query = titleTokens(title).map(word => this.similarities(word));
        if (query.length === 0) return [];
        const best = new Map<T, number>();
        for (const candidate of this.candidates) {
            const score = diceScore(query, candidate.words);
            if (score >= threshold && score > (best.get(candidate.item) ?? 0)) best.set(candidate.item, score);
        }
        return [...best]
            .map(([item, score]) => ({ item, score }))
            .sort((a, b) => b.score - a.score)
            .slice(0, limit);
    }

    private similarities(word: string): Float32Array {
        let row = this.memo.get(word);
        if (!row) {
            row = Float32Array.from(this.vocabulary, other => wordSimilarity(word, other));
            this.memo.set(word, row);
        }
        return row;
    }
}

/**
 * Similarity of a query (one row of word similarities per query word) to a candidate's
 * words, 0..1: each word of the shorter side is paired with its most similar word of the
 * other (each used once), and the total is scaled by both lengths (a Dice coefficient over
 * fuzzy word matches).
 */
function diceScore(query: readonly Float32Array[], words: readonly number[]): number {
    const total =
        query.length <= words.length
            ? greedyPairs(query.length, words.length, (q, w) => query[q][words[w]])
            : greedyPairs(words.length, query.length, (w, q) => query[q][words[w]]);
    return (2 * total) / (query.length + words.length);
}

/** Pairs each of `shorter` items with its most similar unused one of `longer`, in order: the sum of the pairs' similarities. */
function greedyPairs(shorter: number, longer: number, similarity: (short: number, long: number) => number): number {
    const used = new Set<number>();
    let total = 0;
    for (let s = 0; s < shorter; s++) {
        let best = 0;
        let bestIndex = -1;
        for (let l = 0; l < longer; l++) {
            const value = similarity(s, l);
            if (!used.has(l) && value > best) {
                best = value;
                bestIndex = l;
            }
        }
        if (bestIndex >= 0) {
            used.add(bestIndex);
            total += best;
        }
    }
    return total;
}
