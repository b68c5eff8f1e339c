/**
 * A fast reader for well-formed CSV files, for the files custom signals read: an admin's object
 * is exported with every field it has, and the signals read a few of them, so this reader scans
 * bytes and makes strings only of the cells the stager reads (csv-parse makes one per cell, and
 * costs as much as the scoring that follows).
 *
 * It reads exactly what csv-parse reads with the folder source's options (csvFolderSource.ts:
 * BOM skipped, empty lines skipped, every record as wide as the header), and nothing else: a
 * quote inside an unquoted cell, a record of another width, a carriage return that is not half
 * of a CRLF, a file with no header, a UTF-16 BOM, any row the stager refuses — each makes it
 * give up, and the caller stages the file again through csv-parse, which gives the same message,
 * file, line and column as ever. So a file it accepts is staged exactly as csv-parse stages it,
 * and a file with any problem is reported exactly as before.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { AsciiCell, type LinkCell } from './asciiCell';
import { DayCells, RecentTexts, numberOfBytes } from './byteCells';
import type { ColumnKind } from './exportSchema';
import type { TableStager } from './tableStager';
import { CELL_PARSERS } from './values';

const COMMA = 0x2c;
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** 1 for a byte an unquoted cell holds with no more thought: ASCII, no delimiter, no quote. */
const PLAIN_BYTE = new Uint8Array(256);
for (let b = 0; b < 0x80; b++) if (b !== COMMA && b !== LF && b !== CR && b !== QUOTE) PLAIN_BYTE[b] = 1;

/** The record is cut by the end of the bytes read so far. */
const NEED_MORE = -1;
/** Something csv-parse would read differently, or refuse. */
const IRREGULAR = -2;

/** Cell flags: quoted, holding escaped quotes (`""`), holding bytes beyond ASCII. */
const QUOTED = 1;
const ESCAPED = 2;
const WIDE = 4;

/** How records end, found on the first one as csv-parse finds it. */
const EOL_UNKNOWN = 0;
const EOL_LF = 1;
const EOL_CRLF = 2;

/** One record's cells as byte ranges of the buffer, with their flags. */
export class RecordScanner {
    count = 0;
    starts = new Int32Array(64);
    stops = new Int32Array(64);
    flags = new Uint8Array(64);
    private eol = EOL_UNKNOWN;

    /**
     * Scans the record at `pos` of `buf[0, end)`. Returns the position after its record
     * delimiter (or `end` at the end of the file), NEED_MORE when the bytes end inside it and
     * more may come, IRREGULAR when csv-parse would read it differently or refuse it.
     */
    scan(buf: Uint8Array, pos: number, end: number, final: boolean): number {
        this.count = 0;
        let p = pos;
        for (;;) {
            let flags = 0;
            let start: number;
            let stop: number;
            if (p < end && buf[p] === QUOTE) {
                flags = QUOTED;
                start = ++p;
                for (;;) {
                    if (p >= end) return final ? IRREGULAR : NEED_MORE;
                    const b = buf[p] as number;
                    if (b === QUOTE) {
                        if (p + 1 >= end && !final) return NEED_MORE;
                        if (p + 1 < end && buf[p + 1] === QUOTE) {
                            flags |= ESCAPED;
                            p += 2;
                            continue;
                        }
                        stop = p++;
                        break;
                    }
                    if (b >= 0x80) flags |= WIDE;
                    p++;
                }
            } else {
                start = p;
                for (; p < end; p++) {
                    const b = buf[p] as number;
                    // One test for the bytes most cells are made of, then which special one.
                    if (PLAIN_BYTE[b] === 1) continue;
                    if (b === COMMA || b === LF || b === CR) break;
                    // csv-parse refuses a quote inside an unquoted cell.
                    if (b === QUOTE) return IRREGULAR;
                    flags |= WIDE;
                }
                stop = p;
            }
            this.push(start, stop, flags);
            if (p >= end) return final ? end : NEED_MORE;
            const b = buf[p];
            if (b === COMMA) {
                p++;
                continue;
            }
            if (b === LF) {
                if (this.eol === EOL_CRLF) return IRREGULAR;
                this.eol = EOL_LF;
                return p + 1;
            }
            if (b === CR) {
                if (p + 1 >= end && !final) return NEED_MORE;
                // A lone CR ends records for csv-parse only when it comes first; a CR before
                // an LF in a file of LFs is part of the cell. Neither is worth reading here.
                if (p + 1 >= end || buf[p + 1] !== LF || this.eol === EOL_LF) return IRREGULAR;
                this.eol = EOL_CRLF;
                return p + 2;
            }
            // After a closing quote, only a comma or the end of the record may come.
            return IRREGULAR;
        }
    }

