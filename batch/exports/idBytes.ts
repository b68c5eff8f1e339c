/**
 * The 15 → 18 character id conversion of records/salesforceId.ts (`toId18`), on ASCII bytes:
 * the same test of what is a 15-character id and the same suffix, so a packed column holds
 * the bytes `toId18` of the cell's text would have written.
 */

/** Whether `buf[start, stop)` is a 15-character id as `toId18` sees one: 15 letters and digits. */
export function isId15Bytes(buf: Uint8Array, start: number, stop: number): boolean {
    if (stop - start !== 15) return false;
    for (let i = start; i < stop; i++) {
        const b = buf[i] as number;
        // 0-9, A-Z, a-z.
        if (!((b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a))) return false;
    }
    return true;
}

/**
 * Writes the 3-character suffix of the 15-character id at `buf[start…]` to `to[at…]`: per
 * 5-character chunk, the mask of its upper-case letters (first character = lowest bit) as one
 * of `A–Z0–5`, as `salesforceIdSuffix` computes it.
 */
export function writeId18Suffix(buf: Uint8Array, start: number, to: Uint8Array, at: number): void {
    for (let chunk = 0; chunk < 3; chunk++) {
        let bits = 0;
        for (let i = 0; i < 5; i++) {
            const b = buf[start + chunk * 5 + i] as number;
            if (b >= 0x41 && b <= 0x5a) bits |= 1 << i;
        }
        // 'A'…'Z' for 0…25, then '0'…'5'.
        to[at + chunk] = bits < 26 ? 0x41 + bits : 0x30 + bits - 26;
    }
}
