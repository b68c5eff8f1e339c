/** Cell parsers for Data Loader / Bulk API exports; each returns a value or a reason. */
import { parseDay, parseInstant } from '../../engine/dates';
import type { ColumnKind } from './exportSchema';

export type Parsed<T> = { ok: true; value: T | null } | { ok: false; expected: string };

const fail = (expected: string): { ok: false; expected: string } => ({ ok: false, expected });

export function parseBooleanCell(text: string): Parsed<boolean> {
    if (text === '') return { ok: true, value: null };
    const t = text.toLowerCase();
    if (t === 'true' || t === '1') return { ok: true, value: true };
    if (t === 'false' || t === '0') return { ok: true, value: false };
    return fail('true or false');
}

const NUMBER_RE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function parseNumberCell(text: string): Parsed<number> {
    if (text === '') return { ok: true, value: null };
    if (!NUMBER_RE.test(text)) return fail('a number such as 1234.5');
    return { ok: true, value: Number(text) };
}

export function parseDateCell(text: string): Parsed<number> {
    if (text === '') return { ok: true, value: null };
    const day = parseDay(text);
    return day === null ? fail('a date YYYY-MM-DD') : { ok: true, value: day };
}

export function parseDateTimeCell(text: string): Parsed<number> {
    if (text === '') return { ok: true, value: null };
    const instant = parseInstant(text);
    return instant === null
        ? fail('a datetime such as 2026-06-30T14:05:00.000Z or …+0000')
        : { ok: true, value: instant };
}

export function describeKind(kind: ColumnKind): string {
    switch (kind) {
        case 'boolean':
            return 'true or false';
        case 'number':
            return 'a number';
        case 'date':
            return 'a date YYYY-MM-DD';
        case 'datetime':
            return 'an ISO datetime';
        default:
            return 'text';
    }
}
