/**
 * Compact column storage for staged CSV rows. One JavaScript object per row would not fit a
 * 10M-record org in memory; typed arrays (off the JS heap) with packed strings and interned
 * picklist values do, at a few dozen bytes per row.
 */
import { isId15Bytes, writeId18Suffix } from './idBytes';

const INITIAL = 1024;

/** A column's contents as plain typed arrays, so a worker thread can hand it over (transfer). */
export type ColumnState =
    | { kind: 'day'; data: Int32Array }
    | { kind: 'number'; data: Float64Array }
    | { kind: 'boolean'; data: Uint8Array }
    | { kind: 'interned'; codes: Uint32Array; values: (string | null)[] }
    | {
          kind: 'packed';
          bytes: Uint8Array;
          offsets: Uint32Array;
          nulls: Uint8Array;
          used: number;
          ascii: boolean;
      };

/** FNV-1a over UTF-16 code units: cheap, and good enough for Salesforce ids. */
export function hashText(text: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return h >>> 0;
}

function grow<T extends Int32Array | Float64Array | Uint8Array | Uint32Array>(
    array: T,
    needed: number,
    make: (n: number) => T
): T {
    if (needed <= array.length) return array;
    let size = array.length;
    while (size < needed) size *= 2;
    const next = make(size);
    next.set(array);
    return next;
}

export const NULL_DAY = -2147483648;

/** Whole-day dates; NULL_DAY marks an empty cell. */
export class DayColumn {
    private data: Int32Array = new Int32Array(INITIAL);
    state(): ColumnState {
        return { kind: 'day', data: this.data };
    }
    static from(state: { data: Int32Array }): DayColumn {
        const column = new DayColumn();
        column.data = state.data;
        return column;
    }
    push(row: number, value: number | null): void {
        if (row >= this.data.length) this.data = grow(this.data, row + 1, (n) => new Int32Array(n));
        this.data[row] = value === null ? NULL_DAY : value;
    }
    get(row: number): number | null {
        const v = this.data[row] as number;
        return v === NULL_DAY ? null : v;
    }
}

/** Doubles (amounts, epoch ms); NaN marks an empty cell. */
export class NumberColumn {
    private data: Float64Array = new Float64Array(INITIAL);
    state(): ColumnState {
        return { kind: 'number', data: this.data };
    }
    static from(state: { data: Float64Array }): NumberColumn {
        const column = new NumberColumn();
        column.data = state.data;
        return column;
    }
    push(row: number, value: number | null): void {
        if (row >= this.data.length) this.data = grow(this.data, row + 1, (n) => new Float64Array(n));
        this.data[row] = value === null ? Number.NaN : value;
    }
    get(row: number): number | null {
        const v = this.data[row] as number;
        return Number.isNaN(v) ? null : v;
    }
}

/** Booleans: 0 false, 1 true, 2 empty. */
export class BooleanColumn {
    private data: Uint8Array = new Uint8Array(INITIAL);
    state(): ColumnState {
        return { kind: 'boolean', data: this.data };
    }
    static from(state: { data: Uint8Array }): BooleanColumn {
        const column = new BooleanColumn();
        column.data = state.data;
        return column;
    }
    push(row: number, value: boolean | null): void {
        if (row >= this.data.length) this.data = grow(this.data, row + 1, (n) => new Uint8Array(n));
        this.data[row] = value === null ? 2 : value ? 1 : 0;
    }
    get(row: number): boolean | null {
        const v = this.data[row];
        return v === 2 ? null : v === 1;
    }
}

/** Low-cardinality text (picklists): each distinct value stored once, rows hold codes. */
export class InternedColumn {
    private codes: Uint32Array = new Uint32Array(INITIAL);
    private values: (string | null)[] = [null];
    private readonly lookup = new Map<string, number>();
    state(): ColumnState {
        return { kind: 'interned', codes: this.codes, values: this.values };
    }
    /** A column rebuilt from a worker's state; read-only (its lookup is not rebuilt). */
    static from(state: { codes: Uint32Array; values: (string | null)[] }): InternedColumn {
        const column = new InternedColumn();
        column.codes = state.codes;
        column.values = state.values;
        return column;
    }
    push(row: number, value: string | null): void {
        if (row >= this.codes.length) this.codes = grow(this.codes, row + 1, (n) => new Uint32Array(n));
        if (value === null) {
            this.codes[row] = 0;
            return;
        }
        let code = this.lookup.get(value);
        if (code === undefined) {
            code = this.values.length;
            this.values.push(value);
            this.lookup.set(value, code);
        }
        this.codes[row] = code;
    }
    get(row: number): string | null {
        return this.values[this.codes[row] as number] ?? null;
    }
}

