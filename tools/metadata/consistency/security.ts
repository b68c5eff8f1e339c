/** Permission sets: everything they grant must exist, and be grantable. */
import { findField } from '../schema';
import type { PackageMetadata, ObjectPermissionDef, PermissionSetDef } from '../package';
import type { Problem } from './problems';
import { splitQualifiedField } from './problems';

export function checkPermissionSets(pkg: PackageMetadata): Problem[] {
    return pkg.permissionSets.flatMap((set) => [
        ...objectProblems(pkg, set),
        ...fieldProblems(pkg, set),
        ...referenceProblems(pkg, set)
    ]);
}

function objectProblems(pkg: PackageMetadata, set: PermissionSetDef): Problem[] {
    return set.objectPermissions.flatMap((permission) => {
        const problem = (message: string): Problem => ({ file: set.file, message });
        if (pkg.schema[permission.object] === undefined) {
            return [problem(`object permission on unknown object ${permission.object}`)];
        }
        return impliedAccessGaps(permission).map((gap) => problem(`${permission.object}: ${gap}`));
    });
}

/** The platform rejects (or silently widens) permissions whose prerequisites are missing. */
function impliedAccessGaps(p: ObjectPermissionDef): string[] {
    const gaps: string[] = [];
    if ((p.allowCreate || p.allowEdit || p.viewAllRecords) && !p.allowRead) {
        gaps.push('create, edit or view all without read');
    }
    if (p.allowDelete && !p.allowEdit) gaps.push('delete without edit');
    if (p.modifyAllRecords && !(p.allowRead && p.allowEdit && p.allowDelete && p.viewAllRecords)) {
        gaps.push('modify all without read, edit, delete and view all');
    }
    return gaps;
}

function fieldProblems(pkg: PackageMetadata, set: PermissionSetDef): Problem[] {
    return set.fieldPermissions.flatMap((permission) => {
        const problem = (message: string): Problem => ({ file: set.file, message });
        const parts = splitQualifiedField(permission.field);
        const ref = parts && findField(pkg.schema, parts.object, parts.field);
        if (ref === undefined) return [problem(`field permission on unknown field ${permission.field}`)];
        const problems: Problem[] = [];
        // Deploying these fails: required and master-detail fields are always visible and editable.
        if (ref.spec.type === 'MasterDetail') {
            problems.push(problem(`field permission on master-detail field ${permission.field}`));
        } else if (ref.spec.required) {
            problems.push(problem(`field permission on required field ${permission.field}`));
        }
        if (permission.editable && !permission.readable) {
            problems.push(problem(`${permission.field} is editable but not readable`));
        }
        if (permission.editable && (ref.spec.type === 'AutoNumber' || ref.spec.type === 'Id')) {
            problems.push(problem(`${permission.field} cannot be editable (${ref.spec.type})`));
        }
        return problems;
    });
}

function referenceProblems(pkg: PackageMetadata, set: PermissionSetDef): Problem[] {
    const problem = (message: string): Problem => ({ file: set.file, message });
    const tabNames = new Set(pkg.tabs.map((tab) => tab.name));
    const appNames = new Set(pkg.applications.map((app) => app.name));
    return [
        ...set.tabs
            .filter((tab) => !tab.startsWith('standard-') && !tabNames.has(tab))
            .map((tab) => problem(`tab setting for unknown tab ${tab}`)),
        ...set.applications
            .filter((app) => !appNames.has(app))
            .map((app) => problem(`visibility of unknown application ${app}`)),
        ...set.customPermissions
            .filter((name) => !pkg.customPermissions.includes(name))
            .map((name) => problem(`unknown custom permission ${name}`))
    ];
}
