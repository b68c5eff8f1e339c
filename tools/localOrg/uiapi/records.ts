/**
 * UI API records, as `lightning/uiRecordApi` calls them: `POST /ui-api/records`
 * `{ apiName, fields }` (createRecord) → 201, `PATCH /ui-api/records/{id}` `{ fields }`
 * (updateRecord) → 200, and `GET /ui-api/records/{id}?fields=Obj.Field,Obj.Parent__r.Name
 * &optionalFields=…` (getRecord), each answering a record representation
 * `{ apiName, id, fields: { X: { value, displayValue } }, … }`.
 *
 * Writes go through the same reader and writer as the REST API's (`recordFromJson`,
 * `RecordWriter`), so both refuse the same records with the same codes. Whole-request
 * problems (unknown object or field, JSON of the wrong type) answer as the REST API does,
 * `[{ errorCode, message }]`; a record the org refuses answers 400 with the UI API's
 * "Error with Output": `{ enhancedErrorType: 'RecordError', message, output: { errors,
 * fieldErrors } }`, errors naming fields under `fieldErrors`, the others under `errors`.
 * Unverified: the exact top-level `message` Salesforce sends with a RecordError, and whether
 * it answers an unknown field in `fields` with a RecordError rather than an error array.
 */
import { createHash } from 'node:crypto';
import { json, jsonObject, type Org, type Reply, type RequestContext, type Route } from '../context';
import { ApiError, apiErrors, type SaveError } from '../errors';
import { normalizeId } from '../ids';
import type { LocalField, LocalObject } from '../schema';
import { q } from '../store';
import { recordFromJson, type IncomingRecord, type SaveOperation, type SaveResult } from '../writes';
import type { Row } from './connections';
import { uiDisplayValue, uiValue } from './fieldValues';
import { MASTER_RECORD_TYPE_ID } from './objectInfo';

/** Which fields a representation holds: fields of the object, and parents with theirs. */
interface Selection {
    fields: LocalField[];
    parents: Map<string, { via: LocalField; target: LocalObject; selection: Selection }>;
}

const emptySelection = (): Selection => ({ fields: [], parents: new Map() });

const allFields = (object: LocalObject): Selection => ({ fields: [...object.fields], parents: new Map() });

function readRow(org: Org, object: LocalObject, id: string): Row | undefined {
    return org.store.prepare(`SELECT * FROM ${q(object.name)} WHERE Id = ?`).get(id) as Row | undefined;
}

function representation(
    org: Org,
    object: LocalObject,
    row: Row,
    selection: Selection
): Record<string, unknown> {
    const fields: Record<string, unknown> = {};
    for (const field of selection.fields)
        fields[field.name] = {
            displayValue: uiDisplayValue(field, row[field.name]),
            value: uiValue(field, row[field.name])
        };
    for (const [name, parent] of selection.parents) {
        const parentId = row[parent.via.name];
        const parentRow = typeof parentId === 'string' ? readRow(org, parent.target, parentId) : undefined;
        fields[name] =
            parentRow === undefined
                ? { displayValue: null, value: null }
                : {
                      displayValue: parentRow.Name ?? null,
                      value: representation(org, parent.target, parentRow, parent.selection)
                  };
    }
    const body = {
        apiName: object.name,
        childRelationships: {},
        fields,
        id: row.Id,
        lastModifiedById: row.LastModifiedById ?? null,
        lastModifiedDate: row.LastModifiedDate ?? null,
        recordTypeId: MASTER_RECORD_TYPE_ID,
        recordTypeInfo: null,
        systemModstamp: row.SystemModstamp ?? null,
        weakEtag: Date.parse(String(row.SystemModstamp ?? '')) || 0
    };
    return { ...body, eTag: createHash('md5').update(JSON.stringify(body)).digest('hex') };
}

/**
 * Adds `Obj.Field` or `Obj.Parent__r.Field` to a selection; false when the path names nothing
 * on this object (a required field then fails the request, an optional one is left out).
 */
function select(org: Org, object: LocalObject, selection: Selection, path: string[]): boolean {
    if (path.length === 1) {
        const field = object.field(path[0] as string);
        if (field === undefined) return false;
        if (!selection.fields.includes(field)) selection.fields.push(field);
        return true;
    }
    const via = object.relationship(path[0] as string);
    const target =
        via?.spec.referenceTo === undefined ? undefined : org.store.schema.object(via.spec.referenceTo);
    if (via === undefined || target === undefined) return false;
    const name = via.spec.relationshipName as string;
    let parent = selection.parents.get(name);
    if (parent === undefined)
        selection.parents.set(name, (parent = { via, target, selection: emptySelection() }));
    // A related record carries its Id, as Salesforce's nested representations do.
    select(org, target, parent.selection, ['Id']);
    return select(org, target, parent.selection, path.slice(1));
}

