/**
 * Saving records as an org does for sObject Collections and Bulk API ingest: per-record
 * validation with Salesforce's status codes and wording (REQUIRED_FIELD_MISSING,
 * STRING_TOO_LONG, INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST, NUMBER_OUTSIDE_VALID_RANGE,
 * MALFORMED_ID, INVALID_CROSS_REFERENCE_KEY, DUPLICATE_VALUE …), audit fields set by the
 * platform, upsert by external id, and all-or-none rollback.
 *
 * Reading a request (JSON or CSV) into typed values is separate from saving, because the two
 * APIs differ there: a JSON value of the wrong type fails the whole REST request
 * (JSON_PARSER_ERROR), a CSV cell of the wrong type fails only its row.
 */
import { ApiError, apiErrors, saveError, type SaveError } from './errors';
import { normalizeId } from './ids';
import { reparentingErrors } from './masterDetail';
import { PlatformRules } from './platformRules';
import type { LocalField, LocalObject } from './schema';
import { q, type Store } from './store';
import {
    BAD_VALUE,
    describeJsonValue,
    jsonTypeName,
    storedFromJson,
    storedFromText,
    type Stored
} from './values';

export type SaveOperation = 'insert' | 'update' | 'upsert';

/** One record of a request, read into stored values. */
export interface IncomingRecord {
    object: LocalObject;
    values: Map<LocalField, Stored>;
    /** `Id` given in the record (update, or upsert matched by Id). */
    id: string | undefined;
    /** Problems found while reading the record; it fails with them. */
    errors: SaveError[];
}

export interface SaveResult {
    id?: string;
    success: boolean;
    errors: SaveError[];
    created?: boolean;
}

export interface SaveOptions {
    operation: SaveOperation;
    /** Upsert key field (an external id or unique field, or Id). */
    externalIdField?: LocalField;
    allOrNone: boolean;
    /** Positions of records that fail with UNABLE_TO_LOCK_ROW (fault injection). */
    lockFailures?: ReadonlySet<number>;
    /** Clock of the audit fields. */
    now: Date;
}

const ROLLED_BACK = saveError(
    'ALL_OR_NONE_OPERATION_ROLLED_BACK',
    'Record rolled back because not all records were valid and the request was using AllOrNone header'
);

// ---------------------------------------------------------------------------------------------
// Reading requests

/**
 * A JSON record of a REST request. Unknown fields and values of the wrong type fail the
 * whole request, as Salesforce's deserializer does.
 */
export function recordFromJson(object: LocalObject, json: unknown): IncomingRecord {
    if (typeof json !== 'object' || json === null || Array.isArray(json))
        throw apiErrors.jsonParser(
            `Cannot deserialize instance of ${object.name} from ${describeJsonValue(json)}`
        );
    const record: IncomingRecord = { object, values: new Map(), id: undefined, errors: [] };
    for (const [key, value] of Object.entries(json)) {
        if (key === 'attributes') continue;
        const field = object.field(key);
        if (field === undefined) throw apiErrors.noSuchColumnOnSobject(key, object.name);
        if (field.kind === 'id') {
            if (value !== null && typeof value !== 'string')
                throw apiErrors.jsonParser(
                    `Cannot deserialize instance of id from ${describeJsonValue(value)}`
                );
            record.id = value ?? undefined;
            continue;
        }
        const stored = storedFromJson(field.kind, value);
        if (stored === BAD_VALUE)
            throw apiErrors.jsonParser(
                `Cannot deserialize instance of ${jsonTypeName(field.kind)} from ${describeJsonValue(value)} or request may be missing a required field`
            );
        // Whether the field may be written depends on the operation and the user's permissions:
        // the writer decides (see platformRules.ts).
        record.values.set(field, stored);
    }
    return record;
}

/** Bulk API's "set this field to null" cell. */
export const CSV_NULL = '#N/A';

/**
 * One CSV row of a Bulk ingest job. An empty cell leaves the field unchanged (nothing on
 * insert); `#N/A` sets it to null; a cell of the wrong type fails the row.
 */