    /** An empty line, which csv-parse skips (a quoted empty cell is a record). */
    get isEmptyLine(): boolean {
        return this.count === 1 && this.starts[0] === this.stops[0] && this.flags[0] === 0;
    }

    /** Cell `i`'s text, decoded as csv-parse decodes it (UTF-8, `""` read as `"`). */
    text(buf: Buffer, i: number): string {
        const flags = this.flags[i] as number;
        const start = this.starts[i] as number;
        const stop = this.stops[i] as number;
        // ASCII decodes alike either way, and latin1 is the cheaper decoder.
        const text = buf.toString(flags & WIDE ? 'utf8' : 'latin1', start, stop);
        return flags & ESCAPED ? text.replaceAll('""', '"') : text;
    }

    private push(start: number, stop: number, flags: number): void {
        const i = this.count++;
        if (i === this.starts.length) {
            const grow = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
                const next = make(a.length * 2);
                next.set(a);
                return next;
            };
            this.starts = grow(this.starts, (n) => new Int32Array(n));
            this.stops = grow(this.stops, (n) => new Int32Array(n));
            this.flags = grow(this.flags, (n) => new Uint8Array(n));
        }
        this.starts[i] = start;
        this.stops[i] = stop;
        this.flags[i] = flags;
    }
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** How much of the file is read at a time; a record longer than this grows the buffer. */
const CHUNK_BYTES = 1 << 20;

/** Told each record (empty lines skipped) with the buffer its cells are in; false stops the reading. */
export type OnRecord = (scanner: RecordScanner, buf: Buffer) => boolean;

/**
 * Reads the CSV file at `full` record by record. True when it was read to its end; false when
 * it is not one this reader reads exactly as csv-parse does, when `onRecord` stopped it, or
 * when it could not be read (csv-parse's path names why).
 */
export function readPlainCsv(full: string, onRecord: OnRecord, chunkBytes = CHUNK_BYTES): boolean {
    let fd: number;
    try {
        fd = openSync(full, 'r');
    } catch {
        return false;
    }
    try {
        return readFrom(fd, onRecord, chunkBytes);
    } catch {
        return false;
    } finally {
        closeSync(fd);
    }
}

function readFrom(fd: number, onRecord: OnRecord, chunkBytes: number): boolean {
    let buf = Buffer.allocUnsafe(Math.max(chunkBytes, UTF8_BOM.length));
    let end = readSync(fd, buf, 0, buf.length, null);
    // Known once a read returns nothing: a record cut by the buffer's end asks for more.
    let final = false;
    // A file of a byte or two, which may be half a BOM, is left to csv-parse.
    if (end < UTF8_BOM.length) return false;
    // A UTF-16 BOM changes csv-parse's encoding; only UTF-8 is read here.
    if (buf[0] === 0xff && buf[1] === 0xfe) return false;
    let pos = UTF8_BOM.every((b, i) => buf[i] === b) ? UTF8_BOM.length : 0;
    const scanner = new RecordScanner();
    let records = 0;
    for (;;) {
        if (pos >= end && final) break;
        const next = pos >= end ? NEED_MORE : scanner.scan(buf, pos, end, final);
        if (next === IRREGULAR) return false;
        if (next === NEED_MORE) {
            // Keep the cut record, then fill the rest of the buffer (a bigger one if it is full).
            const kept = end - pos;
            if (kept === buf.length) {
                const bigger = Buffer.allocUnsafe(buf.length * 2);
                buf.copy(bigger, 0, pos, end);
                buf = bigger;
            } else buf.copy(buf, 0, pos, end);
            pos = 0;
            end = kept;
            const read = readSync(fd, buf, end, buf.length - end, null);
            end += read;
            final = read === 0;
            continue;
        }
        pos = next;
        if (scanner.isEmptyLine) continue;
        records++;
        if (!onRecord(scanner, buf)) return false;
    }
    // An empty file: csv-parse's path decides what it means.
    return records > 0;
}

/** Reads one cell by its column's kind, as CELL_PARSERS would read its text. */
type CellRead = (scanner: RecordScanner, buf: Buffer, i: number, text: (i: number) => string) => unknown;

