/**
 * `GET /ui-api/object-info/{object}` and its picklist values
 * (`…/picklist-values/{recordTypeId}` and `…/picklist-values/{recordTypeId}/{field}`), made
 * from the same schema as describe, with the platform's write rules for `createable` and
 * `updateable`. The local org has no record types: every object has only the master record
 * type `012000000000000AAA`, as an org without record types does.
 */
import { createHash } from 'node:crypto';
import { json, type Org, type Reply, type RequestContext, type Route } from '../context';
import { ApiError, apiErrors } from '../errors';
import { normalizeId } from '../ids';
import { q } from '../store';
import type { LocalField, LocalObject } from '../schema';
import { uiDataType } from './fieldValues';
import { picklistOf, type Picklist, type PicklistValue } from './picklists';

export const MASTER_RECORD_TYPE_ID = '012000000000000AAA';

const eTag = (body: unknown): string => createHash('md5').update(JSON.stringify(body)).digest('hex');

export function objectNamed(org: Org, name: string | undefined): LocalObject {
    const object = org.store.schema.object(name ?? '');
    if (object === undefined) throw apiErrors.unknownObjectInUrl(name ?? '');
    return object;
}

const nameFields = (object: LocalObject | undefined): string[] =>
    object?.field('Name') === undefined ? [] : ['Name'];

function fieldInfo(org: Org, object: LocalObject, field: LocalField): Record<string, unknown> {
    const spec = field.spec;
    const rules = org.writer.rules;
    const target = spec.referenceTo === undefined ? undefined : org.store.schema.object(spec.referenceTo);
    const reference = field.kind === 'reference';
    return {
        apiName: field.name,
        calculated: false,
        compound: false,
        compoundComponentName: null,
        compoundFieldName: null,
        controllerName: null,
        controllingFields: [],
        createable: rules.createable(object, field),
        custom: field.name.endsWith('__c'),
        dataType: uiDataType(field),
        externalId: spec.externalId,
        extraTypeInfo: null,
        filterable: spec.type !== 'LongTextArea',
        filteredLookupInfo: null,
        highScaleNumber: false,
        htmlFormatted: false,
        inlineHelpText: null,
        label: spec.label,
        length:
            field.kind === 'text'
                ? (spec.length ?? (spec.type === 'Picklist' ? 255 : 0))
                : field.kind === 'id' || reference
                  ? 18
                  : 0,
        nameField: field.name === 'Name',
        polymorphicForeignKey: false,
        precision: spec.precision ?? 0,
        reference,
        referenceTargetField: null,
        referenceToInfos:
            target === undefined ? [] : [{ apiName: target.name, nameFields: nameFields(target) }],
        relationshipName: spec.relationshipName ?? null,
        // UI API `required`: a value must be given on create (checkboxes always have one).
        required: spec.required && field.kind !== 'boolean' && rules.createable(object, field),
        scale: spec.scale ?? 0,
        searchPrefilterable: false,
        sortable: spec.type !== 'LongTextArea',
        unique: spec.unique,
        updateable: rules.updateable(object, field) && spec.type !== 'MasterDetail'
    };
}

function objectInfo(org: Org, request: RequestContext): Reply {
    const object = objectNamed(org, request.params[0]);
    const rules = org.writer.rules;
    const body = {
        apiName: object.name,
        associateEntityType: null,
        associateParentEntity: null,
        childRelationships: object.childRelationships.map((child) => ({
            childObjectApiName: child.childObject,
            fieldName: child.field,
            junctionIdListNames: [],
            junctionReferenceTo: [],
            relationshipName: child.name
        })),
        createable: rules.objectCreateable(object),
        custom: object.custom,
        defaultRecordTypeId: MASTER_RECORD_TYPE_ID,
        deletable: false,
        dependentFields: {},
        feedEnabled: false,
        fields: Object.fromEntries(object.fields.map((field) => [field.name, fieldInfo(org, object, field)])),
        keyPrefix: org.store.keyPrefix(object.name),
        label: object.label,
        // The catalog has no plural labels; describe answers the same.
        labelPlural: object.label,
        layoutable: true,
        mruEnabled: false,
        nameFields: nameFields(object),
        queryable: true,
        recordTypeInfos: {
            [MASTER_RECORD_TYPE_ID]: {
                available: true,
                defaultRecordTypeMapping: true,
                master: true,
                name: 'Master',
                recordTypeId: MASTER_RECORD_TYPE_ID
            }
        },
        searchable: false,
        themeInfo: null,
        updateable: rules.objectUpdateable(object)
    };
    return json(200, { ...body, eTag: eTag(body) });
}

