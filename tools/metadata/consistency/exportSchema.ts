/** The evidence field table must name real fields of the kind it reads them as. */
import type { FieldType } from '../types';
import { findField } from '../schema';
import type { PackageMetadata } from '../package';
import type { Problem } from './problems';

/** Which field types each field kind of `records/evidenceFields.ts` can hold. */
const COMPATIBLE_TYPES: Record<string, readonly FieldType[]> = {
    id: ['Id'],
    reference: ['Lookup', 'MasterDetail'],
    text: ['Text', 'TextArea', 'LongTextArea', 'Email', 'Phone', 'Url', 'AutoNumber'],
    picklist: ['Picklist'],
    boolean: ['Checkbox'],
    number: ['Number', 'Percent'],
    currency: ['Currency'],
    date: ['Date'],
    datetime: ['DateTime']
};

export function checkExportSchema(pkg: PackageMetadata): Problem[] {
    const problem = (message: string): Problem => ({ file: pkg.exportSchemaFile, message });
    return pkg.exportObjects.flatMap((object) => {
        if (pkg.schema[object.apiName] === undefined) return [problem(`unknown object ${object.apiName}`)];
        return object.columns.flatMap((column) => {
            const ref = findField(pkg.schema, object.apiName, column.name);
            if (ref === undefined) return [problem(`unknown field ${object.apiName}.${column.name}`)];
            const compatible = COMPATIBLE_TYPES[column.kind] ?? [];
            if (!compatible.includes(ref.spec.type))
                return [
                    problem(
                        `${object.apiName}.${column.name} is ${ref.spec.type}, not readable as a ${column.kind} column`
                    )
                ];
            const target = ref.spec.referenceTo;
            return column.to !== undefined && target !== undefined && target !== column.to
                ? [problem(`${object.apiName}.${column.name} points to ${target}, not ${column.to}`)]
                : [];
        });
    });
}