/** Numbers, dates and picklist values from bytes where their form allows (byteCells.ts). */
function cellRead(kind: ColumnKind): CellRead {
    const parse = CELL_PARSERS[kind];
    const plain = (scanner: RecordScanner, i: number): boolean =>
        ((scanner.flags[i] as number) & (WIDE | ESCAPED)) === 0;
    // A plain cell read from its bytes, any other from its text.
    const plainOrText =
        (read: (buf: Buffer, start: number, stop: number) => unknown): CellRead =>
        (scanner, buf, i, text) =>
            plain(scanner, i)
                ? read(buf, scanner.starts[i] as number, scanner.stops[i] as number)
                : parse(text(i));
    switch (kind) {
        case 'number':
            return (scanner, buf, i, text) => {
                const value = plain(scanner, i)
                    ? numberOfBytes(buf, scanner.starts[i] as number, scanner.stops[i] as number)
                    : undefined;
                return value === undefined ? parse(text(i)) : value;
            };
        case 'date': {
            const days = new DayCells();
            return (scanner, buf, i, text) => {
                const value = plain(scanner, i)
                    ? days.read(buf, scanner.starts[i] as number, scanner.stops[i] as number)
                    : undefined;
                return value === undefined ? parse(text(i)) : value;
            };
        }
        case 'id': {
            // Copied into the packed id column as bytes (tableStager.ts), no string made.
            const cell = new AsciiCell();
            return plainOrText((buf, start, stop) => cell.set(buf, start, stop));
        }
        case 'text': {
            const recent = new RecentTexts();
            return plainOrText((buf, start, stop) => recent.read(buf, start, stop));
        }
        default:
            return (_scanner, _buf, i, text) => parse(text(i));
    }
}

/**
 * Stages the CSV file at `full` into `stager`, making strings only of the cells the stager
 * reads as text (a picklist value not seen lately, a cell with escaped quotes or bytes beyond
 * ASCII); plain ids and links go to it as bytes (asciiCell.ts). True when every record was
 * staged; false when the file is not one this reader reads exactly as csv-parse does, or the
 * stager refused its header or a row: the stager is then spent, and the caller stages the
 * file through csv-parse with a new one, which reports any problem with its usual message.
 */
export function stagePlainCsv(full: string, stager: TableStager, chunkBytes = CHUNK_BYTES): boolean {
    let width = -1;
    let columns: { at: number; read: CellRead }[] = [];
    let linkAt: readonly number[] = [];
    let linkCells: AsciiCell[] = [];
    const values: unknown[] = [];
    const links: LinkCell[] = [];
    // Each cell's text is made at most once per row (an id is both a column and a link); most
    // rows make none, and then have nothing to clear.
    const texts: (string | undefined)[] = [];
    let textsMade = false;
    let scanner: RecordScanner | null = null;
    let buf: Buffer | null = null;
    const text = (i: number): string => {
        textsMade = true;
        return (texts[i] ??= (scanner as RecordScanner).text(buf as Buffer, i));
    };
    return readPlainCsv(
        full,
        (s, b) => {
            scanner = s;
            buf = b;
            if (width < 0) {
                const header = Array.from({ length: s.count }, (_, i) => s.text(b, i));
                if (stager.header(header).length > 0) return false;
                width = header.length;
                const plan = stager.cellPlan();
                columns = plan.columns.map(({ at, kind }) => ({ at, read: cellRead(kind) }));
                linkAt = plan.links;
                linkCells = linkAt.map(() => new AsciiCell());
                return true;
            }
            // csv-parse refuses a record whose width is not the header's.
            if (s.count !== width) return false;
            if (textsMade) {
                texts.fill(undefined);
                textsMade = false;
            }
            for (let c = 0; c < columns.length; c++) {
                const { at, read } = columns[c] as { at: number; read: CellRead };
                values[c] = s.starts[at] === s.stops[at] ? null : read(s, b, at, text);
            }
            for (let l = 0; l < linkAt.length; l++) {
                const at = linkAt[l] as number;
                links[l] =
                    at < 0
                        ? ''
                        : ((s.flags[at] as number) & (WIDE | ESCAPED)) === 0
                          ? (linkCells[l] as AsciiCell).set(b, s.starts[at] as number, s.stops[at] as number)
                          : text(at);
            }
            return stager.rowOfValues(values, links) === null;
        },
        chunkBytes
    );
}
