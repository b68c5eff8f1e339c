/**
 * Dates as the generator handles them: whole UTC days since 1970-01-01 for `date` fields and
 * epoch milliseconds for `datetime` fields (the same convention as the engine), with fast
 * formatting in the shapes Data Loader and `sf data export bulk` write.
 */

export const MS_PER_DAY = 86_400_000;
export const MS_PER_HOUR = 3_600_000;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` → day number; throws on anything that is not a real calendar date. */
export function parseDate(text: string): number {
    const match = DATE_RE.exec(text);
    if (!match) throw new Error(`not a YYYY-MM-DD date: ${text}`);
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    const ms = Date.UTC(year, month - 1, day);
    const check = new Date(ms);
    if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
        throw new Error(`not a calendar date: ${text}`);
    }
    return ms / MS_PER_DAY;
}

/** The day `months` calendar months after `day`, clamped to the month's end (Jan 31 + 1 → Feb 28). */
export function addMonths(day: number, months: number): number {
    const date = new Date(day * MS_PER_DAY);
    const year = date.getUTCFullYear();
    const month = date.getUTCMonth() + months;
    const dom = date.getUTCDate();
    const lastOfTarget = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    return Date.UTC(year, month, Math.min(dom, lastOfTarget)) / MS_PER_DAY;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: number): number {
    return (((day + 4) % 7) + 7) % 7;
}

function formatDaySlow(day: number): string {
    return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

function pad2(n: number): string {
    return n < 10 ? `0${n}` : String(n);
}

/**
 * Formats days and instants. Formatting is the generator's hottest path (about three
 * values per row), so the `YYYY-MM-DD` strings of the whole window around the reference
 * date are built once and looked up.
 */
export class DateFormatter {
    private readonly firstDay: number;
    private readonly days: string[];

    constructor(firstDay: number, lastDay: number) {
        this.firstDay = firstDay;
        this.days = [];
        for (let day = firstDay; day <= lastDay; day++) this.days.push(formatDaySlow(day));
    }

    day(day: number): string {
        return this.days[day - this.firstDay] ?? formatDaySlow(day);
    }

    /**
     * `2025-03-14T09:30:00.000Z`, or with `offsetForm` the `+0000` spelling that
     * `sf data export bulk` writes. Milliseconds are always zero, as in real exports of
     * user-entered records.
     */
    instant(ms: number, offsetForm: boolean): string {
        const day = Math.floor(ms / MS_PER_DAY);
        const seconds = Math.floor((ms - day * MS_PER_DAY) / 1000);
        const hh = Math.floor(seconds / 3600);
        const mm = Math.floor((seconds % 3600) / 60);
        const ss = seconds % 60;
        return `${this.day(day)}T${pad2(hh)}:${pad2(mm)}:${pad2(ss)}${offsetForm ? '.000+0000' : '.000Z'}`;
    }
}
