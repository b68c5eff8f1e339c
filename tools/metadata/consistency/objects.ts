/** Object-level UI metadata: list views, compact layouts, page layouts, validation rules. */
import { findField } from '../schema';
import type { PackageMetadata } from '../package';
import type { Problem } from './problems';
import { unknownPicklistValues } from './problems';

/** List view columns that are not field API names. */
const LIST_VIEW_TOKENS = new Set([
    'NAME',
    'CREATED_DATE',
    'CREATEDBY_USER.ALIAS',
    'LAST_UPDATE',
    'UPDATEDBY_USER.ALIAS'
]);
const OWNER_TOKENS = new Set(['OWNER.ALIAS', 'OWNER.FIRST_NAME', 'OWNER.LAST_NAME']);

export function checkObjects(pkg: PackageMetadata): Problem[] {
    return [
        ...checkCompactLayoutAssignments(pkg),
        ...checkListViews(pkg),
        ...checkCompactLayouts(pkg),
        ...checkLayouts(pkg),
        ...checkValidationRules(pkg)
    ];
}

function checkCompactLayoutAssignments(pkg: PackageMetadata): Problem[] {
    return pkg.objects
        .filter(
            (object) =>
                object.compactLayoutAssignment !== undefined &&
                !pkg.compactLayouts.some(
                    (layout) =>
                        layout.object === object.name && layout.name === object.compactLayoutAssignment
                )
        )
        .map((object) => ({
            file: object.file,
            message: `compact layout assignment ${String(object.compactLayoutAssignment)} does not exist`
        }));
}

function knownListViewColumn(pkg: PackageMetadata, object: string, column: string): boolean {
    if (LIST_VIEW_TOKENS.has(column)) return true;
    if (OWNER_TOKENS.has(column)) return findField(pkg.schema, object, 'OwnerId') !== undefined;
    return findField(pkg.schema, object, column) !== undefined;
}

function checkListViews(pkg: PackageMetadata): Problem[] {
    return pkg.listViews.flatMap((view) => {
        const problems: Problem[] = [];
        for (const column of view.columns) {
            if (!knownListViewColumn(pkg, view.object, column)) {
                problems.push({ file: view.file, message: `unknown column ${column} on ${view.object}` });
            }
        }
        for (const filter of view.filters) {
            if (!knownListViewColumn(pkg, view.object, filter.field)) {
                problems.push({
                    file: view.file,
                    message: `filter on unknown field ${view.object}.${filter.field}`
                });
                continue;
            }
            const spec = findField(pkg.schema, view.object, filter.field)?.spec;
            if (
                filter.value !== undefined &&
                spec?.type === 'Picklist' &&
                spec.picklistValues !== undefined
            ) {
                for (const value of unknownPicklistValues(filter.value, spec.picklistValues)) {
                    problems.push({
                        file: view.file,
                        message: `filter value "${value}" is not a value of ${view.object}.${filter.field}`
                    });
                }
            }
        }
        return problems;
    });
}

function checkCompactLayouts(pkg: PackageMetadata): Problem[] {
    return pkg.compactLayouts.flatMap((layout) =>
        layout.fields
            .filter((field) => findField(pkg.schema, layout.object, field) === undefined)
            .map((field) => ({ file: layout.file, message: `unknown field ${layout.object}.${field}` }))
    );
}

function checkLayouts(pkg: PackageMetadata): Problem[] {
    return pkg.layouts.flatMap((layout) => {
        const object = pkg.schema[layout.object];
        if (object === undefined)
            return [{ file: layout.file, message: `layout for unknown object ${layout.object}` }];
        const problems: Problem[] = [];
        for (const item of layout.items) {
            const spec = object.fields[item.field];
            if (spec === undefined) {
                problems.push({ file: layout.file, message: `unknown field ${layout.object}.${item.field}` });
            } else if (spec.required && spec.type !== 'AutoNumber' && item.behavior !== 'Required') {
                problems.push({
                    file: layout.file,
                    message: `required field ${item.field} must have behavior Required`
                });
            } else if (spec.type === 'AutoNumber' && item.behavior !== 'Readonly') {
                problems.push({
                    file: layout.file,
                    message: `auto-number field ${item.field} must be Readonly`
                });
            }
        }
        // The platform refuses a layout that leaves out a required field: nobody could save a record.
        const placed = new Set(layout.items.map((item) => item.field));
        for (const [name, spec] of Object.entries(object.fields)) {
            if (spec.required && spec.type !== 'AutoNumber' && !placed.has(name)) {
                problems.push({
                    file: layout.file,
                    message: `required field ${layout.object}.${name} is missing`
                });
            }
        }
        return problems;
    });
}

/**
 * Custom field paths a formula mentions (`Due_On__c`, `ISPICKVAL(Status__c, …)`, and through a
 * relationship `Model__r.Active__c`).
 */
function formulaFields(formula: string): string[] {
    return [...formula.matchAll(/(?<![\w.$])((?:[A-Za-z]\w*__r\.)*[A-Za-z]\w*__c)\b/g)].map(
        (match) => match[1] ?? ''
    );
}

/** Custom permissions a formula checks (`$Permission.Manage_Trust_Model`). */
function formulaPermissions(formula: string): string[] {
    return [...formula.matchAll(/\$Permission\.(\w+)/g)].map((match) => match[1] ?? '');
}

/** Whether `path` (`Field__c` or `Rel__r.Field__c`) resolves from `object`. */
function resolvesFrom(pkg: PackageMetadata, object: string, path: string): boolean {
    const parts = path.split('.');
    let current = object;
    for (const relationship of parts.slice(0, -1)) {
        const lookup = findField(pkg.schema, current, relationship.replace(/__r$/, '__c'));
        if (lookup?.spec.referenceTo === undefined) return false;
        current = lookup.spec.referenceTo;
    }
    return findField(pkg.schema, current, parts[parts.length - 1] ?? '') !== undefined;
}

function checkValidationRules(pkg: PackageMetadata): Problem[] {
    return pkg.validationRules.flatMap((rule) => {
        const problems: Problem[] = [];
        const fields = [
            ...formulaFields(rule.formula),
            ...(rule.errorDisplayField ? [rule.errorDisplayField] : [])
        ];
        for (const field of new Set(fields)) {
            if (!resolvesFrom(pkg, rule.object, field)) {
                problems.push({ file: rule.file, message: `unknown field ${rule.object}.${field}` });
            }
        }
        for (const permission of new Set(formulaPermissions(rule.formula))) {
            if (!pkg.customPermissions.includes(permission))
                problems.push({ file: rule.file, message: `unknown custom permission ${permission}` });
        }
        return problems;
    });
}
