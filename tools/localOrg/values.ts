/**
 * Field values in their three forms: stored in SQLite (dates as `YYYY-MM-DD` text, datetimes
 * as `YYYY-MM-DDTHH:MM:SS.sssZ` text — both sort and compare correctly as text — booleans as
 * 0/1, numbers as REAL), written out as REST JSON (datetimes as `…+0000`, like Salesforce),
 * and as Bulk API CSV cells (everything a string, datetimes as `…Z`).
 */
import { parseDay, parseInstant } from '../../engine/dates';
import { normalizeId } from './ids';
import type { ValueKind } from './schema';

export type Stored = string | number | null;

const CANONICAL_INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER_RE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A datetime in the stored form, or `null` when the text is not a datetime. */
export function normalizeDateTime(text: string): string | null {
    const instant = parseInstant(text);
    if (instant === null) return null;
    if (CANONICAL_INSTANT_RE.test(text)) return text;
    const date = new Date(instant);
    return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export function isDay(text: string): boolean {
    return DAY_RE.test(text) && parseDay(text) !== null;
}

/** The REST JSON form of a stored value. */
export function jsonValue(kind: ValueKind, stored: unknown): unknown {
    if (stored === null || stored === undefined) return null;
    if (kind === 'boolean') return stored === 1;
    if (kind === 'datetime') return `${(stored as string).slice(0, 23)}+0000`;
    return stored;
}

/** The Bulk API CSV form of a stored value (null is an empty cell). */
export function csvValue(kind: ValueKind, stored: unknown): string {
    if (stored === null || stored === undefined) return '';
    if (kind === 'boolean') return stored === 1 ? 'true' : 'false';
    return String(stored);
}

/** A parse failure; the caller knows the field and words the error. */
export const BAD_VALUE: unique symbol = Symbol('bad value');

/** A CSV cell (export import, Bulk ingest) in stored form; `''` is null. */
export function storedFromText(kind: ValueKind, text: string): Stored | typeof BAD_VALUE {
    if (text === '') return null;
    switch (kind) {
        case 'id':
        case 'reference':
            // Exports hold 18-character ids; only the 15-character form needs converting.
            return text.length === 15 ? (normalizeId(text) ?? text) : text;
        case 'text':
            return text;
        case 'number':
            return NUMBER_RE.test(text) ? Number(text) : BAD_VALUE;
        case 'boolean': {
            const lower = text.toLowerCase();
            if (lower === 'true' || lower === '1') return 1;
            if (lower === 'false' || lower === '0') return 0;
            return BAD_VALUE;
        }
        case 'date':
            if (isDay(text)) return text;
            // Data Loader writes dates of some locales with a time part; the day is what counts.
            return text.length > 10 && isDay(text.slice(0, 10)) && normalizeDateTime(text) !== null
                ? text.slice(0, 10)
                : BAD_VALUE;
        case 'datetime':
            return normalizeDateTime(text) ?? BAD_VALUE;
    }
}

/** The name Salesforce's JSON deserializer gives a field type in its error messages. */
const JSON_TYPE_NAMES: Record<ValueKind, string> = {
    id: 'id',
    reference: 'id',
    text: 'String',
    number: 'double',
    boolean: 'boolean',
    date: 'date',
    datetime: 'datetime'
};

export function jsonTypeName(kind: ValueKind): string {
    return JSON_TYPE_NAMES[kind];
}

/** A JSON value of a REST write in stored form, coercing as Salesforce's deserializer does. */
export function storedFromJson(kind: ValueKind, value: unknown): Stored | typeof BAD_VALUE {
    if (value === null) return kind === 'boolean' ? 0 : null;
    switch (kind) {
        case 'id':
        case 'reference':
            return typeof value === 'string' ? value : BAD_VALUE;
        case 'text':
            return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
                ? String(value)
                : BAD_VALUE;
        case 'number':
            if (typeof value === 'number') return Number.isFinite(value) ? value : BAD_VALUE;
            return typeof value === 'string' && NUMBER_RE.test(value.trim()) ? Number(value) : BAD_VALUE;
        case 'boolean':
            if (typeof value === 'boolean') return value ? 1 : 0;
            if (value === 'true' || value === 'false') return value === 'true' ? 1 : 0;
            return BAD_VALUE;
        case 'date':
            return typeof value === 'string' && isDay(value) ? value : BAD_VALUE;
        case 'datetime':
            return typeof value === 'string' ? (normalizeDateTime(value) ?? BAD_VALUE) : BAD_VALUE;
    }
}

/** How a rejected JSON value is described (`VALUE_STRING value abc`), as Salesforce does. */
export function describeJsonValue(value: unknown): string {
    if (typeof value === 'string') return `VALUE_STRING value ${value}`;
    if (typeof value === 'number') return `VALUE_NUMBER_INT value ${value}`;
    if (typeof value === 'boolean') return `VALUE_${value ? 'TRUE' : 'FALSE'}`;
    if (Array.isArray(value)) return 'START_ARRAY';
    return 'START_OBJECT';
}
