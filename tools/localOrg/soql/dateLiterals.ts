/**
 * SOQL date literals (TODAY, LAST_N_DAYS:30, THIS_QUARTER …) as half-open day ranges
 * `[start, end)`, evaluated in UTC (the local org's user and org time zone is GMT). The
 * fiscal year is the calendar year, Salesforce's default; weeks start on Sunday, as in the
 * default en_US locale.
 *
 * Semantics from the SOQL reference: LAST_N_DAYS:n covers today and the n days before it;
 * NEXT_N_DAYS:n starts tomorrow; N_DAYS_AGO:n is the single day n days ago; LAST_N_WEEKS /
 * MONTHS / QUARTERS / YEARS:n are the n whole units before the current one, NEXT_N_… the n
 * units after it, N_…_AGO:n the one unit n units back.
 */
import { formatDay, MS_PER_DAY } from '../../../engine/dates';

export interface DayRange {
    /** First day, `YYYY-MM-DD`. */
    start: string;
    /** Day after the last day, `YYYY-MM-DD`. */
    end: string;
}

type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year';

interface Civil {
    year: number;
    month: number; // 0-11
    day: number;
}

const dayNumber = (c: Civil): number => Date.UTC(c.year, c.month, c.day) / MS_PER_DAY;

/** Start day (day number) of the unit containing `today`, shifted by `shift` units. */
function unitStart(today: number, unit: Unit, shift: number): number {
    const date = new Date(today * MS_PER_DAY);
    const civil: Civil = { year: date.getUTCFullYear(), month: date.getUTCMonth(), day: date.getUTCDate() };
    switch (unit) {
        case 'day':
            return today + shift;
        case 'week':
            return today - date.getUTCDay() + 7 * shift;
        case 'month':
            return dayNumber({ year: civil.year, month: civil.month + shift, day: 1 });
        case 'quarter':
            return dayNumber({
                year: civil.year,
                month: Math.floor(civil.month / 3) * 3 + 3 * shift,
                day: 1
            });
        case 'year':
            return dayNumber({ year: civil.year + shift, month: 0, day: 1 });
    }
}

/** Units `[from, to)` relative to the current one (0 = current). */
function units(today: number, unit: Unit, from: number, to: number): DayRange {
    return { start: formatDay(unitStart(today, unit, from)), end: formatDay(unitStart(today, unit, to)) };
}

const FIXED: Record<string, (today: number) => DayRange> = {
    YESTERDAY: (t) => units(t, 'day', -1, 0),
    TODAY: (t) => units(t, 'day', 0, 1),
    TOMORROW: (t) => units(t, 'day', 1, 2),
    LAST_WEEK: (t) => units(t, 'week', -1, 0),
    THIS_WEEK: (t) => units(t, 'week', 0, 1),
    NEXT_WEEK: (t) => units(t, 'week', 1, 2),
    LAST_MONTH: (t) => units(t, 'month', -1, 0),
    THIS_MONTH: (t) => units(t, 'month', 0, 1),
    NEXT_MONTH: (t) => units(t, 'month', 1, 2),
    LAST_90_DAYS: (t) => units(t, 'day', -90, 1),
    NEXT_90_DAYS: (t) => units(t, 'day', 1, 91),
    LAST_QUARTER: (t) => units(t, 'quarter', -1, 0),
    THIS_QUARTER: (t) => units(t, 'quarter', 0, 1),
    NEXT_QUARTER: (t) => units(t, 'quarter', 1, 2),
    LAST_YEAR: (t) => units(t, 'year', -1, 0),
    THIS_YEAR: (t) => units(t, 'year', 0, 1),
    NEXT_YEAR: (t) => units(t, 'year', 1, 2),
    LAST_FISCAL_QUARTER: (t) => units(t, 'quarter', -1, 0),
    THIS_FISCAL_QUARTER: (t) => units(t, 'quarter', 0, 1),
    NEXT_FISCAL_QUARTER: (t) => units(t, 'quarter', 1, 2),
    LAST_FISCAL_YEAR: (t) => units(t, 'year', -1, 0),
    THIS_FISCAL_YEAR: (t) => units(t, 'year', 0, 1),
    NEXT_FISCAL_YEAR: (t) => units(t, 'year', 1, 2)
};

const PARAMETRIC: Record<string, (today: number, n: number) => DayRange> = {
    LAST_N_DAYS: (t, n) => units(t, 'day', -n, 1),
    NEXT_N_DAYS: (t, n) => units(t, 'day', 1, n + 1),
    N_DAYS_AGO: (t, n) => units(t, 'day', -n, -n + 1),
    LAST_N_WEEKS: (t, n) => units(t, 'week', -n, 0),
    NEXT_N_WEEKS: (t, n) => units(t, 'week', 1, n + 1),
    N_WEEKS_AGO: (t, n) => units(t, 'week', -n, -n + 1),
    LAST_N_MONTHS: (t, n) => units(t, 'month', -n, 0),
    NEXT_N_MONTHS: (t, n) => units(t, 'month', 1, n + 1),
    N_MONTHS_AGO: (t, n) => units(t, 'month', -n, -n + 1),
    LAST_N_QUARTERS: (t, n) => units(t, 'quarter', -n, 0),
    NEXT_N_QUARTERS: (t, n) => units(t, 'quarter', 1, n + 1),
    N_QUARTERS_AGO: (t, n) => units(t, 'quarter', -n, -n + 1),
    LAST_N_YEARS: (t, n) => units(t, 'year', -n, 0),
    NEXT_N_YEARS: (t, n) => units(t, 'year', 1, n + 1),
    N_YEARS_AGO: (t, n) => units(t, 'year', -n, -n + 1),
    LAST_N_FISCAL_QUARTERS: (t, n) => units(t, 'quarter', -n, 0),
    NEXT_N_FISCAL_QUARTERS: (t, n) => units(t, 'quarter', 1, n + 1),
    N_FISCAL_QUARTERS_AGO: (t, n) => units(t, 'quarter', -n, -n + 1),
    LAST_N_FISCAL_YEARS: (t, n) => units(t, 'year', -n, 0),
    NEXT_N_FISCAL_YEARS: (t, n) => units(t, 'year', 1, n + 1),
    N_FISCAL_YEARS_AGO: (t, n) => units(t, 'year', -n, -n + 1)
};

/**
 * The range of a date literal such as `TODAY` or `LAST_N_DAYS:30`, or `null` when the text
 * is not one. `today` is a UTC day number.
 */
export function dateLiteralRange(literal: string, today: number): DayRange | null {
    const upper = literal.toUpperCase();
    const fixed = FIXED[upper];
    if (fixed !== undefined) return fixed(today);
    const match = /^([A-Z_]+):(\d+)$/.exec(upper);
    if (match === null) return null;
    const parametric = PARAMETRIC[match[1] as string];
    return parametric === undefined ? null : parametric(today, Number(match[2]));
}