/**
 * High-cardinality text (record ids, names, descriptions) packed as UTF-8 bytes in one
 * buffer with offsets; a string is created only when a row is read back.
 */
export class PackedTextColumn {
    private bytes: Buffer = Buffer.alloc(INITIAL * 16);
    private offsets: Uint32Array = new Uint32Array(INITIAL + 1);
    private nulls: Uint8Array = new Uint8Array(INITIAL);
    private used = 0;
    private ascii = true;
    /** The last text written and where its bytes are: a child's parent id repeats row after row. */
    private repeat: string | null = null;
    private repeatStart = 0;
    private repeatEnd = 0;
    state(): ColumnState {
        const bytes = new Uint8Array(this.bytes.buffer, this.bytes.byteOffset, this.bytes.length);
        return {
            kind: 'packed',
            bytes,
            offsets: this.offsets,
            nulls: this.nulls,
            used: this.used,
            ascii: this.ascii
        };
    }
    static from(state: {
        bytes: Uint8Array;
        offsets: Uint32Array;
        nulls: Uint8Array;
        used: number;
        ascii: boolean;
    }): PackedTextColumn {
        const column = new PackedTextColumn();
        column.bytes = Buffer.from(state.bytes.buffer, state.bytes.byteOffset, state.bytes.length);
        column.offsets = state.offsets;
        column.nulls = state.nulls;
        column.used = state.used;
        column.ascii = state.ascii;
        return column;
    }
    get isAscii(): boolean {
        return this.ascii;
    }
    /**
     * FNV-1a over the row's bytes: equal to hashing the same text's UTF-16 code units when
     * the column is ASCII, so ids can be looked up without ever becoming strings.
     */
    hashRow(row: number): number {
        if (!this.ascii) return hashText(this.get(row) ?? '');
        let h = 0x811c9dc5;
        const end = this.offsets[row + 1] as number;
        for (let i = this.offsets[row] as number; i < end; i++)
            h = Math.imul(h ^ (this.bytes[i] as number), 0x01000193);
        return h >>> 0;
    }
    /** Whether row `row` here holds the same text as row `other` of column `that`. */
    sameAs(row: number, that: PackedTextColumn, other: number): boolean {
        if (this.nulls[row] === 1 || that.nulls[other] === 1) return false;
        if (!this.ascii || !that.ascii) return this.get(row) === that.get(other);
        const a = this.offsets[row] as number;
        const b = that.offsets[other] as number;
        const length = (this.offsets[row + 1] as number) - a;
        if ((that.offsets[other + 1] as number) - b !== length) return false;
        for (let i = 0; i < length; i++) if (this.bytes[a + i] !== that.bytes[b + i]) return false;
        return true;
    }
    isNull(row: number): boolean {
        return this.nulls[row] === 1;
    }
    /** Rows `a` and `b` by their bytes (<0, 0, >0); a null row orders after every text. */
    compareRows(a: number, b: number): number {
        if (this.nulls[a] === 1 || this.nulls[b] === 1)
            return (this.nulls[a] as number) - (this.nulls[b] as number);
        const sa = this.offsets[a] as number;
        const sb = this.offsets[b] as number;
        const la = (this.offsets[a + 1] as number) - sa;
        const lb = (this.offsets[b + 1] as number) - sb;
        const n = Math.min(la, lb);
        for (let i = 0; i < n; i++) {
            const d = (this.bytes[sa + i] as number) - (this.bytes[sb + i] as number);
            if (d !== 0) return d;
        }
        return la - lb;
    }
    push(row: number, value: string | null): void {
        this.reserveRow(row);
        if (value === null) this.nulls[row] = 1;
        else {
            this.reserveBytes(value.length * 3);
            if (value === this.repeat) {
                // The same text again: its bytes are copied, not encoded again.
                const { bytes, repeatStart, repeatEnd } = this;
                let to = this.used;
                for (let i = repeatStart; i < repeatEnd; i++) bytes[to++] = bytes[i] as number;
                this.used = to;
            } else {
                const written = this.bytes.write(value, this.used, 'utf8');
                // Record ids and most names are ASCII; reading those back as latin1 is much cheaper.
                if (written !== value.length) this.ascii = false;
                this.repeat = value;
                this.repeatStart = this.used;
                this.used += written;
                this.repeatEnd = this.used;
            }
        }
        this.offsets[row + 1] = this.used;
    }
    /**
     * Stores what `push` stores for the text of `from[start, stop)`, bytes that must be ASCII
     * (asciiCell.ts), copying them instead of decoding and encoding them; with `id18`, what it
     * stores for `toId18` of that text (idBytes.ts). The room reserved is `push`'s, so the
     * column grows exactly as it would.
     */
    pushAscii(row: number, from: Uint8Array, start: number, stop: number, id18: boolean): void {
        this.reserveRow(row);
        const suffix = id18 && isId15Bytes(from, start, stop);
        const length = stop - start + (suffix ? 3 : 0);
        this.reserveBytes(length * 3);
        const { bytes } = this;
        let to = this.used;
        for (let i = start; i < stop; i++) bytes[to++] = from[i] as number;
        if (suffix) writeId18Suffix(from, start, bytes, to);
        this.used += length;
        this.offsets[row + 1] = this.used;
    }
    private reserveRow(row: number): void {
        if (row + 2 > this.offsets.length)
            this.offsets = grow(this.offsets, row + 2, (n) => new Uint32Array(n));
        if (row >= this.nulls.length) this.nulls = grow(this.nulls, row + 1, (n) => new Uint8Array(n));
    }
    private reserveBytes(maxBytes: number): void {
        if (this.used + maxBytes <= this.bytes.length) return;
        let size = this.bytes.length;
        while (size < this.used + maxBytes) size *= 2;
        const next = Buffer.alloc(size);
        this.bytes.copy(next, 0, 0, this.used);
        this.bytes = next;
    }
    /** Whether the staged value at `row` is exactly `text`, without creating a string. */
    equals(row: number, text: string): boolean {
        if (this.nulls[row] === 1) return false;
        const start = this.offsets[row] as number;
        const end = this.offsets[row + 1] as number;
        if (!this.ascii) return this.bytes.toString('utf8', start, end) === text;
        if (end - start !== text.length) return false;
        for (let i = 0; i < text.length; i++) if (this.bytes[start + i] !== text.charCodeAt(i)) return false;
        return true;
    }

