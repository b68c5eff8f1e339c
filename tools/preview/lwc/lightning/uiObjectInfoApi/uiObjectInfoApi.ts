/**
 * `lightning/uiObjectInfoApi` for the preview: the `getObjectInfo`, `getObjectInfos`,
 * `getPicklistValues` and `getPicklistValuesByRecordType` wires, answered by the local org's
 * UI API (`/ui-api/object-info/...`), which builds them from the package's object metadata, as an
 * org does from the deployed metadata.
 */
import { isFetchResponse, request } from '../../preview/transport/transport';
import { FetchingAdapter } from '../../preview/wire/wire';

type ObjectId = { objectApiName: string } | string;
type FieldId = { objectApiName: string; fieldApiName: string } | string;

interface WireValue {
    data: unknown;
    error: unknown;
}

function objectName(value: ObjectId | null | undefined): string | null {
    if (value === null || value === undefined) return null;
    return typeof value === 'string' ? value : value.objectApiName;
}

function splitField(value: FieldId | null | undefined): [string, string] | null {
    if (value === null || value === undefined) return null;
    const name = typeof value === 'string' ? value : `${value.objectApiName}.${value.fieldApiName}`;
    const dot = name.indexOf('.');
    return dot < 1 ? null : [name.slice(0, dot), name.slice(dot + 1)];
}

abstract class UiApiGetAdapter<Config> extends FetchingAdapter<Config, WireValue> {
    protected abstract resourceOf(config: Config): string | null;

    protected keyOf(config: Config): string | null {
        return this.resourceOf(config);
    }

    protected async fetchValue(config: Config): Promise<WireValue> {
        return { data: await request<unknown>('GET', this.resourceOf(config) ?? ''), error: undefined };
    }

    protected failureValue(error: unknown): WireValue {
        return { data: undefined, error };
    }

    protected emptyValue(): WireValue {
        return { data: undefined, error: undefined };
    }
}

class GetObjectInfoAdapter extends UiApiGetAdapter<{ objectApiName?: ObjectId | null }> {
    protected resourceOf(config: { objectApiName?: ObjectId | null }): string | null {
        const name = objectName(config.objectApiName);
        return name === null ? null : `ui-api/object-info/${encodeURIComponent(name)}`;
    }
}

class GetPicklistValuesAdapter extends UiApiGetAdapter<{
    recordTypeId?: string | null;
    fieldApiName?: FieldId | null;
}> {
    protected resourceOf(config: {
        recordTypeId?: string | null;
        fieldApiName?: FieldId | null;
    }): string | null {
        const field = splitField(config.fieldApiName);
        if (field === null || !config.recordTypeId) return null;
        const [object, name] = field;
        return `ui-api/object-info/${encodeURIComponent(object)}/picklist-values/${encodeURIComponent(config.recordTypeId)}/${encodeURIComponent(name)}`;
    }
}

class GetPicklistValuesByRecordTypeAdapter extends UiApiGetAdapter<{
    objectApiName?: ObjectId | null;
    recordTypeId?: string | null;
}> {
    protected resourceOf(config: {
        objectApiName?: ObjectId | null;
        recordTypeId?: string | null;
    }): string | null {
        const name = objectName(config.objectApiName);
        if (name === null || !config.recordTypeId) return null;
        return `ui-api/object-info/${encodeURIComponent(name)}/picklist-values/${encodeURIComponent(config.recordTypeId)}`;
    }
}

interface ObjectInfosConfig {
    objectApiNames?: ObjectId[] | null;
}

/**
 * `getObjectInfos`: the UI API's batch shape (`results[]` of `{ statusCode, result }`), from one
 * `GET ui-api/object-info/{object}` per object where an org answers one batch request.
 */
class GetObjectInfosAdapter extends FetchingAdapter<ObjectInfosConfig, WireValue> {
    private names(config: ObjectInfosConfig): string[] {
        return (config.objectApiNames ?? []).map((value) => objectName(value) ?? '');
    }

    protected keyOf(config: ObjectInfosConfig): string | null {
        const names = this.names(config);
        return names.length === 0 ? null : names.join(',');
    }

    protected async fetchValue(config: ObjectInfosConfig): Promise<WireValue> {
        const results = await Promise.all(
            this.names(config).map((name) =>
                request<unknown>('GET', `ui-api/object-info/${encodeURIComponent(name)}`).then(
                    (result) => ({ statusCode: 200, result }),
                    (failure: unknown) => ({
                        statusCode: isFetchResponse(failure) ? failure.status : 500,
                        result: isFetchResponse(failure) ? failure.body : [{ message: String(failure) }]
                    })
                )
            )
        );
        return { data: { results }, error: undefined };
    }

    protected failureValue(error: unknown): WireValue {
        return { data: undefined, error };
    }

    protected emptyValue(): WireValue {
        return { data: undefined, error: undefined };
    }
}

export const getObjectInfo = GetObjectInfoAdapter;
export const getObjectInfos = GetObjectInfosAdapter;
export const getPicklistValues = GetPicklistValuesAdapter;
export const getPicklistValuesByRecordType = GetPicklistValuesByRecordTypeAdapter;
