/** A small seeded random generator (mulberry32): the same seed replays the same run. */
export function prng(seed: number): Random {
    let state = seed >>> 0;
    const next = () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    return {
        next,
        int: (below: number) => Math.floor(next() * below),
        pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
        chance: (p: number) => next() < p
    };
}

export interface Random {
    /** A number in [0, 1). */
    next(): number;
    /** An integer in [0, below). */
    int(below: number): number;
    pick<T>(items: readonly T[]): T;
    chance(p: number): boolean;
}
