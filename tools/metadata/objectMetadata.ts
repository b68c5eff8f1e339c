/**
 * Reads `force-app/main/default/objects` into an `ObjectCatalog`.
 *
 * Custom objects also get the fields the platform adds to every custom object (Id, Name,
 * audit fields, OwnerId unless the object is a master-detail child), because the local org
 * builds real tables from this catalog and those columns exist in every org.
 * Standard objects that only carry our custom fields (Account) come back with just those
 * fields and their API name as label; `loadOrgSchema` merges them into the standard catalog.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { OBJECTS_DIR } from './paths';
import type { FieldSpec, ObjectCatalog, ObjectSpec } from './types';
import { isFieldType } from './types';
import type { XmlElement } from './xml';
import { element, elements, flag, integer, readXml, text, texts, XmlFormatError } from './xml';

const FIELD_SUFFIX = '.field-meta.xml';

export function readObjectMetadata(objectsDir: string = OBJECTS_DIR): ObjectCatalog {
    const catalog: ObjectCatalog = {};
    for (const objectName of subdirectories(objectsDir)) {
        catalog[objectName] = readObject(path.join(objectsDir, objectName), objectName);
    }
    return catalog;
}

function subdirectories(dir: string): string[] {
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort();
}

function readObject(dir: string, objectName: string): ObjectSpec {
    const objectFile = path.join(dir, `${objectName}.object-meta.xml`);
    const fields: Record<string, FieldSpec> = {};
    let label = objectName;
    if (existsSync(objectFile)) {
        const object = readXml(objectFile).element;
        label = text(object, 'label') ?? objectName;
        Object.assign(fields, platformFields(object, objectFile));
    }
    const fieldsDir = path.join(dir, 'fields');
    const fieldFiles = existsSync(fieldsDir)
        ? readdirSync(fieldsDir)
              .filter((name) => name.endsWith(FIELD_SUFFIX))
              .sort()
        : [];
    for (const fileName of fieldFiles) {
        const file = path.join(fieldsDir, fileName);
        fields[fileName.slice(0, -FIELD_SUFFIX.length)] = readField(readXml(file).element, file);
    }
    return { label, fields };
}

const systemField = (label: string, type: FieldSpec['type'], extra: Partial<FieldSpec> = {}): FieldSpec => ({
    label,
    type,
    required: false,
    unique: false,
    externalId: false,
    ...extra
});

const userLookup = (label: string, relationshipName: string): FieldSpec =>
    systemField(label, 'Lookup', { referenceTo: 'User', relationshipName });

function platformFields(object: XmlElement, file: string): Record<string, FieldSpec> {
    const nameField = element(object, 'nameField') ?? {};
    const nameType = text(nameField, 'type');
    if (nameType !== 'Text' && nameType !== 'AutoNumber') {
        throw new XmlFormatError(file, `nameField type must be Text or AutoNumber, got ${String(nameType)}`);
    }
    const fields: Record<string, FieldSpec> = {
        Id: systemField(`${text(object, 'label') ?? ''} ID`.trim(), 'Id'),
        // An AutoNumber name is assigned by the platform; a text name must be given.
        Name:
            nameType === 'Text'
                ? systemField(text(nameField, 'label') ?? 'Name', 'Text', { length: 80, required: true })
                : systemField(text(nameField, 'label') ?? 'Name', 'AutoNumber', { length: 30 })
    };
    // Master-detail children have no owner: access follows the parent record.
    if (text(object, 'sharingModel') !== 'ControlledByParent') {
        fields.OwnerId = systemField('Owner ID', 'Lookup', {
            referenceTo: 'User',
            relationshipName: 'Owner'
        });
    }
    fields.IsDeleted = systemField('Deleted', 'Checkbox', { defaultValue: false });
    fields.CreatedDate = systemField('Created Date', 'DateTime');
    fields.CreatedById = userLookup('Created By ID', 'CreatedBy');
    fields.LastModifiedDate = systemField('Last Modified Date', 'DateTime');
    fields.LastModifiedById = userLookup('Last Modified By ID', 'LastModifiedBy');
    fields.SystemModstamp = systemField('System Modstamp', 'DateTime');
    return fields;
}

function readField(field: XmlElement, file: string): FieldSpec {
    const type = text(field, 'type') ?? '';
    if (!isFieldType(type)) {
        throw new XmlFormatError(file, `unsupported field type "${type}"`);
    }
    const name = text(field, 'fullName') ?? path.basename(file, FIELD_SUFFIX);
    const spec: FieldSpec = {
        label: text(field, 'label') ?? name,
        type,
        required: type === 'MasterDetail' || flag(field, 'required'),
        unique: flag(field, 'unique'),
        externalId: flag(field, 'externalId')
    };
    const length = integer(field, 'length');
    if (length !== undefined) spec.length = length;
    const precision = integer(field, 'precision');
    if (precision !== undefined) spec.precision = precision;
    const scale = integer(field, 'scale');
    if (scale !== undefined) spec.scale = scale;
    if (spec.unique && text(field, 'caseSensitive') !== undefined) {
        spec.caseSensitive = flag(field, 'caseSensitive');
    }
    if (type === 'Lookup' || type === 'MasterDetail') {
        Object.assign(spec, reference(field, name, file));
    }
    if (type === 'MasterDetail') spec.reparentable = flag(field, 'reparentableMasterDetail');
    if (type === 'Picklist') {
        Object.assign(spec, picklist(field));
    }
    if (type === 'Checkbox') {
        spec.defaultValue = flag(field, 'defaultValue');
    }
    return spec;
}

function reference(field: XmlElement, name: string, file: string): Partial<FieldSpec> {
    const referenceTo = text(field, 'referenceTo');
    const childName = text(field, 'relationshipName');
    if (referenceTo === undefined || childName === undefined) {
        throw new XmlFormatError(file, 'a relationship field needs referenceTo and relationshipName');
    }
    return {
        referenceTo,
        relationshipName: `${name.replace(/__c$/, '')}__r`,
        childRelationshipName: `${childName}__r`
    };
}

function picklist(field: XmlElement): Partial<FieldSpec> {
    const valueSet = element(field, 'valueSet') ?? {};
    const values = elements(element(valueSet, 'valueSetDefinition') ?? {}, 'value');
    const spec: Partial<FieldSpec> = {
        picklistValues: values.flatMap((value) => texts(value, 'fullName')),
        restrictedPicklist: flag(valueSet, 'restricted')
    };
    const defaultValue = values.find((value) => flag(value, 'default'));
    const defaultName = defaultValue && text(defaultValue, 'fullName');
    if (defaultName !== undefined) spec.defaultValue = defaultName;
    return spec;
}