/** Only the master record type exists; its 15-character form is accepted too. */
function checkRecordType(given: string | undefined): void {
    if (normalizeId(given ?? '') !== MASTER_RECORD_TYPE_ID)
        throw new ApiError(
            404,
            'NOT_FOUND',
            `The requested resource does not exist: record type ${given ?? ''}`
        );
}

const valueEntry = (value: PicklistValue) => ({
    attributes: null,
    label: value.label,
    validFor: [],
    value: value.value
});

function picklistBody(picklist: Picklist, url: string): Record<string, unknown> {
    const body = {
        controllerValues: {},
        defaultValue: picklist.defaultValue === null ? null : valueEntry(picklist.defaultValue),
        url,
        values: picklist.values.map(valueEntry)
    };
    return { ...body, eTag: eTag(body) };
}

/** Values an org's records hold in a field: for a standard picklist, the org's own additions. */
function usedValues(org: Org): (object: LocalObject, field: LocalField) => string[] {
    return (object, field) =>
        (
            org.store.db
                .prepare(
                    `SELECT DISTINCT ${q(field.name)} AS v FROM ${q(object.name)} WHERE ${q(field.name)} IS NOT NULL AND ${q(field.name)} <> '' ORDER BY 1`
                )
                .all() as Array<{ v: string }>
        ).map((r) => r.v);
}

function picklistValues(org: Org, request: RequestContext): Reply {
    const object = objectNamed(org, request.params[0]);
    checkRecordType(request.params[1]);
    const field = object.field(request.params[2] ?? '');
    if (field === undefined) throw apiErrors.noSuchColumnOnSobject(request.params[2] ?? '', object.name);
    const picklist = picklistOf(object, field, usedValues(org));
    if (picklist === undefined)
        throw new ApiError(400, 'INVALID_FIELD', `Field ${field.name} of ${object.name} is not a picklist`);
    return json(200, picklistBody(picklist, `${request.base}${request.path}`));
}

function picklistValuesByRecordType(org: Org, request: RequestContext): Reply {
    const object = objectNamed(org, request.params[0]);
    checkRecordType(request.params[1]);
    const root = `${request.base}/ui-api/object-info/${object.name}/picklist-values/${MASTER_RECORD_TYPE_ID}`;
    const picklistFieldValues: Record<string, unknown> = {};
    for (const field of object.fields) {
        const picklist = picklistOf(object, field, usedValues(org));
        if (picklist !== undefined)
            picklistFieldValues[field.name] = picklistBody(picklist, `${root}/${field.name}`);
    }
    return json(200, { eTag: eTag(picklistFieldValues), picklistFieldValues });
}

export const objectInfoRoutes: Route[] = [
    { method: 'GET', pattern: /^\/ui-api\/object-info\/([^/]+)\/?$/, handler: objectInfo },
    {
        method: 'GET',
        pattern: /^\/ui-api\/object-info\/([^/]+)\/picklist-values\/([^/]+)\/?$/,
        handler: picklistValuesByRecordType
    },
    {
        method: 'GET',
        pattern: /^\/ui-api\/object-info\/([^/]+)\/picklist-values\/([^/]+)\/([^/]+)\/?$/,
        handler: picklistValues
    }
];
