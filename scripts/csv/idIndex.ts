/**
 * Record id → row index over a packed id column, with no JavaScript strings kept alive.
 *
 * A Map of ten million id strings costs gigabytes and, worse, makes every garbage collection
 * walk them; this open-addressing table holds one Int32 per slot and compares a looked-up
 * id against the bytes already staged in the column. It serves both linking (AccountId →
 * account) and duplicate detection.
 */
import type { PackedTextColumn } from './columns';

const EMPTY = -1;

/** FNV-1a over UTF-16 code units: cheap, and good enough for Salesforce ids. */
function hash(text: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return h >>> 0;
}

export class IdIndex {
    private slots = new Int32Array(1 << 12).fill(EMPTY);
    private mask = (1 << 12) - 1;
    private count = 0;

    constructor(private readonly ids: PackedTextColumn) {}

    get size(): number {
        return this.count;
    }

    /** Row of `id`, or -1. */
    get(id: string): number {
        let slot = hash(id) & this.mask;
        for (;;) {
            const row = this.slots[slot] as number;
            if (row === EMPTY) return -1;
            if (this.ids.equals(row, id)) return row;
            slot = (slot + 1) & this.mask;
        }
    }

    /**
     * Indexes `row`, whose id (`id`) is already staged in the column. Returns the row that
     * already had this id (a duplicate, nothing indexed), or -1.
     */
    add(id: string, row: number): number {
        if ((this.count + 1) * 2 > this.slots.length) this.grow();
        let slot = hash(id) & this.mask;
        for (;;) {
            const existing = this.slots[slot] as number;
            if (existing === EMPTY) {
                this.slots[slot] = row;
                this.count++;
                return -1;
            }
            if (this.ids.equals(existing, id)) return existing;
            slot = (slot + 1) & this.mask;
        }
    }

    private grow(): void {
        const old = this.slots;
        this.slots = new Int32Array(old.length * 2).fill(EMPTY);
        this.mask = this.slots.length - 1;
        for (const row of old) {
            if (row === EMPTY) continue;
            let slot = hash(this.ids.get(row) ?? '') & this.mask;
            while (this.slots[slot] !== EMPTY) slot = (slot + 1) & this.mask;
            this.slots[slot] = row;
        }
    }
}
