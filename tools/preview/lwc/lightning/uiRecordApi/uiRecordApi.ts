/**
 * `lightning/uiRecordApi` for the preview, answered by the local org's UI API
 * (`/ui-api/records`) through the preview's proxy: `createRecord`, `updateRecord`,
 * `deleteRecord`, the `getRecord` and `getRecords` wires, `getFieldValue`, `getFieldDisplayValue` and
 * `notifyRecordUpdateAvailable`.
 *
 * As Lightning Data Service does, a write refreshes the `getRecord` wires showing that record,
 * and `notifyRecordUpdateAvailable` refetches them. Errors reject (or are emitted as `error`)
 * in LDS's `FetchResponse` shape with the org's response as `body`.
 */
import { isFetchResponse, request } from '../../preview/transport/transport';
import { FetchingAdapter } from '../../preview/wire/wire';

export interface FieldId {
    objectApiName: string;
    fieldApiName: string;
}

export interface FieldValue {
    value: unknown;
    displayValue: string | null;
}

export interface RecordRepresentation {
    id: string;
    apiName: string;
    fields: Record<string, FieldValue>;
    [key: string]: unknown;
}

export interface RecordInput {
    apiName?: string;
    fields: Record<string, unknown>;
}

interface GetRecordConfig {
    recordId?: string | null;
    fields?: Array<FieldId | string> | FieldId | string;
    optionalFields?: Array<FieldId | string> | FieldId | string;
    layoutTypes?: string[] | string;
    modes?: string[] | string;
}

interface WireValue {
    data: RecordRepresentation | undefined;
    error: unknown;
}

function fieldName(field: FieldId | string): string {
    if (typeof field === 'string') return field;
    if (field && typeof field.objectApiName === 'string' && typeof field.fieldApiName === 'string')
        return `${field.objectApiName}.${field.fieldApiName}`;
    throw new TypeError('Value is not a string or FieldId.');
}

function list<T>(value: T[] | T | undefined): T[] {
    if (value === undefined) return [];
    return Array.isArray(value) ? value : [value];
}

/** Unqualified, possibly dotted (`Owner.Name`), field path of a field id or `Object.Field` string. */
function fieldPath(field: FieldId | string): string[] {
    const name = fieldName(field);
    const dot = name.indexOf('.');
    if (dot < 1) throw new TypeError('Value does not include an object API name.');
    return name.slice(dot + 1).split('.');
}

const getRecordWires = new Map<string, Set<GetRecordAdapter>>();

class GetRecordAdapter extends FetchingAdapter<GetRecordConfig, WireValue> {
    private registeredId: string | null = null;

    protected keyOf(config: GetRecordConfig): string | null {
        if (!config.recordId) return null;
        if (
            list(config.fields).length === 0 &&
            list(config.optionalFields).length === 0 &&
            !config.layoutTypes
        )
            return null;
        return this.queryOf(config);
    }

    protected async fetchValue(config: GetRecordConfig): Promise<WireValue> {
        this.register(config.recordId ?? null);
        const data = await request<RecordRepresentation>('GET', this.queryOf(config));
        return { data, error: undefined };
    }

    protected failureValue(error: unknown): WireValue {
        return { data: undefined, error };
    }

    protected emptyValue(): WireValue {
        return { data: undefined, error: undefined };
    }

    protected override onConnectionChange(connected: boolean): void {
        if (!connected) this.register(null);
    }

    private register(recordId: string | null): void {
        if (this.registeredId !== null) getRecordWires.get(this.registeredId)?.delete(this);
        this.registeredId = recordId;
        if (recordId === null) return;
        const wires = getRecordWires.get(recordId) ?? new Set<GetRecordAdapter>();
        wires.add(this);
        getRecordWires.set(recordId, wires);
    }

    private queryOf(config: GetRecordConfig): string {
        const params = new URLSearchParams();
        const fields = list(config.fields).map(fieldName);
        const optional = list(config.optionalFields).map(fieldName);
        if (fields.length > 0) params.set('fields', fields.join(','));
        if (optional.length > 0) params.set('optionalFields', optional.join(','));
        if (config.layoutTypes) params.set('layoutTypes', list(config.layoutTypes).join(','));
        if (config.modes) params.set('modes', list(config.modes).join(','));
        return `ui-api/records/${encodeURIComponent(config.recordId ?? '')}?${params.toString()}`;
    }
}

export const getRecord = GetRecordAdapter;

interface GetRecordsConfig {
    records?: Array<{
        recordIds: string[];
        fields?: Array<FieldId | string>;
        optionalFields?: Array<FieldId | string>;
    }> | null;
}

