/**
 * The local org's view of the schema: the project's catalog (standard objects Trust Ledger
 * reads plus everything in `force-app`) with case-insensitive lookups, the value kind of every
 * field, child relationships, and the audit fields the platform adds to every object.
 *
 * The catalog describes the standard objects by the fields Trust Ledger reads; the platform's
 * audit fields (CreatedDate, LastModifiedDate, SystemModstamp …) exist on every object of a
 * real org, so they are added here rather than repeated in each description.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FieldSpec, ObjectCatalog } from '../metadata';
import { loadOrgSchema, mergeCatalogs, OBJECTS_DIR } from '../metadata';
import { readXml } from '../metadata/xml';
import { PLATFORM_OBJECTS } from './platformObjects';

/** How a field's values are stored, compared and written out. */
export type ValueKind = 'id' | 'reference' | 'text' | 'number' | 'boolean' | 'date' | 'datetime';

export interface LocalField {
    /** API name with its canonical case. */
    name: string;
    spec: FieldSpec;
    kind: ValueKind;
    /** Set by the platform; the API refuses values for it. */
    readOnly: boolean;
}

export interface ChildRelationship {
    /** e.g. `Opportunities`, `Trust_Scores__r`. */
    name: string;
    childObject: string;
    /** The child's reference field, e.g. `AccountId`. */
    field: string;
}

export interface LocalObject {
    name: string;
    label: string;
    custom: boolean;
    fields: LocalField[];
    /** AutoNumber name format such as `TS-{0000000}`, when the name is an auto-number. */
    autoNumberFormat: string | undefined;
    field(name: string): LocalField | undefined;
    /** The reference field behind a parent relationship name (`Account` → AccountId). */
    relationship(name: string): LocalField | undefined;
    childRelationship(name: string): ChildRelationship | undefined;
    childRelationships: ChildRelationship[];
}

export interface OrgSchema {
    objects: LocalObject[];
    object(name: string): LocalObject | undefined;
}

const TEXT_TYPES = new Set([
    'Text',
    'TextArea',
    'LongTextArea',
    'Email',
    'Phone',
    'Url',
    'Picklist',
    'AutoNumber'
]);

export function kindOf(spec: FieldSpec): ValueKind {
    switch (spec.type) {
        case 'Id':
            return 'id';
        case 'Lookup':
        case 'MasterDetail':
            return 'reference';
        case 'Number':
        case 'Currency':
        case 'Percent':
            return 'number';
        case 'Checkbox':
            return 'boolean';
        case 'Date':
            return 'date';
        case 'DateTime':
            return 'datetime';
        default:
            if (TEXT_TYPES.has(spec.type)) return 'text';
            throw new Error(`no value kind for field type ${spec.type}`);
    }
}

const auditField = (label: string, type: FieldSpec['type'], extra: Partial<FieldSpec> = {}): FieldSpec => ({
    label,
    type,
    required: false,
    unique: false,
    externalId: false,
    ...extra
});

/** Audit fields of every object; history rows are never modified, so they have no LastModified*. */
function auditFields(object: string): Record<string, FieldSpec> {
    const user = (label: string, relationshipName: string): FieldSpec =>
        auditField(label, 'Lookup', { referenceTo: 'User', relationshipName });
    const fields: Record<string, FieldSpec> = {
        IsDeleted: auditField('Deleted', 'Checkbox', { defaultValue: false }),
        CreatedDate: auditField('Created Date', 'DateTime'),
        CreatedById: user('Created By ID', 'CreatedBy'),
        LastModifiedDate: auditField('Last Modified Date', 'DateTime'),
        LastModifiedById: user('Last Modified By ID', 'LastModifiedBy'),
        SystemModstamp: auditField('System Modstamp', 'DateTime')
    };
    if (object.endsWith('History')) {
        delete fields.LastModifiedDate;
        delete fields.LastModifiedById;
    }
    return fields;
}

/** Fields the platform maintains; a client may read them but never set them. */
export const SYSTEM_FIELDS = new Set([
    'Id',
    'IsDeleted',
    'CreatedDate',
    'CreatedById',
    'LastModifiedDate',
    'LastModifiedById',
    'SystemModstamp'
]);

function autoNumberFormat(objectsDir: string, object: string): string | undefined {
    const file = path.join(objectsDir, object, `${object}.object-meta.xml`);
    if (!existsSync(file)) return undefined;
    const nameField = readXml(file).element.nameField;
    if (typeof nameField !== 'object' || nameField === null || Array.isArray(nameField)) return undefined;
    const format = nameField.displayFormat;
    return typeof format === 'string' ? format : undefined;
}

export function buildOrgSchema(catalog: ObjectCatalog, objectsDir: string = OBJECTS_DIR): OrgSchema {
    const objects: LocalObject[] = [];
    for (const [objectName, spec] of Object.entries(catalog)) {
        const specs: Record<string, FieldSpec> = { ...spec.fields };
        if (specs.Id === undefined) specs.Id = auditField(`${spec.label} ID`, 'Id');
        for (const [name, audit] of Object.entries(auditFields(objectName))) {
            if (specs[name] === undefined) specs[name] = audit;
        }
        const fields = Object.entries(specs).map(([name, fieldSpec]): LocalField => ({
            name,
            spec: fieldSpec,
            kind: kindOf(fieldSpec),
            readOnly: SYSTEM_FIELDS.has(name) || fieldSpec.type === 'AutoNumber'
        }));
        const byName = new Map(fields.map((f) => [f.name.toLowerCase(), f]));
        const byRelationship = new Map(
            fields
                .filter((f) => f.spec.relationshipName !== undefined)
                .map((f) => [(f.spec.relationshipName as string).toLowerCase(), f])
        );
        const children: ChildRelationship[] = [];
        const object: LocalObject = {
            name: objectName,
            label: spec.label,
            custom: objectName.endsWith('__c'),
            fields,
            autoNumberFormat:
                specs.Name?.type === 'AutoNumber' ? autoNumberFormat(objectsDir, objectName) : undefined,
            field: (name) => byName.get(name.toLowerCase()),
            relationship: (name) => byRelationship.get(name.toLowerCase()),
            childRelationship: (name) => children.find((c) => c.name.toLowerCase() === name.toLowerCase()),
            childRelationships: children
        };
        objects.push(object);
    }
    const byName = new Map(objects.map((o) => [o.name.toLowerCase(), o]));
    for (const child of objects) {
        for (const field of child.fields) {
            const parent =
                field.spec.referenceTo === undefined
                    ? undefined
                    : byName.get(field.spec.referenceTo.toLowerCase());
            const name = field.spec.childRelationshipName;
            if (parent !== undefined && name !== undefined) {
                parent.childRelationships.push({ name, childObject: child.name, field: field.name });
            }
        }
    }
    return { objects, object: (name) => byName.get(name.toLowerCase()) };
}

/** This repository's `force-app` objects plus the standard objects, as a catalog. */
export function localCatalog(objectsDir: string = OBJECTS_DIR): ObjectCatalog {
    return mergeCatalogs(loadOrgSchema(objectsDir), PLATFORM_OBJECTS);
}

/**
 * The schema of this repository's `force-app` plus the standard objects, with the standard
 * fields an org has beyond those Trust Ledger reads (platformObjects.ts), and the extra
 * objects of an imported export folder (extraObjects.ts).
 */
export function loadLocalSchema(objectsDir: string = OBJECTS_DIR, extra: ObjectCatalog = {}): OrgSchema {
    return buildOrgSchema(mergeCatalogs(localCatalog(objectsDir), extra), objectsDir);
}
