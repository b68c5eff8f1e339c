/**
 * Date handling shared by every adapter. Salesforce sends `date` fields as `YYYY-MM-DD` and
 * `datetime` fields as ISO 8601 with `Z` or a `+0000`-style offset (Data Loader, Bulk API);
 * the engine works in UTC day numbers and epoch milliseconds only.
 */
import type { Day, Instant } from './evidence';

const MS_PER_DAY = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME_RE =
    /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/;

function daysInMonth(year: number, month: number): number {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validYmd(year: number, month: number, day: number): boolean {
    return (
        year >= 1700 &&
        year <= 4000 &&
        month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= daysInMonth(year, month)
    );
}

/** `2026-06-30` → day number, or `null` when the text is not a real calendar date. */
export function parseDay(text: string): Day | null {
    const match = DATE_RE.exec(text);
    if (!match) {
        // A datetime where a date is expected (some exports do this): take its UTC day.
        const instant = parseInstant(text);
        return instant === null ? null : dayOfInstant(instant);
    }
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (!validYmd(year, month, day)) return null;
    return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** ISO datetime (`…Z`, `…+0000`, `…+00:00`, or a bare date) → epoch ms, or `null` if invalid. */
export function parseInstant(text: string): Instant | null {
    const match = DATETIME_RE.exec(text);
    if (!match) {
        const dateOnly = DATE_RE.exec(text);
        if (!dateOnly) return null;
        const y = Number(dateOnly[1]);
        const m = Number(dateOnly[2]);
        const d = Number(dateOnly[3]);
        return validYmd(y, m, d) ? Date.UTC(y, m - 1, d) : null;
    }
    const [, ys, mos, ds, hs, mis, ss, frac, zone] = match;
    const year = Number(ys);
    const month = Number(mos);
    const day = Number(ds);
    const hour = Number(hs);
    const minute = Number(mis);
    const second = ss === undefined ? 0 : Number(ss);
    if (!validYmd(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
    const millis = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
    let offsetMinutes = 0;
    if (zone !== undefined && zone !== 'Z') {
        const sign = zone.startsWith('-') ? -1 : 1;
        const digits = zone.slice(1).replace(':', '');
        offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
    }
    return Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * 60_000;
}

export function dayOfInstant(instant: Instant): Day {
    return Math.floor(instant / MS_PER_DAY);
}

export function instantOfDay(day: Day): Instant {
    return day * MS_PER_DAY;
}

/** Day number → `YYYY-MM-DD`. */
export function formatDay(day: Day): string {
    return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Today's UTC day; the only clock the engine's callers should use. */
export function todayUtc(now: Date = new Date()): Day {
    return Math.floor(now.getTime() / MS_PER_DAY);
}

export const HOURS_PER_MS = 1 / 3_600_000;
export { MS_PER_DAY };
