import { isUtf8 } from 'node:buffer';

/**
 * The byte offset (0-based) of the first byte that is not part of valid UTF-8, or undefined
 * when the whole buffer is UTF-8. Decoding with replacement would turn such bytes into U+FFFD
 * and `cop fmt` would write that back, destroying the user's text; so they are found first.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number | undefined {
    if (isUtf8(bytes)) return undefined;
    let i = 0;
    while (i < bytes.length) {
        const length = sequenceLength(bytes, i);
        if (length === 0) return i;
        i += length;
    }
    return undefined;
}

/** The length of the valid UTF-8 sequence at `i` (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF), or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
    const first = bytes[i];
    if (first < 0x80) return 1;
    const cont = (at: number, low = 0x80, high = 0xbf) => at < bytes.length && bytes[at] >= low && bytes[at] <= high;
    if (first >= 0xc2 && first <= 0xdf) return cont(i + 1) ? 2 : 0;
    if (first >= 0xe0 && first <= 0xef) {
        const low = first === 0xe0 ? 0xa0 : 0x80;
        const high = first === 0xed ? 0x9f : 0xbf;
        return cont(i + 1, low, high) && cont(i + 2) ? 3 : 0;
    }
    if (first >= 0xf0 && first <= 0xf4) {
        const low = first === 0xf0 ? 0x90 : 0x80;
        const high = first === 0xf4 ? 0x8f : 0xbf;
        return cont(i + 1, low, high) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    }
    return 0;
}