export function recordFromCsv(object: LocalObject, fields: LocalField[], cells: string[]): IncomingRecord {
    const record: IncomingRecord = { object, values: new Map(), id: undefined, errors: [] };
    fields.forEach((field, i) => {
        const cell = cells[i] ?? '';
        if (cell === '') return;
        if (field.kind === 'id') {
            record.id = cell;
            return;
        }
        const stored = cell === CSV_NULL ? null : storedFromText(field.kind, cell);
        if (stored === BAD_VALUE) {
            record.errors.push(
                saveError(
                    'INVALID_TYPE_ON_FIELD_IN_RECORD',
                    `${field.spec.label}: value not of required type: ${cell}`,
                    [field.name]
                )
            );
        } else record.values.set(field, stored);
    });
    return record;
}

// ---------------------------------------------------------------------------------------------
// Saving

class Rollback extends Error {}

export class RecordWriter {
    constructor(
        private readonly store: Store,
        /** What the platform refuses or derives on API writes (describe reads it too). */
        readonly rules: PlatformRules = new PlatformRules({ auditFields: false })
    ) {}

    /** Saves records in order; one result per record, in the same order. */
    save(records: IncomingRecord[], options: SaveOptions): SaveResult[] {
        const results: SaveResult[] = [];
        const duplicateKeys =
            options.operation === 'upsert' ? this.duplicateKeys(records, options) : new Set<number>();
        const run = this.store.db.transaction(() => {
            records.forEach((record, index) => {
                results.push(this.saveOne(record, index, options, duplicateKeys));
            });
            if (options.allOrNone && results.some((r) => !r.success)) throw new Rollback();
        });
        try {
            run();
        } catch (error) {
            if (!(error instanceof Rollback)) throw error;
            return results.map((r) =>
                r.success
                    ? {
                          ...(options.operation === 'insert' || r.created === true ? {} : { id: r.id }),
                          success: false,
                          errors: [ROLLED_BACK]
                      }
                    : r
            );
        }
        return results;
    }

    /** Upsert keys given more than once in one request: all those records fail. */
    private duplicateKeys(records: IncomingRecord[], options: SaveOptions): Set<number> {
        const field = options.externalIdField;
        const failed = new Set<number>();
        if (field === undefined || field.kind === 'id') return failed;
        const caseSensitive = field.spec.unique && field.spec.caseSensitive === true;
        const seen = new Map<string, number>();
        records.forEach((record, index) => {
            const value = record.values.get(field);
            if (value === null || value === undefined) return;
            const key = caseSensitive ? String(value) : String(value).toLowerCase();
            const first = seen.get(key);
            if (first === undefined) seen.set(key, index);
            else failed.add(first).add(index);
        });
        return failed;
    }

    private saveOne(
        record: IncomingRecord,
        index: number,
        options: SaveOptions,
        duplicateKeys: Set<number>
    ): SaveResult {
        const { object } = record;
        const { operation } = options;
        const upsert = operation === 'upsert';
        const fail = (errors: SaveError[], id?: string): SaveResult => ({
            ...(id === undefined ? {} : { id }),
            success: false,
            errors,
            ...(upsert ? { created: false } : {})
        });
        if (record.errors.length > 0) return fail(record.errors);

        // Which record is written: a new one, the one with this Id, or the one with this key.
        let targetId: string | undefined;
        if (operation === 'insert') {
            if (record.id !== undefined)
                return fail([
                    saveError('INVALID_FIELD_FOR_INSERT_UPDATE', 'cannot specify Id in an insert call', [
                        'Id'
                    ])
                ]);
        } else if (operation === 'update' || options.externalIdField?.kind === 'id') {
            if (record.id === undefined)
                return fail([saveError('MISSING_ARGUMENT', 'Id not specified in an update call')]);
            const found = this.findById(object, record.id);
            if (typeof found !== 'string') return fail([found], record.id);
            targetId = found;
        } else {
            const field = options.externalIdField as LocalField;
            const key = record.values.get(field);
            if (key === null || key === undefined)
                return fail([saveError('MISSING_ARGUMENT', `${field.name} not specified`, [field.name])]);
            if (duplicateKeys.has(index))
                return fail([
                    saveError('DUPLICATE_VALUE', `Duplicate external id specified: ${String(key)}`, [
                        field.name
                    ])
                ]);
            const matches = this.store
                .prepare(`SELECT Id FROM ${q(object.name)} WHERE ${q(field.name)} = ? LIMIT 2`)
                .pluck()
                .all(key) as string[];
            if (matches.length > 1)
                return fail([
                    saveError(
                        'DUPLICATE_EXTERNAL_ID',
                        `${field.spec.label}: more than one record found for external id field: [${matches.join(', ')}]`,
                        [field.name]
                    )
                ]);
            targetId = matches[0];
        }
        const refused = this.rules.check(object, operation, targetId === undefined, record.values);
        if (refused.length > 0) return fail(refused, targetId);
        if (options.lockFailures?.has(index))
            return fail(
                [
                    saveError(
                        'UNABLE_TO_LOCK_ROW',
                        `unable to obtain exclusive access to this record or 1 records: ${targetId ?? ''}`
                    )
                ],
                targetId
            );

        const errors = this.validateValues(record.values);
        const existing = targetId === undefined ? undefined : this.currentRow(object, targetId);
        const missing = object.fields.filter((field) => {
            if (!field.spec.required || field.readOnly) return false;
            const given = record.values.get(field);
            if (given !== undefined) return given === null;
            if (existing !== undefined) return existing[field.name] === null;
            return defaultValue(field) === null;
        });
        if (missing.length > 0)
            errors.unshift(
                saveError(
                    'REQUIRED_FIELD_MISSING',
                    `Required fields are missing: [${missing.map((f) => f.name).join(', ')}]`,
                    missing.map((f) => f.name)
                )
            );
        errors.push(...reparentingErrors(object, record.values, existing));
        if (errors.length === 0) errors.push(...this.uniqueViolations(object, record.values, targetId));
        if (errors.length > 0) return fail(errors, targetId);

        const stamp = options.now.toISOString();
        this.rules.derive(object, record.values, existing, stamp);
        if (targetId === undefined) {
            const id = this.insert(object, record.values, stamp);
            return { id, success: true, errors: [], ...(upsert ? { created: true } : {}) };
        }
        this.update(object, targetId, record.values, stamp);
        return { id: targetId, success: true, errors: [], ...(upsert ? { created: false } : {}) };
    }

