/** Permission sets and custom permissions. */
import { repoRelative } from '../paths';
import type { XmlElement } from '../xml';
import { elements, flag, readXml, text } from '../xml';
import { baseName, listFiles } from './files';
import type { ObjectPermissionDef, PermissionSetDef } from './types';

export function readPermissionSets(permissionSetsDir: string): PermissionSetDef[] {
    const suffix = '.permissionset-meta.xml';
    return listFiles(permissionSetsDir, suffix).map((file) => {
        const set = readXml(file).element;
        const enabledNames = (name: string, key: string, enabledKey: string): string[] =>
            elements(set, name)
                .filter((entry) => flag(entry, enabledKey))
                .map((entry) => text(entry, key) ?? '');
        return {
            file: repoRelative(file),
            name: baseName(file, suffix),
            objectPermissions: elements(set, 'objectPermissions').map(objectPermission),
            fieldPermissions: elements(set, 'fieldPermissions').map((entry) => ({
                field: text(entry, 'field') ?? '',
                readable: flag(entry, 'readable'),
                editable: flag(entry, 'editable')
            })),
            tabs: elements(set, 'tabSettings')
                .filter((entry) => text(entry, 'visibility') !== 'None')
                .map((entry) => text(entry, 'tab') ?? ''),
            applications: enabledNames('applicationVisibilities', 'application', 'visible'),
            customPermissions: enabledNames('customPermissions', 'name', 'enabled'),
            userPermissions: enabledNames('userPermissions', 'name', 'enabled')
        };
    });
}

function objectPermission(entry: XmlElement): ObjectPermissionDef {
    return {
        object: text(entry, 'object') ?? '',
        allowRead: flag(entry, 'allowRead'),
        allowCreate: flag(entry, 'allowCreate'),
        allowEdit: flag(entry, 'allowEdit'),
        allowDelete: flag(entry, 'allowDelete'),
        viewAllRecords: flag(entry, 'viewAllRecords'),
        modifyAllRecords: flag(entry, 'modifyAllRecords')
    };
}

export function readCustomPermissionNames(customPermissionsDir: string): string[] {
    const suffix = '.customPermission-meta.xml';
    return listFiles(customPermissionsDir, suffix).map((file) => baseName(file, suffix));
}
