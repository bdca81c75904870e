/**
 * Units as products and quotients of words (`USD/request`, `hours`). A unit is kept as a
 * map from word to exponent; a word and its plural with a trailing `s` are the same word,
 * so `requests` and `request` cancel. The empty map is dimensionless (a plain number).
 */
export type Unit = ReadonlyMap<string, number>;

export const DIMENSIONLESS: Unit = new Map();

/** The singular a word is compared by: `requests` → `request`, `USD` stays `USD`. */
export function singular(word: string): string {
    return word.length > 2 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/**
 * Units parsed, by text: a plan writes a handful of units, read for every name in every
 * formula. A unit is never changed once made (multiplying makes a new one), so one object
 * serves every reader. Emptied when it outgrows any plan: a server sees every text typed.
 */
const parsedUnits = new Map<string, Unit>();
const MAX_PARSED_UNITS = 1000;

/** Parses `USD/request`, `hours`, `USD*hour/person` (left to right, as written). */
export function parseUnit(text: string | undefined): Unit {
    if (!text) return DIMENSIONLESS;
    let unit = parsedUnits.get(text);
    if (!unit) {
        if (parsedUnits.size >= MAX_PARSED_UNITS) parsedUnits.clear();
        parsedUnits.set(text, (unit = parseUnitText(text)));
    }
    return unit;
}

function parseUnitText(text: string): Unit {
    const result = new Map<string, number>();
    const tokens = text.replace(/\s+/g, '').split(/([*/])/);
    let sign = 1;
    for (const token of tokens) {
        if (token === '*') sign = 1;
        else if (token === '/') sign = -1;
        else if (token) bump(result, singular(token), sign);
    }
    return clean(result);
}

// A plain number leaves a unit as it is (units are clean: no word with a zero power), so
// `Savings / 10` or `2 * Cost` need no copy.
export function multiplyUnits(a: Unit, b: Unit): Unit {
    if (b.size === 0) return a;
    if (a.size === 0) return b;
    const result = new Map(a);
    for (const [word, power] of b) bump(result, word, power);
    return clean(result);
}

export function divideUnits(a: Unit, b: Unit): Unit {
    if (b.size === 0) return a;
    const result = new Map(a);
    for (const [word, power] of b) bump(result, word, -power);
    return clean(result);
}

export function sameUnit(a: Unit, b: Unit): boolean {
    if (a.size !== b.size) return false;
    for (const [word, power] of a) if (b.get(word) !== power) return false;
    return true;
}

/** `USD/request`, `hour*person`, `1/hour`, or `no unit` for a plain number. */
export function formatUnit(unit: Unit): string {
    const words = [...unit.entries()].sort(([a], [b]) => a.localeCompare(b));
    const up = words.filter(([, p]) => p > 0).map(([w, p]) => (p === 1 ? w : `${w}^${p}`));
    const down = words.filter(([, p]) => p < 0).map(([w, p]) => (p === -1 ? w : `${w}^${-p}`));
    if (up.length === 0 && down.length === 0) return 'no unit';
    return `${up.length ? up.join('*') : '1'}${down.length ? '/' + down.join('/') : ''}`;
}

function bump(map: Map<string, number>, word: string, by: number): void {
    map.set(word, (map.get(word) ?? 0) + by);
}

function clean(map: Map<string, number>): Unit {
    for (const [word, power] of map) if (power === 0) map.delete(word);
    return map;
}