    /** The record's 18-character Id, or the error an org gives for a bad or unknown one. */
    private findById(object: LocalObject, given: string): string | SaveError {
        const id = normalizeId(given);
        if (id === null || id.slice(0, 3) !== this.store.keyPrefix(object.name))
            return saveError('MALFORMED_ID', `${object.label} ID: id value of incorrect type: ${given}`, [
                'Id'
            ]);
        const exists = this.store.prepare(`SELECT 1 FROM ${q(object.name)} WHERE Id = ?`).get(id);
        return exists === undefined ? saveError('ENTITY_IS_DELETED', 'entity is deleted') : id;
    }

    private currentRow(object: LocalObject, id: string): Record<string, unknown> | undefined {
        return this.store.prepare(`SELECT * FROM ${q(object.name)} WHERE Id = ?`).get(id) as
            Record<string, unknown> | undefined;
    }

    private validateValues(values: Map<LocalField, Stored>): SaveError[] {
        const errors: SaveError[] = [];
        for (const [field, value] of values) {
            if (value === null) continue;
            const spec = field.spec;
            const label = spec.label;
            if (field.kind === 'text') {
                const text = String(value);
                const max = spec.length ?? (spec.type === 'Picklist' ? 255 : undefined);
                if (max !== undefined && text.length > max)
                    errors.push(
                        saveError(
                            'STRING_TOO_LONG',
                            `${label}: data value too large: ${text} (max length=${max})`,
                            [field.name]
                        )
                    );
                if (
                    spec.type === 'Picklist' &&
                    spec.restrictedPicklist === true &&
                    !(spec.picklistValues ?? []).includes(text)
                )
                    errors.push(
                        saveError(
                            'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
                            `${label}: bad value for restricted picklist field: ${text}`,
                            [field.name]
                        )
                    );
            } else if (field.kind === 'number') {
                const scale = spec.scale ?? 0;
                const rounded = Math.round((value as number) * 10 ** scale) / 10 ** scale;
                values.set(field, rounded);
                const integerDigits = (spec.precision ?? 18) - scale;
                if (Math.abs(rounded) >= 10 ** integerDigits)
                    errors.push(
                        saveError(
                            'NUMBER_OUTSIDE_VALID_RANGE',
                            `${label}: value outside of valid range on numeric field: ${String(value)}`,
                            [field.name]
                        )
                    );
            } else if (field.kind === 'reference') {
                const error = this.checkReference(field, String(value));
                if (typeof error === 'string') values.set(field, error);
                else errors.push(error);
            }
        }
        return errors;
    }

