/**
 * `GET /sobjects` (describeGlobal), `GET /sobjects/{type}` (basic information) and
 * `GET /sobjects/{type}/describe`, generated from the same schema the tables come from.
 */
import { json, type Org, type RequestContext, type Route } from '../context';
import { apiErrors } from '../errors';
import type { PlatformRules } from '../platformRules';
import type { LocalField, LocalObject } from '../schema';

/** Field types as describe names them (Metadata API `Number` is a `double`, a lookup a `reference` …). */
const DESCRIBE_TYPES: Record<string, string> = {
    Id: 'id',
    AutoNumber: 'string',
    Text: 'string',
    TextArea: 'textarea',
    LongTextArea: 'textarea',
    Email: 'email',
    Phone: 'phone',
    Url: 'url',
    Number: 'double',
    Currency: 'currency',
    Percent: 'percent',
    Checkbox: 'boolean',
    Date: 'date',
    DateTime: 'datetime',
    Picklist: 'picklist',
    Lookup: 'reference',
    MasterDetail: 'reference'
};

const SOAP_TYPES: Record<string, string> = {
    id: 'tns:ID',
    reference: 'tns:ID',
    text: 'xsd:string',
    number: 'xsd:double',
    boolean: 'xsd:boolean',
    date: 'xsd:date',
    datetime: 'xsd:dateTime'
};

/** `createable`/`updateable` follow the platform rules, so clients can detect e.g. audit-field access. */
function describeField(
    field: LocalField,
    object: LocalObject,
    rules: PlatformRules
): Record<string, unknown> {
    const spec = field.spec;
    const textLength =
        field.kind === 'text'
            ? (spec.length ?? (spec.type === 'Picklist' ? 255 : 0))
            : field.kind === 'id' || field.kind === 'reference'
              ? 18
              : 0;
    return {
        name: field.name,
        label: spec.label,
        type: DESCRIBE_TYPES[spec.type] ?? 'string',
        soapType: SOAP_TYPES[field.kind],
        length: textLength,
        precision: spec.precision ?? 0,
        scale: spec.scale ?? 0,
        digits: 0,
        nillable: !spec.required && field.kind !== 'boolean' && field.kind !== 'id',
        unique: spec.unique,
        externalId: spec.externalId,
        caseSensitive: spec.caseSensitive ?? false,
        idLookup: field.kind === 'id' || spec.externalId || spec.unique,
        createable: rules.createable(object, field),
        updateable: rules.updateable(object, field) && spec.type !== 'MasterDetail',
        filterable: spec.type !== 'LongTextArea',
        sortable: spec.type !== 'LongTextArea',
        groupable: field.kind !== 'number' && spec.type !== 'LongTextArea',
        calculated: false,
        autoNumber: spec.type === 'AutoNumber',
        custom: field.name.endsWith('__c'),
        defaultedOnCreate: field.readOnly || spec.defaultValue !== undefined,
        defaultValue: spec.defaultValue ?? null,
        referenceTo: spec.referenceTo === undefined ? [] : [spec.referenceTo],
        relationshipName: spec.relationshipName ?? null,
        cascadeDelete: spec.type === 'MasterDetail',
        restrictedPicklist: spec.restrictedPicklist ?? false,
        picklistValues: (spec.picklistValues ?? []).map((value) => ({
            active: true,
            defaultValue: spec.defaultValue === value,
            label: value,
            validFor: null,
            value
        }))
    };
}

function urls(object: LocalObject, base: string): Record<string, string> {
    const root = `${base}/sobjects/${object.name}`;
    return { sobject: root, describe: `${root}/describe`, rowTemplate: `${root}/{ID}` };
}

function summary(org: Org, object: LocalObject, base: string): Record<string, unknown> {
    return {
        name: object.name,
        label: object.label,
        labelPlural: object.label,
        keyPrefix: org.store.keyPrefix(object.name),
        custom: object.custom,
        createable: org.writer.rules.objectCreateable(object),
        updateable: org.writer.rules.objectUpdateable(object),
        deletable: false,
        queryable: true,
        searchable: false,
        layoutable: true,
        urls: urls(object, base)
    };
}

function objectNamed(org: Org, request: RequestContext): LocalObject {
    const object = org.store.schema.object(request.params[0] ?? '');
    if (object === undefined) throw apiErrors.unknownObjectInUrl(request.params[0] ?? '');
    return object;
}

function describeGlobal(org: Org, request: RequestContext) {
    return json(200, {
        encoding: 'UTF-8',
        maxBatchSize: 200,
        sobjects: org.store.schema.objects.map((object) => summary(org, object, request.base))
    });
}

function basicInfo(org: Org, request: RequestContext) {
    return json(200, {
        objectDescribe: summary(org, objectNamed(org, request), request.base),
        recentItems: []
    });
}

function describe(org: Org, request: RequestContext) {
    const object = objectNamed(org, request);
    return json(200, {
        ...summary(org, object, request.base),
        fields: object.fields.map((field) => describeField(field, object, org.writer.rules)),
        childRelationships: object.childRelationships.map((child) => ({
            childSObject: child.childObject,
            field: child.field,
            relationshipName: child.name,
            cascadeDelete:
                org.store.schema.object(child.childObject)?.field(child.field)?.spec.type === 'MasterDetail'
        })),
        recordTypeInfos: []
    });
}

export const describeRoutes: Route[] = [
    { method: 'GET', pattern: /^\/sobjects\/?$/, handler: describeGlobal },
    { method: 'GET', pattern: /^\/sobjects\/([^/]+)\/describe\/?$/, handler: describe },
    { method: 'GET', pattern: /^\/sobjects\/([^/]+)\/?$/, handler: basicInfo }
];
