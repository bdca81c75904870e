/**
 * The word of `candidates` nearest to `written` by edit distance (a letter added, dropped,
 * changed, or two swapped), when it is close enough to be a typo of it: one edit in a short
 * word, two in a longer one. Case is ignored (`Indicator` → `indicator`). Ties go to the
 * first candidate.
 */
export function nearestWord(written: string, candidates: readonly string[]): string | undefined {
    const word = written.toLowerCase();
    const allowed = word.length <= 4 ? 1 : 2;
    let best: string | undefined;
    let bestDistance = allowed + 1;
    for (const candidate of candidates) {
        const distance = editDistance(word, candidate.toLowerCase());
        if (distance < bestDistance && distance < word.length) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

/** Optimal string alignment distance: Levenshtein's, with a swap of two neighbours as one edit. */
export function editDistance(a: string, b: string): number {
    if (Math.abs(a.length - b.length) > 3) return Math.abs(a.length - b.length);
    const rows: number[][] = [];
    for (let i = 0; i <= a.length; i++) {
        rows.push([i]);
        for (let j = 1; j <= b.length; j++) {
            if (i === 0) {
                rows[0].push(j);
                continue;
            }
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let value = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2][j - 2] + 1);
            rows[i].push(value);
        }
    }
    return rows[a.length][b.length];
}

/**
 * The name of `candidates` nearest to `written`, for a misspelt reference: names are longer
 * than keywords, so a longer name may be further off (a quarter of its letters, at least
 * one, at most three). Case is ignored.
 */
export function nearestName(written: string, candidates: Iterable<string>): string | undefined {
    const word = written.toLowerCase();
    const allowed = Math.min(3, Math.max(1, Math.floor(word.length / 4)));
    let best: string | undefined;
    let bestDistance = allowed + 1;
    for (const candidate of candidates) {
        if (candidate === written) continue;
        const distance = editDistance(word, candidate.toLowerCase());
        if (distance < bestDistance && distance < word.length) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
