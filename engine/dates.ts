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

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 0);
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

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}

/** Two or four ASCII digits at `at`, or -1. Hot path of every export: no regex, no allocation. */
function digits(text: string, at: number, count: number): number {
    let value = 0;
    for (let i = at; i < at + count; i++) {
        const c = text.charCodeAt(i) - 48;
        if (c < 0 || c > 9) return -1;
        value = value * 10 + c;
    }
    return value;
}

/** `YYYY-MM-DD` at the start of `text` → day number, or null (fast path; exact checks). */
function fastDay(text: string): Day | null {
    if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
    const year = digits(text, 0, 4);
    const month = digits(text, 5, 2);
    const day = digits(text, 8, 2);
    if (year < 0 || month < 0 || day < 0 || !validYmd(year, month, day)) return null;
    return daysFromCivil(year, month, day);
}

/** `2026-06-30` → day number, or `null` when the text is not a real calendar date. */
export function parseDay(text: string): Day | null {
    if (text.length === 10) return fastDay(text);
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
    // Fast path for what Data Loader and the Bulk API write: 2026-06-30T14:05:00.000Z / +0000.
    const n = text.length;
    if ((n === 24 || n === 28) && text.charCodeAt(10) === 84 && text.charCodeAt(19) === 46) {
        const day = fastDay(text);
        const hour = digits(text, 11, 2);
        const minute = digits(text, 14, 2);
        const second = digits(text, 17, 2);
        const millis = digits(text, 20, 3);
        if (
            day !== null &&
            hour >= 0 &&
            hour <= 23 &&
            minute >= 0 &&
            minute <= 59 &&
            second >= 0 &&
            second <= 59 &&
            millis >= 0 &&
            text.charCodeAt(13) === 58 &&
            text.charCodeAt(16) === 58
        ) {
            const base = day * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + millis;
            if (n === 24 && text.charCodeAt(23) === 90) return base;
            if (n === 28) {
                const sign = text.charCodeAt(23) === 43 ? 1 : text.charCodeAt(23) === 45 ? -1 : 0;
                const oh = digits(text, 24, 2);
                const om = digits(text, 26, 2);
                if (sign !== 0 && oh >= 0 && om >= 0) return base - sign * (oh * 60 + om) * 60_000;
            }
        }
    }
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

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/** Day number → `YYYY-MM-DD` (H. Hinnant's civil_from_days; receipts print many dates). */
export function formatDay(day: Day): string {
    const z = day + 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor(
        (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
    );
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const m = mp < 10 ? mp + 3 : mp - 9;
    const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** Today's UTC day; the only clock the engine's callers should use. */
export function todayUtc(now: Date = new Date()): Day {
    return Math.floor(now.getTime() / MS_PER_DAY);
}

export const HOURS_PER_MS = 1 / 3_600_000;
export { MS_PER_DAY };
