/**
 * The custom objects a model's custom signals read (the `custom` rows of its evidence field
 * table), read from an org like the other evidence: one SOQL query per object (REST pages, or
 * one Bulk API 2.0 job), only rows that name an account, staged by account and read as
 * `CustomRecord`s whose dates (and datetimes) are whole UTC days.
 *
 * Values go through their text form, as a CSV export or a Bulk job would give them, so a REST
 * run and a Bulk run give the same evidence.
 */
import { dayOfInstant, parseDay, parseInstant } from '../../engine/dates';
import type { CustomRecord } from '../../engine/evidence';
import { ownerField, type EvidenceField, type EvidenceObject } from '../../records/evidenceFields';
import { toId18 } from '../../records/salesforceId';
import { columnOf } from '../exports/exportSchema';
import { parseBooleanCell, parseNumberCell, INVALID } from '../exports/values';
import { readBulkQuery } from './bulk';
import { OrgDataError } from './errors';
import type { OrgApi } from './orgApi';
import { cellText, readableColumns } from './orgSource';

const SALESFORCE_ID = /^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$/;

type Value = CustomRecord['values'][string];

/** The custom objects' rows of a set of accounts. */
export interface CustomRows {
    /** Rows per object API name for one account (its 15- or 18-character id); every object is present. */
    of(accountId: string): Record<string, readonly CustomRecord[]>;
    /** Rows read per object, linked to an account or not. */
    readonly counts: Readonly<Record<string, number>>;
}

/** The custom objects of an evidence field table. */
export function customObjectsOf(table: readonly EvidenceObject[]): EvidenceObject[] {
    return table.filter((o) => o.evidence === 'custom');
}

/** A date or datetime as the day it falls on (UTC); a datetime where a date is expected is its day. */
function dayCell(text: string): number | null | typeof INVALID {
    if (text === '') return null;
    if (text.length === 10) return parseDay(text) ?? INVALID;
    const instant = parseInstant(text);
    return instant === null ? INVALID : dayOfInstant(instant);
}

/** One cell as the value a custom signal reads, by the field's kind. */
export function customValue(field: EvidenceField, text: string): Value | typeof INVALID {
    switch (field.kind) {
        case 'number':
        case 'currency':
            return parseNumberCell(text);
        case 'date':
        case 'datetime':
            return dayCell(text);
        case 'boolean':
            return parseBooleanCell(text);
        default:
            return text === '' ? null : text;
    }
}

/** The account lookup of a custom object, which every one must have. */
function accountLookup(object: EvidenceObject): EvidenceField {
    const owner = ownerField(object);
    if (owner === null || owner.to !== 'Account')
        throw new OrgDataError(`${object.object}: the evidence table names no lookup to Account`);
    return owner;
}

/** Accounts whose rows are read: all, or an Id range in the org's Id order (a chunk). */
export interface AccountIdRange {
    lo: string;
    hi: string;
}

async function readObject(
    api: OrgApi,
    object: EvidenceObject,
    options: { bulk: boolean; range: AccountIdRange | null },
    add: (accountId: string, record: CustomRecord) => void
): Promise<number> {
    const owner = accountLookup(object);
    const fields = await readableColumns(api, object.object, object.fields.map(columnOf));
    if (fields.length === 0) return 0;
    const byName = new Map(object.fields.map((f) => [f.field.toLowerCase(), f]));
    const read = fields.map((name) => byName.get(name.toLowerCase()) as EvidenceField);
    const idAt = read.findIndex((f) => f.kind === 'id');
    const ownerAt = read.indexOf(owner);
    const link = owner.field;
    const where = [`${link} != null`];
    if (options.range) {
        // The range comes from the org's own Ids; anything else would be a bug, never SOQL.
        if (!SALESFORCE_ID.test(options.range.lo) || !SALESFORCE_ID.test(options.range.hi))
            throw new Error(`not an account Id range: ${options.range.lo}…${options.range.hi}`);
        where.push(`${link} >= '${options.range.lo}'`, `${link} <= '${options.range.hi}'`);
    }
    const soql = `SELECT ${fields.join(', ')} FROM ${object.object} WHERE ${where.join(' AND ')}`;
    let rows = 0;
    const onRow = (cells: string[]): void => {
        rows++;
        const id = cells[idAt] ?? '';
        const values: Record<string, Value> = {};
        for (let i = 0; i < read.length; i++) {
            const field = read[i] as EvidenceField;
            if (i === idAt || i === ownerAt) continue;
            const value = customValue(field, cells[i] ?? '');
            if (value === INVALID)
                throw new OrgDataError(
                    `${object.object} ${id}: field ${field.field}: ${JSON.stringify(cells[i])} is not a ${field.kind}`
                );
            values[field.field] = value;
        }
        const accountId = cells[ownerAt] ?? '';
        add(accountId, { id, accountId, values });
    };
    if (options.bulk) {
        await readBulkQuery(api, soql, onRow);
    } else {
        await api.queryAll<Record<string, unknown>>(soql, (records) => {
            for (const record of records) onRow(fields.map((name) => cellText(record[name])));
        });
    }
    return rows;
}

/**
 * Reads every custom object of `objects` for the accounts of `range` (all when null): one
 * describe and one query (REST pages, or one Bulk job) per object.
 */
export async function readCustomRows(
    api: OrgApi,
    objects: readonly EvidenceObject[],
    options: { bulk: boolean; range: AccountIdRange | null }
): Promise<CustomRows> {
    const byAccount = new Map<string, Record<string, CustomRecord[]>>();
    const counts: Record<string, number> = {};
    const empty = (): Record<string, CustomRecord[]> =>
        Object.fromEntries(objects.map((o) => [o.object, []]));
    for (const object of objects) {
        counts[object.object] = await readObject(api, object, options, (accountId, record) => {
            const key = toId18(accountId);
            let rows = byAccount.get(key);
            if (rows === undefined) byAccount.set(key, (rows = empty()));
            (rows[object.object] as CustomRecord[]).push(record);
        });
    }
    const none = empty();
    return {
        of: (accountId) => byAccount.get(toId18(accountId)) ?? none,
        counts
    };
}
