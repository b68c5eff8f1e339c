/**
 * The sidecar of an extra object: `<Object>.fields.json` beside `<Object>.csv` in an export
 * folder, declaring what the values cannot say (a picklist rather than text, a lookup whose
 * ids the export does not hold, a column with no values yet) and the object's label:
 *
 * ```json
 * { "label": "Product Usage",
 *   "fields": { "Type__c": "Picklist",
 *               "Account__c": { "type": "Lookup", "referenceTo": "Account" } } }
 * ```
 *
 * A field's type is a Metadata API type name, alone or with `referenceTo` (lookups), `label`
 * and `values` (picklists). Anything else is refused with the file and the field named, so a
 * typo never silently falls back to inference.
 */
import { readFileSync } from 'node:fs';
import { CsvInputError } from '../../batch/exports/errors';
import { isFieldType, isReferenceType, type FieldSpec, type FieldType } from '../metadata';
import { labelOf } from './columnType';

export const SIDECAR_SUFFIX = '.fields.json';

export interface Sidecar {
    label: string | undefined;
    fields: Record<string, FieldSpec>;
}

/** Types a sidecar may declare: the platform sets Id and auto-numbers itself. */
const DECLARABLE = (type: FieldType): boolean => type !== 'Id' && type !== 'AutoNumber';

const FIELD_KEYS = new Set(['type', 'referenceTo', 'label', 'values']);

const isObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads and checks a sidecar; `file` is how errors name it. */
export function readSidecar(full: string, file: string): Sidecar {
    let parsed: unknown;
    try {
        parsed = JSON.parse(readFileSync(full, 'utf8'));
    } catch (error) {
        throw new CsvInputError(file, null, null, `not valid JSON: ${(error as Error).message}`);
    }
    return parseSidecar(parsed, file);
}

export function parseSidecar(parsed: unknown, file: string): Sidecar {
    const fail = (column: string | null, detail: string): never => {
        throw new CsvInputError(file, null, column, detail);
    };
    if (!isObject(parsed)) return fail(null, 'expected an object with "label" and "fields"');
    for (const key of Object.keys(parsed))
        if (key !== 'label' && key !== 'fields')
            fail(null, `unknown key "${key}" (expected "label", "fields")`);
    const label = parsed.label;
    if (label !== undefined && (typeof label !== 'string' || label.trim() === ''))
        fail(null, '"label" must be a non-empty text');
    const declared = parsed.fields ?? {};
    if (!isObject(declared)) return fail(null, '"fields" must be an object of field name → type');
    const fields: Record<string, FieldSpec> = {};
    for (const [name, value] of Object.entries(declared)) fields[name] = fieldOf(name, value, fail);
    return { label: label as string | undefined, fields };
}

function fieldOf(
    name: string,
    value: unknown,
    fail: (column: string | null, detail: string) => never
): FieldSpec {
    const declaration = typeof value === 'string' ? { type: value } : value;
    if (!isObject(declaration)) return fail(name, 'expected a type name or an object with "type"');
    for (const key of Object.keys(declaration))
        if (!FIELD_KEYS.has(key)) fail(name, `unknown key "${key}" (expected ${[...FIELD_KEYS].join(', ')})`);
    const type = declaration.type;
    if (typeof type !== 'string' || !isFieldType(type) || !DECLARABLE(type))
        return fail(name, `"${String(type)}" is not a field type a sidecar can declare`);
    const spec: FieldSpec = {
        label: typeof declaration.label === 'string' ? declaration.label : labelOf(name),
        type,
        required: false,
        unique: false,
        externalId: false
    };
    const referenceTo = declaration.referenceTo;
    if (isReferenceType(type)) {
        if (typeof referenceTo !== 'string' || referenceTo === '')
            fail(name, `a ${type} needs "referenceTo": the object it points to`);
        spec.referenceTo = referenceTo as string;
    } else if (referenceTo !== undefined) fail(name, `"referenceTo" is only for Lookup fields`);
    const values = declaration.values;
    if (values !== undefined) {
        if (type !== 'Picklist' || !Array.isArray(values) || !values.every((v) => typeof v === 'string'))
            fail(name, '"values" is a list of texts, only for a Picklist');
        spec.picklistValues = values as string[];
        spec.restrictedPicklist = false;
    }
    if (type === 'Checkbox') spec.defaultValue = false;
    if (type === 'Number' || type === 'Currency' || type === 'Percent') {
        spec.precision = 18;
        spec.scale = 2;
    }
    if (type === 'Text') spec.length = 255;
    return spec;
}
