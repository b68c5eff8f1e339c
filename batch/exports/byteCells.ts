/**
 * Cell values read straight from a CSV file's bytes, for the plain reader (plainCsv.ts): the
 * common forms of numbers, dates and picklist values without making a string per cell. Each
 * gives exactly what the text parsers of values.ts give for the same cell; any other form is
 * undefined, and the caller makes the text and asks them.
 */
import { parseDateCell } from './values';

const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * A decimal such as `-12.50` (sign, digits, at most one point, no exponent) of at most 15
 * digits. Its digits as an integer are then exact, and so is 10^k, so one division gives the
 * correctly rounded value, which is what `Number(text)` gives.
 */
export function numberOfBytes(buf: Uint8Array, start: number, stop: number): number | undefined {
    let p = start;
    const sign = buf[p];
    const negative = sign === 0x2d;
    if (negative || sign === 0x2b) p++;
    let int = 0;
    let digits = 0;
    let decimals = 0;
    let point = false;
    for (; p < stop; p++) {
        const b = buf[p] as number;
        if (b >= 0x30 && b <= 0x39) {
            int = int * 10 + (b - 0x30);
            digits++;
            if (point) decimals++;
        } else if (b === 0x2e && !point) point = true;
        else return undefined;
    }
    if (digits === 0 || digits > 15) return undefined;
    const value = int / (POW10[decimals] as number);
    return negative ? -value : value;
}

/**
 * Dates in the `YYYY-MM-DD` form, each one parsed once by `parseDateCell` and then known by
 * its digits: an export holds a few thousand distinct days over millions of rows.
 */
export class DayCells {
    private readonly days = new Map<number, ReturnType<typeof parseDateCell>>();

    /** The day, INVALID as parseDateCell says, or undefined for another form. */
    read(buf: Buffer, start: number, stop: number): ReturnType<typeof parseDateCell> | undefined {
        if (stop - start !== 10 || buf[start + 4] !== 0x2d || buf[start + 7] !== 0x2d) return undefined;
        let key = 0;
        for (let i = 0; i < 10; i++) {
            if (i === 4 || i === 7) continue;
            const d = (buf[start + i] as number) - 0x30;
            if (d < 0 || d > 9) return undefined;
            key = key * 10 + d;
        }
        let day = this.days.get(key);
        if (day === undefined) {
            if (this.days.size >= 65536) this.days.clear();
            day = parseDateCell(buf.toString('latin1', start, stop));
            this.days.set(key, day);
        }
        return day;
    }
}

/** How many recent values of a picklist are compared before a new string is made. */
const RECENT = 8;

/** The recent values of one picklist column, so a row's value is found among them by its bytes. */
export class RecentTexts {
    private readonly texts: string[] = [];

    /** The ASCII text of the bytes, reusing a recent string when one is equal. */
    read(buf: Buffer, start: number, stop: number): string {
        const length = stop - start;
        for (const text of this.texts) {
            if (text.length !== length) continue;
            let i = 0;
            while (i < length && text.charCodeAt(i) === buf[start + i]) i++;
            if (i === length) return text;
        }
        const text = buf.toString('latin1', start, stop);
        if (this.texts.length === RECENT) this.texts.shift();
        this.texts.push(text);
        return text;
    }
}
