/**
 * The custom objects a model's custom signals read (the `custom` rows of its evidence field
 * table), read from an org like the other evidence: one SOQL query per object (REST pages, or
 * one Bulk API 2.0 job), only rows that name an account, grouped by account (a large org's
 * routed into its chunks' files first, like the other evidence) and read as `CustomRecord`s
 * whose dates (and datetimes) are whole UTC days.
 *
 * Values go through their text form, as a CSV export or a Bulk job would give them, so a REST
 * run and a Bulk run give the same evidence.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { dayOfInstant, parseDay, parseInstant } from '../../engine/dates';
import type { CustomRecord } from '../../engine/evidence';
import { ownerField, type EvidenceField, type EvidenceObject } from '../../records/evidenceFields';
import { toId18 } from '../../records/salesforceId';
import { openCsvFile } from '../exports/csvFile';
import { columnOf } from '../exports/exportSchema';
import { parseBooleanCell, parseNumberCell, INVALID } from '../exports/values';
import { readBulkQuery } from './bulk';
import { OrgDataError } from './errors';
import type { OrgApi } from './orgApi';
import { cellText, readableColumns } from './orgSource';

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

/** Turns one object's rows (cells in `fields` order) into records, naming a bad cell. */
export function customRowReader(
    object: EvidenceObject,
    fields: readonly string[]
): (cells: readonly string[]) => { accountId: string; record: CustomRecord } {
    const owner = accountLookup(object);
    const byName = new Map(object.fields.map((f) => [f.field.toLowerCase(), f]));
    const read = fields.map((name) => byName.get(name.toLowerCase()));
    const idAt = read.findIndex((f) => f?.kind === 'id');
    const ownerAt = read.indexOf(owner);
    return (cells) => {
        const id = cells[idAt] ?? '';
        const values: Record<string, Value> = {};
        for (let i = 0; i < read.length; i++) {
            const field = read[i];
            if (field === undefined || i === idAt || i === ownerAt) continue;
            const value = customValue(field, cells[i] ?? '');
            if (value === INVALID)
                throw new OrgDataError(
                    `${object.object} ${id}: field ${field.field}: ${JSON.stringify(cells[i])} is not a ${field.kind}`
                );
            values[field.field] = value;
        }
        const accountId = cells[ownerAt] ?? '';
        return { accountId, record: { id, accountId, values } };
    };
}

/**
 * The query that reads a custom object: the table's fields this user can read (none when the
 * org has no such object), of rows that name an account; `link` is the account lookup.
 */
export async function customQuery(
    api: OrgApi,
    object: EvidenceObject
): Promise<{ soql: string; fields: string[]; link: string } | null> {
    const link = accountLookup(object).field;
    const fields = await readableColumns(api, object.object, object.fields.map(columnOf));
    if (fields.length === 0) return null;
    return { soql: `SELECT ${fields.join(', ')} FROM ${object.object} WHERE ${link} != null`, fields, link };
}

/** Every row of a query as text cells, REST pages or one Bulk job. */
export async function eachCustomRow(
    api: OrgApi,
    query: { soql: string; fields: readonly string[] },
    bulk: boolean,
    onRow: (cells: string[]) => void | Promise<void>
): Promise<void> {
    if (bulk) {
        await readBulkQuery(api, query.soql, onRow);
        return;
    }
    await api.queryAll<Record<string, unknown>>(query.soql, async (records) => {
        for (const record of records) await onRow(query.fields.map((name) => cellText(record[name])));
    });
}

/** Collects rows by account; every object is present in what an account gets. */
class RowsByAccount implements CustomRows {
    private readonly byAccount = new Map<string, Record<string, CustomRecord[]>>();
    private readonly none: Record<string, CustomRecord[]>;
    readonly counts: Record<string, number> = {};

    constructor(private readonly objects: readonly EvidenceObject[]) {
        this.none = this.empty();
        for (const o of objects) this.counts[o.object] = 0;
    }

    private empty(): Record<string, CustomRecord[]> {
        return Object.fromEntries(this.objects.map((o) => [o.object, []]));
    }

    add(object: string, accountId: string, record: CustomRecord): void {
        const key = toId18(accountId);
        let rows = this.byAccount.get(key);
        if (rows === undefined) this.byAccount.set(key, (rows = this.empty()));
        (rows[object] as CustomRecord[]).push(record);
        this.counts[object] = (this.counts[object] ?? 0) + 1;
    }

    of(accountId: string): Record<string, readonly CustomRecord[]> {
        return this.byAccount.get(toId18(accountId)) ?? this.none;
    }
}

/** Reads every custom object of `objects` from the org: one describe and one query (REST pages, or one Bulk job) each. */
export async function readCustomRows(
    api: OrgApi,
    objects: readonly EvidenceObject[],
    options: { bulk: boolean }
): Promise<CustomRows> {
    const rows = new RowsByAccount(objects);
    for (const object of objects) {
        const query = await customQuery(api, object);
        if (query === null) continue;
        const read = customRowReader(object, query.fields);
        await eachCustomRow(api, query, options.bulk, (cells) => {
            const { accountId, record } = read(cells);
            rows.add(object.object, accountId, record);
        });
    }
    return rows;
}

/**
 * Reads the custom objects' files of a chunk extracted to disk (chunkedExtract.ts): each
 * `<Object>.csv` holds the rows of the chunk's accounts, as the org gave them.
 */
export async function readCustomFiles(
    folder: string,
    objects: readonly EvidenceObject[]
): Promise<CustomRows> {
    const rows = new RowsByAccount(objects);
    for (const object of objects) {
        const file = path.join(folder, `${object.object}.csv`);
        if (!existsSync(file)) continue;
        let read: ReturnType<typeof customRowReader> | null = null;
        const parser = openCsvFile(file, `${object.object}.csv`, { bom: true, skip_empty_lines: true });
        for await (const cells of parser as AsyncIterable<string[]>) {
            if (read === null) {
                read = customRowReader(object, cells);
                continue;
            }
            const { accountId, record } = read(cells);
            rows.add(object.object, accountId, record);
        }
    }
    return rows;
}
