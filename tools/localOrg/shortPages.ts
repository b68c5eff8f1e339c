/**
 * Shorter query pages now and then, as a real org serves them: the REST API's batch size is
 * a maximum, and an org returns fewer rows when a page would be too large (long text fields,
 * wide rows). Paging code that assumes every page but the last is full passes against an
 * org that always fills them and fails in a customer's org; against the local org it meets
 * short pages too.
 *
 * Which pages are short, and how short, is a pure function of the seed, the cursor and the
 * page's offset, so a retried locator gets the same page and a run is reproducible.
 */

/** Share of query pages served short unless the org is told otherwise. */
export const DEFAULT_SHORT_PAGE_RATE = 0.1;

/** A well-mixed 32-bit hash of the seed, a text and a number (FNV-1a, then MurmurHash3's finaliser). */
function hash(seed: number, text: string, n: number): number {
    let h = (0x811c9dc5 ^ seed) >>> 0;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    h = Math.imul(h ^ n, 0x01000193) >>> 0;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b) >>> 0;
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35) >>> 0;
    h ^= h >>> 16;
    return h >>> 0;
}

export class ShortPages {
    constructor(
        readonly rate: number,
        readonly seed: number
    ) {
        if (!(rate >= 0 && rate <= 1))
            throw new RangeError(`short page rate must be between 0 and 1, got ${rate}`);
    }

    /**
     * Rows to serve on the page of cursor `cursorId` at `offset`: `batchSize`, or for a share
     * `rate` of pages that are not the last, between half of it and one row less.
     */
    size(cursorId: string, offset: number, batchSize: number, remaining: number): number {
        if (this.rate === 0 || batchSize < 2 || remaining <= batchSize) return batchSize;
        const roll = hash(this.seed, cursorId, offset);
        if (roll / 0x1_0000_0000 >= this.rate) return batchSize;
        const low = Math.ceil(batchSize / 2);
        return low + (hash(this.seed + 1, cursorId, offset) % (batchSize - low));
    }
}
