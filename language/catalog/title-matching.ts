/**
 * Matching of titles against catalog entries, tolerant of case, word order, plurals and
 * small typos. Written here rather than taken from a library: the catalogs are a few
 * hundred short titles, and the rules (which words do not count, what a typo is) are ours.
 */

/** Words that carry no meaning in a title: "Time to respond to questions" ≈ "respond time questions". */
const stopWords = new Set(['a', 'an', 'the', 'of', 'to', 'and', 'or', 'in', 'on', 'for', 'with', 'by', 'at', 'from', 'via', 'number', 'numbers']);

/** The words of a title that count, lower-case, without accents, punctuation or plural `s`. */
export function titleTokens(title: string): string[] {
    const words = title
        .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
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
    const distance = editDistance(a, b);
    const longest = Math.max(a.length, b.length);
    const allowed = longest <= 4 ? 1 : longest <= 8 ? 2 : 3;
    return distance <= allowed ? 1 - distance / (longest + 1) : 0;
}

/**
 * Similarity of two token lists, 0..1: each word of the shorter list is paired with its most
 * similar word of the other (each used once), and the total is scaled by both lengths
 * (a Dice coefficient over fuzzy word matches).
 */
export function tokenSimilarity(query: readonly string[], candidate: readonly string[]): number {
    if (query.length === 0 || candidate.length === 0) return 0;
    const [short, long] = query.length <= candidate.length ? [query, candidate] : [candidate, query];
    const used = new Set<number>();
    let total = 0;
    for (const word of short) {
        let best = 0;
        let bestIndex = -1;
        long.forEach((other, index) => {
            if (used.has(index)) return;
            const similarity = wordSimilarity(word, other);
            if (similarity > best) { best = similarity; bestIndex = index; }
        });
        if (bestIndex >= 0) { used.add(bestIndex); total += best; }
    }
    return (2 * total) / (query.length + candidate.length);
}

export interface Scored<T> {
    readonly item: T;
    readonly score: number;
}

/** The closest candidates to `title`, best first, at most `limit`, none below `threshold`. */
export function nearest<T>(title: string, candidates: Iterable<{ item: T; tokens: readonly string[] }>, limit = 3, threshold = 0.45): Array<Scored<T>> {
    const query = titleTokens(title);
    const scored: Array<Scored<T>> = [];
    for (const candidate of candidates) {
        const score = tokenSimilarity(query, candidate.tokens);
        if (score >= threshold) scored.push({ item: candidate.item, score });
    }
    return scored.sort((a, b) => b.score - a.score).slice(0, limit);
}
