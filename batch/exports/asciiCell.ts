/**
 * A cell of the plain reader's buffer (plainCsv.ts) whose bytes are plain ASCII: no escaped
 * quote and no byte beyond ASCII, so its text is exactly those bytes read as latin1. An id cell
 * of that form is copied into its packed column as bytes, and becomes a string only when a
 * message needs it (a duplicate Id): making a string of every Id and every parent id, only to
 * encode it back into bytes, was a fifth of the time staging a custom object took.
 */
import type { PackedTextColumn } from './columns';

const NO_BYTES = Buffer.alloc(0);

/** One column's cell of the current row; the reader sets it again for the next row. */
export class AsciiCell {
    buf: Buffer = NO_BYTES;
    start = 0;
    stop = 0;

    /** Points at `buf[start, stop)`; valid while the record is being staged. */
    set(buf: Buffer, start: number, stop: number): this {
        this.buf = buf;
        this.start = start;
        this.stop = stop;
        return this;
    }

    /**
     * Stores this id (an Id, or a link to a record) at `row` of `column` in the 18-character
     * form, null when empty: what `column.push(row, text ? toId18(text) : null)` stores for
     * its text, as parseIdCell and the parent ids read it.
     */
    pushId18(column: PackedTextColumn, row: number): void {
        if (this.start === this.stop) column.push(row, null);
        else column.pushAscii(row, this.buf, this.start, this.stop, true);
    }

    toString(): string {
        return this.buf.toString('latin1', this.start, this.stop);
    }
}

/** A link cell as the stager hands it over: text, or the plain reader's ASCII bytes. */
export type LinkCell = string | AsciiCell;

/** The link's text, as csv-parse would have given it. */
export function linkText(link: LinkCell): string {
    return typeof link === 'string' ? link : link.toString();
}
