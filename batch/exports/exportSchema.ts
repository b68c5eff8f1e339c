/**
 * The CSV export contract of `--from <folder>`: one file per object, named by API name,
 * with API field names as headers (as Data Loader and `sf data export bulk` write them).
 * `required` columns must be present in the header; `optional` ones are read when present.
 * A missing file means no evidence of that kind. The columns come from the evidence field
 * table, so the contract, the readers and the queries name the same fields.
 */
import {
    EVIDENCE_OBJECT_NAMES,
    EVIDENCE_OBJECTS,
    customObjectRows,
    modelFieldRows,
    ownerField,
    type EvidenceField,
    type EvidenceObjectName,
    type FieldKind,
    type TableSettings
} from '../../records/evidenceFields';

export type ColumnKind = 'id' | 'text' | 'boolean' | 'number' | 'date' | 'datetime';

export interface ColumnSpec {
    name: string;
    kind: ColumnKind;
    required: boolean;
    /** A value must be present on every row (not just the column in the header). */
    notNull?: boolean;
    /** Free text whose values rarely repeat (names, descriptions): packed, not interned. */
    unique?: boolean;
}

export interface ObjectExportSpec {
    /** API name of the object; the file is `<apiName>.csv`. */
    apiName: string;
    columns: ColumnSpec[];
}

/** How a CSV cell of each field kind is parsed (picklists and lookups are text and ids on disk). */
export const CSV_KIND: Record<FieldKind, ColumnKind> = {
    id: 'id',
    reference: 'id',
    text: 'text',
    picklist: 'text',
    boolean: 'boolean',
    number: 'number',
    currency: 'number',
    date: 'date',
    datetime: 'datetime'
};

/** The CSV column of one row of the evidence field table. */
export function columnOf(field: EvidenceField): ColumnSpec {
    return {
        name: field.field,
        kind: CSV_KIND[field.kind],
        required: field.presence !== 'optional',
        notNull: field.presence === 'key',
        unique: field.kind === 'text'
    };
}

export type ExportObjectName = EvidenceObjectName;

export const EXPORT_OBJECT_NAMES: readonly ExportObjectName[] = EVIDENCE_OBJECT_NAMES;

/** Every object's columns, from the evidence field table (records/evidenceFields.ts). */
export const EXPORT_OBJECTS = Object.fromEntries(
    EVIDENCE_OBJECTS.map((o) => [o.object, { apiName: o.object, columns: o.fields.map(columnOf) }])
) as Record<ExportObjectName, ObjectExportSpec>;

/** Columns a model adds to the export (its renewal contract lookup on Opportunity). */
export function modelColumns(settings: TableSettings): Partial<Record<ExportObjectName, ColumnSpec[]>> {
    const out: Partial<Record<ExportObjectName, ColumnSpec[]>> = {};
    for (const [name, rows] of Object.entries(modelFieldRows(settings)))
        out[name as ExportObjectName] = (rows as EvidenceField[]).map(columnOf);
    return out;
}

/** An object a model's custom signals read: its file's columns and the column linking it to Account. */
export interface CustomExportObject {
    spec: ObjectExportSpec;
    /** The account lookup (`Account__c`, `AccountId` …). */
    parent: string;
}

/** The files a model's custom signals add to the export, from the evidence field table. */
export function customExportObjects(settings: TableSettings): CustomExportObject[] {
    return customObjectRows(settings).map((o) => ({
        spec: { apiName: o.object, columns: o.fields.map(columnOf) },
        parent: (ownerField(o) as EvidenceField).field
    }));
}
