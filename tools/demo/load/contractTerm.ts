/**
 * A contract's EndDate cannot be written: Salesforce computes it from StartDate and
 * ContractTerm (months). The export has the dates, so the term that reproduces the end date
 * is worked out here; when no whole number of months does, the nearest term is used and the
 * loader says which end date the org will show instead.
 */
import { formatDay, parseDay } from '../../../engine/dates';

export interface ContractDates {
    startDate: string | null;
    term: number | null;
    /** The EndDate the org will compute (null when it has no term). */
    endDate: string | null;
    /** What had to change to fit the platform, for the load's notes; null when nothing did. */
    note: string | null;
}

/**
 * StartDate plus `term` months, less a day (12 months from 2025-01-01 ends 2025-12-31); a
 * start late in the month adds months to the end of shorter months, not past them.
 */
export function contractEnd(start: string, term: number): string {
    const [year, month, day] = start.split('-').map(Number) as [number, number, number];
    const lastDay = new Date(Date.UTC(year, month + term, 0)).getUTCDate();
    return new Date(Date.UTC(year, month - 1 + term, Math.min(day, lastDay)) - 86_400_000)
        .toISOString()
        .slice(0, 10);
}

function monthsBetween(start: string, end: string): number {
    const [sy, sm] = start.split('-').map(Number) as [number, number];
    const [ey, em] = end.split('-').map(Number) as [number, number];
    return (ey - sy) * 12 + (em - sm);
}

/** The dates to write for an exported contract's StartDate and EndDate. */
export function contractDates(start: string | null, end: string | null): ContractDates {
    if (end === null) return { startDate: start, term: null, endDate: null, note: null };
    if (start === null) {
        // No start: assume a one-year contract, which keeps the end date (what renewals use).
        const dayAfter = formatDay((parseDay(end) as number) + 1);
        const [y, m, d] = dayAfter.split('-').map(Number) as [number, number, number];
        const assumed = new Date(Date.UTC(y - 1, m - 1, d)).toISOString().slice(0, 10);
        return { startDate: assumed, term: 12, endDate: end, note: `no StartDate; assumed ${assumed}` };
    }
    const rough = monthsBetween(start, end);
    const candidates = [rough, rough + 1, rough - 1].filter((t) => t >= 1 && t <= 9999);
    const exact = candidates.find((t) => contractEnd(start, t) === end);
    if (exact !== undefined) return { startDate: start, term: exact, endDate: end, note: null };
    const term = Math.max(1, Math.min(9999, rough + 1));
    const shown = contractEnd(start, term);
    return {
        startDate: start,
        term,
        endDate: shown,
        note: `EndDate ${end} is not a whole number of months after StartDate ${start}; the org will show ${shown}`
    };
}
