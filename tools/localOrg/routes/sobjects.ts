/**
 * Record writes and reads: sObject Collections (`POST`/`PATCH /composite/sobjects`, upsert
 * `PATCH /composite/sobjects/{type}/{externalIdField}`; at most 200 records, results in
 * request order, `allOrNone`), and the single-record resources jsforce uses for one record
 * (`POST /sobjects/{type}`, `GET`/`PATCH /sobjects/{type}/{id}`, upsert
 * `PATCH /sobjects/{type}/{field}/{value}`).
 */
import { json, jsonObject, type Org, type Reply, type RequestContext, type Route } from '../context';
import { ApiError, apiErrors } from '../errors';
import { normalizeId } from '../ids';
import type { LocalField, LocalObject } from '../schema';
import { q } from '../store';
import {
    recordFromJson,
    upsertKeyField,
    type IncomingRecord,
    type SaveOperation,
    type SaveResult
} from '../writes';

const MAX_RECORDS = 200;

function objectNamed(org: Org, name: string | undefined): LocalObject {
    const object = org.store.schema.object(name ?? '');
    if (object === undefined) throw apiErrors.unknownObjectInUrl(name ?? '');
    return object;
}

function typeOf(record: unknown): string | undefined {
    if (typeof record !== 'object' || record === null) return undefined;
    const attributes = (record as { attributes?: unknown }).attributes;
    if (typeof attributes !== 'object' || attributes === null) return undefined;
    const type = (attributes as { type?: unknown }).type;
    return typeof type === 'string' ? type : undefined;
}

function collectionBody(request: RequestContext): { allOrNone: boolean; records: unknown[] } {
    const body = jsonObject(request);
    if (!Array.isArray(body.records)) throw apiErrors.jsonParser('The request body needs a records array');
    if (body.records.length > MAX_RECORDS) throw apiErrors.tooManyRecords();
    if (body.allOrNone !== undefined && typeof body.allOrNone !== 'boolean')
        throw apiErrors.jsonParser(
            `Cannot deserialize instance of boolean from ${JSON.stringify(body.allOrNone)}`
        );
    return { allOrNone: body.allOrNone === true, records: body.records };
}

function save(
    org: Org,
    request: RequestContext,
    records: IncomingRecord[],
    operation: SaveOperation,
    allOrNone: boolean,
    externalIdField?: LocalField
): SaveResult[] {
    const lockFailures = new Set<number>();
    records.forEach((_record, i) => {
        if (request.fault.locksRecord(i, records.length)) lockFailures.add(i);
    });
    return org.writer.save(records, {
        operation,
        allOrNone,
        lockFailures,
        now: org.now(),
        ...(externalIdField === undefined ? {} : { externalIdField })
    });
}

/** `POST /composite/sobjects` (create) and `PATCH /composite/sobjects` (update). */
function collection(operation: 'insert' | 'update') {
    return (org: Org, request: RequestContext): Reply => {
        const { allOrNone, records } = collectionBody(request);
        const incoming = records.map((record) => {
            const type = typeOf(record);
            if (type === undefined)
                throw new ApiError(400, 'INVALID_TYPE', 'Must send a concrete entity type.');
            const object = org.store.schema.object(type);
            if (object === undefined) throw apiErrors.unknownObject(type);
            return recordFromJson(object, record);
        });
        return json(200, save(org, request, incoming, operation, allOrNone));
    };
}

/** `PATCH /composite/sobjects/{type}/{externalIdField}`. */
function collectionUpsert(org: Org, request: RequestContext): Reply {
    const object = objectNamed(org, request.params[0]);
    const keyField = upsertKeyField(object, request.params[1] ?? '');
    const { allOrNone, records } = collectionBody(request);
    const incoming = records.map((record) => {
        const type = typeOf(record);
        if (type !== undefined && type.toLowerCase() !== object.name.toLowerCase())
            throw new ApiError(400, 'INVALID_TYPE', `Records must be of type ${object.name}, not ${type}`);
        return recordFromJson(object, record);
    });
    return json(200, save(org, request, incoming, 'upsert', allOrNone, keyField));
}

