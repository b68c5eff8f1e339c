/** The CSV export contract must name real fields with a type its parser can read. */
import type { FieldType } from '../types';
import { findField } from '../schema';
import type { MetadataModel } from '../model';
import type { Problem } from './problems';

/** Which field types each CSV column kind of `scripts/csv/exportSchema.ts` can hold. */
const COMPATIBLE_TYPES: Record<string, readonly FieldType[]> = {
    id: ['Id', 'Lookup', 'MasterDetail'],
    text: ['Text', 'TextArea', 'LongTextArea', 'Email', 'Phone', 'Url', 'Picklist', 'AutoNumber'],
    boolean: ['Checkbox'],
    number: ['Number', 'Currency', 'Percent'],
    date: ['Date'],
    datetime: ['DateTime']
};

export function checkExportSchema(model: MetadataModel): Problem[] {
    const problem = (message: string): Problem => ({ file: model.exportSchemaFile, message });
    return model.exportObjects.flatMap((object) => {
        if (model.schema[object.apiName] === undefined) return [problem(`unknown object ${object.apiName}`)];
        return object.columns.flatMap((column) => {
            const ref = findField(model.schema, object.apiName, column.name);
            if (ref === undefined) return [problem(`unknown field ${object.apiName}.${column.name}`)];
            const compatible = COMPATIBLE_TYPES[column.kind] ?? [];
            return compatible.includes(ref.spec.type)
                ? []
                : [
                      problem(
                          `${object.apiName}.${column.name} is ${ref.spec.type}, not readable as a ${column.kind} column`
                      )
                  ];
        });
    });
}