function selectionOf(org: Org, object: LocalObject, request: RequestContext): Selection {
    const required = request.query.get('fields');
    const optional = request.query.get('optionalFields');
    if (required === null && optional === null) return allFields(object);
    const selection = emptySelection();
    const add = (list: string | null, mandatory: boolean) => {
        for (const name of (list ?? '')
            .split(',')
            .map((s) => s.trim())
            .filter((s) => s !== '')) {
            const [objectName, ...path] = name.split('.');
            const ours = objectName?.toLowerCase() === object.name.toLowerCase() && path.length > 0;
            if ((!ours || !select(org, object, selection, path)) && mandatory)
                throw apiErrors.invalidField(`Invalid field ${name} for ${object.name}`);
        }
    };
    add(required, true);
    add(optional, false);
    return selection;
}

function recordError(object: LocalObject, errors: SaveError[]): Reply {
    const output: { errors: unknown[]; fieldErrors: Record<string, unknown[]> } = {
        errors: [],
        fieldErrors: {}
    };
    const entry = (error: SaveError, field: string | null) => ({
        constituentField: null,
        duplicateRecordError: null,
        errorCode: error.statusCode,
        field,
        fieldLabel: field === null ? null : (object.field(field)?.spec.label ?? null),
        message: error.message
    });
    for (const error of errors) {
        if (error.fields.length === 0) output.errors.push(entry(error, null));
        for (const field of error.fields) (output.fieldErrors[field] ??= []).push(entry(error, field));
    }
    return json(400, {
        enhancedErrorType: 'RecordError',
        message: 'An error occurred while trying to update the record. Please try again.',
        output
    });
}

function saveOne(
    org: Org,
    request: RequestContext,
    record: IncomingRecord,
    operation: SaveOperation
): SaveResult {
    const [result] = org.writer.save([record], {
        operation,
        allOrNone: true,
        lockFailures: request.fault.locksRecord(0, 1) ? new Set([0]) : new Set(),
        now: org.now()
    });
    return result as SaveResult;
}

function fieldsOf(body: Record<string, unknown>): Record<string, unknown> {
    const fields = body.fields ?? {};
    if (typeof fields !== 'object' || fields === null || Array.isArray(fields))
        throw apiErrors.jsonParser('fields must be a JSON object of field API names and values');
    return fields as Record<string, unknown>;
}

function saved(org: Org, object: LocalObject, result: SaveResult, status: number): Reply {
    if (!result.success || result.id === undefined) return recordError(object, result.errors);
    const row = readRow(org, object, result.id) as Row;
    return json(status, representation(org, object, row, allFields(object)));
}

function createRecord(org: Org, request: RequestContext): Reply {
    const body = jsonObject(request);
    if (typeof body.apiName !== 'string') throw apiErrors.jsonParser('The request body needs an apiName');
    const object = org.store.schema.object(body.apiName);
    if (object === undefined) throw apiErrors.unknownObject(body.apiName);
    const record = recordFromJson(object, fieldsOf(body));
    return saved(org, object, saveOne(org, request, record, 'insert'), 201);
}

/** The record's object and 18-character id, from the id's key prefix. */
function recordOf(org: Org, given: string | undefined): { object: LocalObject; id: string } {
    const id = normalizeId(given ?? '');
    const object = id === null ? undefined : org.store.objectOfId(id);
    if (id === null || object === undefined) throw apiErrors.notFound();
    return { object, id };
}

function updateRecord(org: Org, request: RequestContext): Reply {
    const { object, id } = recordOf(org, request.params[0]);
    const record = recordFromJson(object, fieldsOf(jsonObject(request)));
    if (record.id !== undefined && normalizeId(record.id) !== id)
        throw new ApiError(
            400,
            'INVALID_FIELD',
            `The Id in fields (${record.id}) is not the record's id (${id})`
        );
    record.id = id;
    return saved(org, object, saveOne(org, request, record, 'update'), 200);
}

function getRecord(org: Org, request: RequestContext): Reply {
    const { object, id } = recordOf(org, request.params[0]);
    const selection = selectionOf(org, object, request);
    const row = readRow(org, object, id);
    if (row === undefined) throw apiErrors.notFound();
    return json(200, representation(org, object, row, selection));
}

export const recordRoutes: Route[] = [
    { method: 'POST', pattern: /^\/ui-api\/records\/?$/, handler: createRecord, saves: true },
    { method: 'GET', pattern: /^\/ui-api\/records\/([^/]+)\/?$/, handler: getRecord },
    { method: 'PATCH', pattern: /^\/ui-api\/records\/([^/]+)\/?$/, handler: updateRecord, saves: true }
];
