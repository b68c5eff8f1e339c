/**
 * The org schema Trust Ledger relies on: standard objects plus the package's custom objects
 * and fields, merged into one catalog, with the relationship look-ups SOQL and report types
 * need.
 */
import { readObjectMetadata } from './objectMetadata';
import { OBJECTS_DIR } from './paths';
import { STANDARD_OBJECTS } from './standardObjects';
import type { FieldSpec, ObjectCatalog } from './types';

/**
 * Later catalogs add objects and fields to earlier ones. An object already present keeps its
 * label (a custom-field-only folder such as `objects/Account` has no label of its own);
 * defining the same field twice is an error, because one of the two descriptions is wrong.
 */
export function mergeCatalogs(...catalogs: ObjectCatalog[]): ObjectCatalog {
    const merged: ObjectCatalog = {};
    for (const catalog of catalogs) {
        for (const [objectName, object] of Object.entries(catalog)) {
            const existing = merged[objectName];
            if (existing === undefined) {
                merged[objectName] = { label: object.label, fields: { ...object.fields } };
                continue;
            }
            for (const [fieldName, field] of Object.entries(object.fields)) {
                if (existing.fields[fieldName] !== undefined) {
                    throw new Error(`${objectName}.${fieldName} is described twice`);
                }
                existing.fields[fieldName] = field;
            }
        }
    }
    return merged;
}

/** Standard objects Trust Ledger reads plus everything under `force-app/main/default/objects`. */
export function loadOrgSchema(objectsDir: string = OBJECTS_DIR): ObjectCatalog {
    return mergeCatalogs(STANDARD_OBJECTS, readObjectMetadata(objectsDir));
}

export interface FieldRef {
    object: string;
    field: string;
    spec: FieldSpec;
}

export function findField(schema: ObjectCatalog, object: string, field: string): FieldRef | undefined {
    const spec = schema[object]?.fields[field];
    return spec === undefined ? undefined : { object, field, spec };
}

/** The child object behind `parent.<childRelationshipName>` (e.g. `Account.Trust_Scores__r`). */
export function findChildRelationship(
    schema: ObjectCatalog,
    parent: string,
    childRelationshipName: string
): FieldRef | undefined {
    for (const [object, spec] of Object.entries(schema)) {
        for (const [field, fieldSpec] of Object.entries(spec.fields)) {
            if (
                fieldSpec.referenceTo === parent &&
                fieldSpec.childRelationshipName === childRelationshipName
            ) {
                return { object, field, spec: fieldSpec };
            }
        }
    }
    return undefined;
}

/** A field by API name, or a reference field by its relationship name (`Owner` → `OwnerId`). */
export function findFieldOrRelationship(
    schema: ObjectCatalog,
    object: string,
    name: string
): FieldRef | undefined {
    const direct = findField(schema, object, name);
    if (direct !== undefined) return direct;
    const fields = schema[object]?.fields ?? {};
    const entry = Object.entries(fields).find(([, spec]) => spec.relationshipName === name);
    return entry === undefined ? undefined : { object, field: entry[0], spec: entry[1] };
}
