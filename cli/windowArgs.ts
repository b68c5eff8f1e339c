/**
 * The as-of days of `backtest` and `calibrate`: `--as-of <day>[,<day>…]`, or `--since <day>
 * --every <months>`, with `--horizon-days <n>`. Each bad value is a UsageError naming its flag;
 * days are checked against the data's newest record once it has been read.
 */
import type { Day } from '../engine/evidence';
import { formatDay, parseDay } from '../engine/dates';
import { readCount, UsageError } from './args';
import { messages } from './messages';

export type WindowRequest =
    { kind: 'days'; days: Day[] } | { kind: 'series'; since: Day; everyMonths: number };

export interface WindowFlags {
    'as-of'?: string;
    since?: string;
    every?: string;
    'horizon-days'?: string;
}

function readDay(flag: string, value: string): Day {
    const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseDay(value) : null;
    if (day === null || formatDay(day) !== value) throw new UsageError(messages.badDay(flag, value));
    return day;
}

export function readHorizon(value: string | undefined, command: string): number {
    if (value === undefined) throw new UsageError(messages.missingOption('--horizon-days <n>', command));
    if (!/^-?\d+$/.test(value.trim()) || Number(value) < 1) throw new UsageError(messages.badHorizon(value));
    return Number(value);
}

export function readWindowRequest(values: WindowFlags, command: string): WindowRequest {
    const asOf = values['as-of'];
    if (asOf !== undefined && (values.since !== undefined || values.every !== undefined))
        throw new UsageError(messages.asOfAndSince);
    if (asOf !== undefined) {
        const days = asOf.split(',').map((text) => readDay('--as-of', text.trim()));
        return { kind: 'days', days: [...new Set(days)].sort((a, b) => a - b) };
    }
    if (values.since === undefined)
        throw new UsageError(
            messages.missingOption('--as-of <day>[,<day>…] or --since <day> --every <months>', command)
        );
    const since = readDay('--since', values.since);
    return { kind: 'series', since, everyMonths: readCount('--every', values.every, command) };
}

/** The same day of the month `months` later, or the month's last day when it is shorter. */
export function addMonths(day: Day, months: number): Day {
    const date = new Date(day * 86_400_000);
    const y = date.getUTCFullYear();
    const m = date.getUTCMonth() + months;
    const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
    return Math.floor(Date.UTC(y, m, Math.min(date.getUTCDate(), lastDay)) / 86_400_000);
}

/**
 * The as-of days to replay. A listed day after the newest record is refused (nothing can be
 * known about what followed it); a series stops at the last day whose whole window lies
 * within the data, so every window of a series is complete.
 */
export function resolveWindows(request: WindowRequest, horizonDays: number, newest: Day | null): Day[] {
    if (newest === null) throw new UsageError(messages.noDatedRecords);
    if (request.kind === 'days') {
        for (const day of request.days)
            if (day > newest)
                throw new UsageError(messages.asOfAfterNewest(formatDay(day), formatDay(newest)));
        return request.days;
    }
    const days: Day[] = [];
    for (let k = 0; ; k++) {
        const day = addMonths(request.since, k * request.everyMonths);
        if (day + horizonDays > newest) break;
        days.push(day);
    }
    if (days.length === 0)
        throw new UsageError(messages.sinceTooLate(formatDay(request.since), horizonDays, formatDay(newest)));
    return days;
}
