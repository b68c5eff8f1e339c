/** Object-level definitions: objects, list views, compact layouts, validation rules. */
import { repoRelative } from '../paths';
import { elements, readXml, text, texts } from '../xml';
import { baseName, listFiles, owningObject } from './files';
import type { CompactLayoutDef, ListViewDef, ObjectDef, ValidationRuleDef } from './types';

export function readObjectDefs(objectsDir: string): ObjectDef[] {
    return listFiles(objectsDir, '.object-meta.xml').map((file) => {
        const object = readXml(file).element;
        const def: ObjectDef = { file: repoRelative(file), name: baseName(file, '.object-meta.xml') };
        const compact = text(object, 'compactLayoutAssignment');
        if (compact !== undefined) def.compactLayoutAssignment = compact;
        return def;
    });
}

export function readListViews(objectsDir: string): ListViewDef[] {
    const suffix = '.listView-meta.xml';
    return listFiles(objectsDir, suffix).map((file) => {
        const view = readXml(file).element;
        return {
            file: repoRelative(file),
            object: owningObject(file),
            name: baseName(file, suffix),
            columns: texts(view, 'columns'),
            filters: elements(view, 'filters').map((filter) => {
                const value = text(filter, 'value');
                return {
                    field: text(filter, 'field') ?? '',
                    operation: text(filter, 'operation') ?? '',
                    ...(value === undefined || value === '' ? {} : { value })
                };
            })
        };
    });
}

export function readCompactLayouts(objectsDir: string): CompactLayoutDef[] {
    const suffix = '.compactLayout-meta.xml';
    return listFiles(objectsDir, suffix).map((file) => ({
        file: repoRelative(file),
        object: owningObject(file),
        name: baseName(file, suffix),
        fields: texts(readXml(file).element, 'fields')
    }));
}

export function readValidationRules(objectsDir: string): ValidationRuleDef[] {
    const suffix = '.validationRule-meta.xml';
    return listFiles(objectsDir, suffix).map((file) => {
        const rule = readXml(file).element;
        const def: ValidationRuleDef = {
            file: repoRelative(file),
            object: owningObject(file),
            name: baseName(file, suffix),
            formula: text(rule, 'errorConditionFormula') ?? ''
        };
        const displayField = text(rule, 'errorDisplayField');
        if (displayField !== undefined) def.errorDisplayField = displayField;
        return def;
    });
}
