/**
 * The object/field catalog shape shared by the custom-object reader, the standard-object
 * description and (later) the embedded local org that builds its tables from them.
 *
 * Types use the Metadata API's names (`Text`, `Number`, `Lookup` …) because that is what the
 * `force-app` files say; standard fields are described with the same vocabulary.
 */

export const FIELD_TYPES = [
    'Id',
    'AutoNumber',
    'Text',
    'TextArea',
    'LongTextArea',
    'Email',
    'Phone',
    'Url',
    'Number',
    'Currency',
    'Percent',
    'Checkbox',
    'Date',
    'DateTime',
    'Picklist',
    'Lookup',
    'MasterDetail'
] as const;

export type FieldType = (typeof FIELD_TYPES)[number];

export function isFieldType(value: string): value is FieldType {
    return (FIELD_TYPES as readonly string[]).includes(value);
}

export function isReferenceType(type: FieldType): boolean {
    return type === 'Lookup' || type === 'MasterDetail';
}

export interface FieldSpec {
    label: string;
    type: FieldType;
    /** Characters, for text types. */
    length?: number;
    /** Total digits, for Number / Currency / Percent. */
    precision?: number;
    /** Digits after the decimal point, for Number / Currency / Percent. */
    scale?: number;
    /** A value is needed to save a record (master-detail fields always are). */
    required: boolean;
    unique: boolean;
    externalId: boolean;
    /** Only for unique text fields: whether uniqueness is case-sensitive. */
    caseSensitive?: boolean;
    /** Target object of a Lookup / MasterDetail. */
    referenceTo?: string;
    /** Name used to traverse to the parent in SOQL, e.g. `Account` or `Account__r`. */
    relationshipName?: string;
    /** Name of the parent's child relationship in SOQL subqueries, e.g. `Opportunities` or `Trust_Scores__r`. */
    childRelationshipName?: string;
    /** API names of the picklist values, in order. */
    picklistValues?: string[];
    /** Only for picklists: values outside `picklistValues` are rejected. */
    restrictedPicklist?: boolean;
    /**
     * Only for master-detail fields: whether a detail record may be moved to another master
     * (`<reparentableMasterDetail>`); Salesforce refuses it unless the field allows it.
     */
    reparentable?: boolean;
    /** Value set on create when none is given (Checkbox false, a picklist's default value). */
    defaultValue?: string | boolean;
}

export interface ObjectSpec {
    label: string;
    fields: Record<string, FieldSpec>;
}

/** Objects by API name. */
export type ObjectCatalog = Record<string, ObjectSpec>;