/** A single-record failure: the REST API answers 400 with the record's errors. */
function singleFailure(result: SaveResult): Reply {
    return json(
        400,
        result.errors.map((e) => ({ message: e.message, errorCode: e.statusCode, fields: e.fields }))
    );
}

function createOne(org: Org, request: RequestContext): Reply {
    const object = objectNamed(org, request.params[0]);
    const [result] = save(org, request, [recordFromJson(object, jsonObject(request))], 'insert', true);
    if (result === undefined || !result.success) return singleFailure(result as SaveResult);
    return json(201, { id: result.id, success: true, errors: [] });
}

function updateOne(org: Org, request: RequestContext): Reply {
    const object = objectNamed(org, request.params[0]);
    const record = recordFromJson(object, jsonObject(request));
    record.id = request.params[1];
    const [result] = save(org, request, [record], 'update', true);
    if (result === undefined || !result.success) return singleFailure(result as SaveResult);
    return { status: 204 };
}

function upsertOne(org: Org, request: RequestContext): Reply {
    const object = objectNamed(org, request.params[0]);
    const keyField = upsertKeyField(object, request.params[1] ?? '');
    const record = recordFromJson(object, jsonObject(request));
    const key = request.params[2] ?? '';
    if (keyField.kind === 'id') record.id = key;
    else record.values.set(keyField, key);
    const [result] = save(org, request, [record], 'upsert', true, keyField);
    if (result === undefined || !result.success) return singleFailure(result as SaveResult);
    return json(result.created === true ? 201 : 200, {
        id: result.id,
        success: true,
        errors: [],
        created: result.created === true
    });
}

/** `GET /sobjects/{type}/{id}[?fields=]` and `GET /sobjects/{type}/{field}/{value}`. */
function readOne(org: Org, request: RequestContext): Reply {
    const object = objectNamed(org, request.params[0]);
    let id: string | undefined;
    if (request.params.length === 3) {
        const keyField = upsertKeyField(object, request.params[1] ?? '');
        id = org.store
            .prepare(`SELECT Id FROM ${q(object.name)} WHERE ${q(keyField.name)} = ?`)
            .pluck()
            .get(request.params[2]) as string | undefined;
    } else {
        id = normalizeId(request.params[1] ?? '') ?? undefined;
    }
    if (id === undefined) throw apiErrors.notFound();
    const requested = request.query.get('fields');
    const fields =
        requested === null ? object.fields.map((f) => f.name) : requested.split(',').map((f) => f.trim());
    const result = org.engine.query(
        `SELECT ${fields.join(', ')} FROM ${object.name} WHERE Id = '${id}'`,
        request.base,
        1
    );
    const record = result.records[0];
    if (record === undefined) throw apiErrors.notFound();
    return json(200, record);
}

export const sobjectRoutes: Route[] = [
    { method: 'POST', pattern: /^\/composite\/sobjects\/?$/, handler: collection('insert'), saves: true },
    { method: 'PATCH', pattern: /^\/composite\/sobjects\/?$/, handler: collection('update'), saves: true },
    {
        method: 'PATCH',
        pattern: /^\/composite\/sobjects\/([^/]+)\/([^/]+)\/?$/,
        handler: collectionUpsert,
        saves: true
    },
    { method: 'POST', pattern: /^\/sobjects\/([^/]+)\/?$/, handler: createOne, saves: true },
    { method: 'GET', pattern: /^\/sobjects\/([^/]+)\/([^/]+)\/?$/, handler: readOne },
    { method: 'PATCH', pattern: /^\/sobjects\/([^/]+)\/([^/]+)\/?$/, handler: updateOne, saves: true },
    { method: 'GET', pattern: /^\/sobjects\/([^/]+)\/([^/]+)\/([^/]+)\/?$/, handler: readOne },
    {
        method: 'PATCH',
        pattern: /^\/sobjects\/([^/]+)\/([^/]+)\/([^/]+)\/?$/,
        handler: upsertOne,
        saves: true
    }
];