interface BatchValue {
    data: { results: Array<{ statusCode: number; result: unknown }> } | undefined;
    error: unknown;
}

function recordsQuery(fields: Array<FieldId | string>, optional: Array<FieldId | string>): string {
    const params = new URLSearchParams();
    if (fields.length > 0) params.set('fields', fields.map(fieldName).join(','));
    if (optional.length > 0) params.set('optionalFields', optional.map(fieldName).join(','));
    return params.toString();
}

/**
 * `@wire(getRecords, { records: [{ recordIds, fields, optionalFields }] })`: the UI API's batch
 * shape (`results[]` of `{ statusCode, result }`, a failed record as its error list), built
 * from one `GET ui-api/records/{id}` per record where an org answers one batch request.
 */
class GetRecordsAdapter extends FetchingAdapter<GetRecordsConfig, BatchValue> {
    protected keyOf(config: GetRecordsConfig): string | null {
        if (!config.records || config.records.length === 0) return null;
        return JSON.stringify(
            config.records.map((group) => [
                group.recordIds,
                recordsQuery(group.fields ?? [], group.optionalFields ?? [])
            ])
        );
    }

    protected async fetchValue(config: GetRecordsConfig): Promise<BatchValue> {
        const calls = (config.records ?? []).flatMap((group) => {
            const query = recordsQuery(group.fields ?? [], group.optionalFields ?? []);
            return group.recordIds.map((id) =>
                request<RecordRepresentation>(
                    'GET',
                    `ui-api/records/${encodeURIComponent(id)}?${query}`
                ).then(
                    (result) => ({ statusCode: 200, result: result as unknown }),
                    (failure: unknown) => ({
                        statusCode: isFetchResponse(failure) ? failure.status : 500,
                        result: isFetchResponse(failure) ? failure.body : [{ message: String(failure) }]
                    })
                )
            );
        });
        return { data: { results: await Promise.all(calls) }, error: undefined };
    }

    protected failureValue(error: unknown): BatchValue {
        return { data: undefined, error };
    }

    protected emptyValue(): BatchValue {
        return { data: undefined, error: undefined };
    }
}

export const getRecords = GetRecordsAdapter;

/** The record's `getRecord` wires refetch (their components re-render with the org's values). */
async function refreshWires(recordIds: string[]): Promise<void> {
    const wires = recordIds.flatMap((id) => [...(getRecordWires.get(id) ?? [])]);
    await Promise.all(wires.map((wire) => wire.refresh()));
}

export async function createRecord(recordInput: RecordInput): Promise<RecordRepresentation> {
    return request<RecordRepresentation>('POST', 'ui-api/records', {
        apiName: recordInput.apiName,
        fields: recordInput.fields
    });
}

export async function updateRecord(recordInput: RecordInput): Promise<RecordRepresentation> {
    const { Id: id, ...fields } = recordInput.fields;
    if (typeof id !== 'string' || id === '') throw new TypeError('updateRecord: fields.Id is required.');
    const record = await request<RecordRepresentation>('PATCH', `ui-api/records/${encodeURIComponent(id)}`, {
        fields
    });
    await refreshWires([id]);
    return record;
}

export async function deleteRecord(recordId: string): Promise<void> {
    await request<undefined>('DELETE', `ui-api/records/${encodeURIComponent(recordId)}`);
    await refreshWires([recordId]);
}

export function notifyRecordUpdateAvailable(items: Array<{ recordId: string }>): Promise<void> {
    return refreshWires(items.map((item) => item.recordId));
}

/** Deprecated on the platform in favour of `notifyRecordUpdateAvailable`; same effect here. */
export function getRecordNotifyChange(items: Array<{ recordId: string }>): void {
    void refreshWires(items.map((item) => item.recordId));
}

function walk(record: RecordRepresentation | undefined, field: FieldId | string): FieldValue | undefined {
    const path = fieldPath(field);
    let current: unknown = record;
    let found: FieldValue | undefined;
    for (const name of path) {
        const fields = (current as { fields?: Record<string, FieldValue> } | null | undefined)?.fields;
        found = fields?.[name];
        if (found === undefined) return undefined;
        current = found.value;
    }
    return found;
}

export function getFieldValue(record: RecordRepresentation | undefined, field: FieldId | string): unknown {
    return walk(record, field)?.value;
}

export function getFieldDisplayValue(
    record: RecordRepresentation | undefined,
    field: FieldId | string
): unknown {
    return walk(record, field)?.displayValue;
}