    /** The normalised id of an existing parent, or the error for a bad reference. */
    private checkReference(field: LocalField, given: string): string | SaveError {
        const label = field.spec.label;
        const id = normalizeId(given);
        if (id === null)
            return saveError('MALFORMED_ID', `${label}: id value of incorrect type: ${given}`, [field.name]);
        const target =
            field.spec.referenceTo === undefined
                ? undefined
                : this.store.schema.object(field.spec.referenceTo);
        if (target === undefined || id.slice(0, 3) !== this.store.keyPrefix(target.name))
            return saveError('FIELD_INTEGRITY_EXCEPTION', `${label}: id value of incorrect type: ${given}`, [
                field.name
            ]);
        const exists = this.store.prepare(`SELECT 1 FROM ${q(target.name)} WHERE Id = ?`).get(id);
        if (exists === undefined)
            return saveError('INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id', [field.name]);
        return id;
    }

    private uniqueViolations(
        object: LocalObject,
        values: Map<LocalField, Stored>,
        selfId: string | undefined
    ): SaveError[] {
        const errors: SaveError[] = [];
        for (const [field, value] of values) {
            if (!field.spec.unique || value === null) continue;
            const other = this.store
                .prepare(
                    `SELECT Id FROM ${q(object.name)} WHERE ${q(field.name)} = ? AND Id IS NOT ? LIMIT 1`
                )
                .pluck()
                .get(value, selfId ?? null) as string | undefined;
            if (other !== undefined)
                errors.push(
                    saveError(
                        'DUPLICATE_VALUE',
                        `duplicate value found: ${field.name} duplicates value on record with id: ${other.slice(0, 15)}`
                    )
                );
        }
        return errors;
    }

    private insert(object: LocalObject, values: Map<LocalField, Stored>, stamp: string): string {
        const row = new Map<string, Stored>();
        for (const field of object.fields) {
            const fallback = defaultValue(field);
            if (fallback !== null) row.set(field.name, fallback);
        }
        for (const [field, value] of values) row.set(field.name, value);
        const id = this.store.newId(object.name);
        row.set('Id', id);
        const has = (name: string): boolean => object.field(name) !== undefined;
        if (has('OwnerId') && row.get('OwnerId') === undefined) row.set('OwnerId', this.store.userId);
        // Audit fields given on insert (allowed by the platform rules) are kept.
        for (const name of ['CreatedDate', 'LastModifiedDate'])
            if (has(name) && row.get(name) === undefined) row.set(name, stamp);
        if (has('SystemModstamp')) row.set('SystemModstamp', stamp);
        for (const name of ['CreatedById', 'LastModifiedById'])
            if (has(name) && row.get(name) === undefined) row.set(name, this.store.userId);
        const nameField = object.field('Name');
        if (nameField?.spec.type === 'AutoNumber') row.set('Name', this.store.newAutoNumber(object));
        const columns = [...row.keys()];
        this.store
            .prepare(
                `INSERT INTO ${q(object.name)} (${columns.map(q).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`
            )
            .run(...row.values());
        return id;
    }

    private update(object: LocalObject, id: string, values: Map<LocalField, Stored>, stamp: string): void {
        const row = new Map<string, Stored>();
        for (const [field, value] of values) row.set(field.name, value);
        for (const name of ['LastModifiedDate', 'SystemModstamp'])
            if (object.field(name)) row.set(name, stamp);
        if (object.field('LastModifiedById')) row.set('LastModifiedById', this.store.userId);
        const columns = [...row.keys()];
        this.store
            .prepare(
                `UPDATE ${q(object.name)} SET ${columns.map((c) => `${q(c)} = ?`).join(', ')} WHERE Id = ?`
            )
            .run(...row.values(), id);
    }
}

/** The value a new record gets when none is given (checkbox false, a picklist's default). */
function defaultValue(field: LocalField): Stored {
    const value = field.spec.defaultValue;
    if (field.kind === 'boolean') return value === true ? 1 : 0;
    return typeof value === 'string' ? value : null;
}

/** The field an upsert matches on, as named in the URL; refuses fields that are not keys. */
export function upsertKeyField(object: LocalObject, name: string): LocalField {
    const field = object.field(name);
    if (field === undefined) throw apiErrors.noSuchColumnOnSobject(name, object.name);
    if (field.kind !== 'id' && !field.spec.externalId && !field.spec.unique)
        throw new ApiError(
            400,
            'INVALID_FIELD',
            `Field ${field.name} is not an External ID or indexed field for ${object.name}`
        );
    return field;
}
