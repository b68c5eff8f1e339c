/**
 * Cell parsers for Data Loader / Bulk API exports. They run once per cell of a
 * multi-million-row export, so they allocate nothing: a value, null for an empty cell, or
 * the INVALID marker (the caller then names file, line and column).
 */
import { parseDay, parseInstant } from '../../engine/dates';
import { toId18 } from '../../records/salesforceId';
import type { ColumnKind } from './exportSchema';

export const INVALID: unique symbol = Symbol('invalid cell');
export type Cell<T> = T | null | typeof INVALID;

export function parseBooleanCell(text: string): Cell<boolean> {
    if (text === '') return null;
    if (text === 'true' || text === 'TRUE' || text === 'True' || text === '1') return true;
    if (text === 'false' || text === 'FALSE' || text === 'False' || text === '0') return false;
    return INVALID;
}

const NUMBER_RE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function parseNumberCell(text: string): Cell<number> {
    if (text === '') return null;
    return NUMBER_RE.test(text) ? Number(text) : INVALID;
}

export function parseDateCell(text: string): Cell<number> {
    if (text === '') return null;
    return parseDay(text) ?? INVALID;
}

export function parseDateTimeCell(text: string): Cell<number> {
    if (text === '') return null;
    return parseInstant(text) ?? INVALID;
}

export function parseTextCell(text: string): Cell<string> {
    return text === '' ? null : text;
}

/**
 * Record ids are kept in their 18-character form: reports write 15-character ids, and a child
 * file of 15-character AccountIds must still find its accounts in an Account file of 18.
 */
export function parseIdCell(text: string): Cell<string> {
    return text === '' ? null : toId18(text);
}

export const CELL_PARSERS: Record<ColumnKind, (text: string) => Cell<unknown>> = {
    id: parseIdCell,
    text: parseTextCell,
    boolean: parseBooleanCell,
    number: parseNumberCell,
    date: parseDateCell,
    datetime: parseDateTimeCell
};

/** What a cell of each kind should look like, for error messages. */
export const EXPECTED: Record<ColumnKind, string> = {
    id: 'a record id',
    text: 'text',
    boolean: 'true or false',
    number: 'a number such as 1234.5',
    date: 'a date YYYY-MM-DD',
    datetime: 'a datetime such as 2026-06-30T14:05:00.000Z or …+0000'
};
