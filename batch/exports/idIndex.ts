/**
 * Record id → row index over a packed id column, with no JavaScript strings kept alive.
 *
 * A Map of ten million id strings costs gigabytes and, worse, makes every garbage collection
 * walk them; this open-addressing table holds one Int32 per slot and compares ids against
 * the bytes already staged in the column. It serves both linking (AccountId → account) and
 * duplicate detection, from strings or straight from another packed column.
 */
import { hashText, type PackedTextColumn } from './columns';

const EMPTY = -1;

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
        let slot = hashText(id) & this.mask;
        for (;;) {
            const row = this.slots[slot] as number;
            if (row === EMPTY) return -1;
            if (this.ids.equals(row, id)) return row;
            slot = (slot + 1) & this.mask;
        }
    }

    /** Row whose id equals row `row` of another packed column (e.g. a child's AccountId), or -1. */
    getFrom(column: PackedTextColumn, row: number): number {
        if (column.isNull(row)) return -1;
        let slot = column.hashRow(row) & this.mask;
        for (;;) {
            const found = this.slots[slot] as number;
            if (found === EMPTY) return -1;
            if (this.ids.sameAs(found, column, row)) return found;
            slot = (slot + 1) & this.mask;
        }
    }

    /**
     * Indexes `row`, whose id (`id`) is already staged in the column. Returns the row that
     * already had this id (a duplicate, nothing indexed), or -1.
     */
    add(id: string, row: number): number {
        if ((this.count + 1) * 2 > this.slots.length) this.grow();
        let slot = hashText(id) & this.mask;
        for (;;) {
            const existing = this.slots[slot] as number;
            if (existing === EMPTY) return this.place(slot, row);
            if (this.ids.equals(existing, id)) return existing;
            slot = (slot + 1) & this.mask;
        }
    }

    /**
     * Like `add`, for a row already staged, hashing its bytes. It runs once per staged row, so
     * it probes inline rather than through a comparison closure made per call.
     */
    addRow(row: number): number {
        if ((this.count + 1) * 2 > this.slots.length) this.grow();
        const ids = this.ids;
        let slot = ids.hashRow(row) & this.mask;
        for (;;) {
            const existing = this.slots[slot] as number;
            if (existing === EMPTY) return this.place(slot, row);
            if (ids.sameAs(existing, ids, row)) return existing;
            slot = (slot + 1) & this.mask;
        }
    }

    private place(slot: number, row: number): number {
        this.slots[slot] = row;
        this.count++;
        return -1;
    }

    private grow(): void {
        const old = this.slots;
        this.slots = new Int32Array(old.length * 2).fill(EMPTY);
        this.mask = this.slots.length - 1;
        for (const row of old) {
            if (row === EMPTY) continue;
            let slot = this.ids.hashRow(row) & this.mask;
            while (this.slots[slot] !== EMPTY) slot = (slot + 1) & this.mask;
            this.slots[slot] = row;
        }
    }
}