    get(row: number): string | null {
        if (this.nulls[row] === 1) return null;
        const start = this.offsets[row] as number;
        const end = this.offsets[row + 1] as number;
        return this.bytes.toString(this.ascii ? 'latin1' : 'utf8', start, end);
    }

    /**
     * `get`, cheaper for a record id: staged ids are 18 ASCII characters (values.ts), and one
     * `String.fromCharCode` of 18 bytes costs about a third of a Buffer decode of so short a
     * string. Custom objects' rows, a million and more, are read back this way on every pass.
     */
    getId(row: number): string | null {
        const at = this.offsets[row] as number;
        if (this.nulls[row] === 1 || !this.ascii || (this.offsets[row + 1] as number) - at !== 18)
            return this.get(row);
        const b = this.bytes;
        return String.fromCharCode(
            b[at] as number,
            b[at + 1] as number,
            b[at + 2] as number,
            b[at + 3] as number,
            b[at + 4] as number,
            b[at + 5] as number,
            b[at + 6] as number,
            b[at + 7] as number,
            b[at + 8] as number,
            b[at + 9] as number,
            b[at + 10] as number,
            b[at + 11] as number,
            b[at + 12] as number,
            b[at + 13] as number,
            b[at + 14] as number,
            b[at + 15] as number,
            b[at + 16] as number,
            b[at + 17] as number
        );
    }
}

/** Growable Int32 list (row → account ordinal, row → parent row). */
export class IntColumn {
    private data: Int32Array = new Int32Array(INITIAL);
    push(row: number, value: number): void {
        if (row >= this.data.length) this.data = grow(this.data, row + 1, (n) => new Int32Array(n));
        this.data[row] = value;
    }
    get(row: number): number {
        return this.data[row] as number;
    }
    view(length: number): Int32Array {
        return this.data.subarray(0, length);
    }
}

/**
 * Rows grouped by account: rows of account `a` are `order[offsets[a] … offsets[a+1])`,
 * built with one counting sort so grouping stays linear in the number of rows.
 */
export class AccountGrouping {
    constructor(
        readonly offsets: Int32Array,
        readonly order: Int32Array
    ) {}

    static build(accountOf: Int32Array, accounts: number): AccountGrouping {
        const offsets = new Int32Array(accounts + 1);
        for (let i = 0; i < accountOf.length; i++) {
            const a = accountOf[i] as number;
            if (a >= 0) offsets[a + 1] = (offsets[a + 1] as number) + 1;
        }
        for (let a = 0; a < accounts; a++)
            offsets[a + 1] = (offsets[a + 1] as number) + (offsets[a] as number);
        const cursor = offsets.slice(0, accounts);
        const order = new Int32Array(offsets[accounts] as number);
        for (let i = 0; i < accountOf.length; i++) {
            const a = accountOf[i] as number;
            if (a < 0) continue;
            const at = cursor[a] as number;
            order[at] = i;
            cursor[a] = at + 1;
        }
        return new AccountGrouping(offsets, order);
    }

    rowsOf(account: number): Int32Array {
        return this.order.subarray(this.offsets[account] as number, this.offsets[account + 1] as number);
    }
}
