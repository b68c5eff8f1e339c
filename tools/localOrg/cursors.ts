/**
 * Query locators kept server side, as an org keeps query cursors. A cursor holds the ordered
 * row keys of its result (a snapshot of which rows match, taken when the query ran); the
 * locator in `nextRecordsUrl` carries the offset (`<cursor>-<offset>`), so fetching the same
 * page twice — a client retrying after a dropped connection — returns the same rows.
 *
 * Cursors are evicted oldest-used first once too many row keys are held; a client asking
 * for an evicted one gets INVALID_QUERY_LOCATOR, as it would after an org's cursor expired.
 */
import { makeId } from './ids';

/** Locator ids look like an org's (`01g…`): the key prefix of query locators. */
const LOCATOR_PREFIX = '01g';

export interface CursorRegistryOptions {
    /** Most row keys held across all cursors. */
    maxRowIds?: number;
    maxCursors?: number;
}

interface Held<T> {
    value: T;
    size: number;
}

export class CursorRegistry<T> {
    private readonly cursors = new Map<string, Held<T>>();
    private sequence = 0;
    private heldRowIds = 0;
    private readonly maxRowIds: number;
    private readonly maxCursors: number;

    constructor(options: CursorRegistryOptions = {}) {
        this.maxRowIds = options.maxRowIds ?? 20_000_000;
        this.maxCursors = options.maxCursors ?? 500;
    }

    /** Keeps a cursor of `size` row keys; returns its locator id. */
    add(value: T, size: number): string {
        const id = makeId(LOCATOR_PREFIX, ++this.sequence);
        this.cursors.set(id, { value, size });
        this.heldRowIds += size;
        this.evict(id);
        return id;
    }

    get(id: string): T | undefined {
        const held = this.cursors.get(id);
        if (held === undefined) return undefined;
        // Map order is the eviction order: move the cursor to the most recently used end.
        this.cursors.delete(id);
        this.cursors.set(id, held);
        return held.value;
    }

    private evict(keep: string): void {
        for (const [id, held] of this.cursors) {
            if (this.heldRowIds <= this.maxRowIds && this.cursors.size <= this.maxCursors) return;
            if (id === keep) continue;
            this.cursors.delete(id);
            this.heldRowIds -= held.size;
        }
    }

    get size(): number {
        return this.cursors.size;
    }
}

/** `<cursor>-<offset>` → its parts, or `null` when the text is not a locator. */
export function parseLocator(locator: string): { id: string; offset: number } | null {
    const match = /^([0-9A-Za-z]{15,18})-(\d+)$/.exec(locator);
    if (match === null) return null;
    return { id: match[1] as string, offset: Number(match[2]) };
}
