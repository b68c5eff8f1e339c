/**
 * Reads the whole package (plus the CSV export contract) into a `PackageMetadata` for the
 * consistency checker.
 */
import path from 'node:path';
import { EVIDENCE_OBJECTS } from '../../../records/evidenceFields';
import { defaultDir, FORCE_APP_DIR, REPO_ROOT, repoRelative } from '../paths';
import { loadOrgSchema } from '../schema';
import { readApplications, readFlexiPageNames, readLayouts, readTabs } from './readUi';
import { readDashboards, readFolderNames, readReports, readReportTypes } from './readAnalytics';
import { readLabels } from './readLabels';
import { readReferences } from './readReferences';
import { readCompactLayouts, readListViews, readObjectDefs, readValidationRules } from './readObjects';
import { readCustomPermissionNames, readPermissionSets } from './readSecurity';
import type { ExportObjectDef, PackageMetadata } from './types';

export type * from './types';

const EXPORT_SCHEMA_FILE = repoRelative(path.join(REPO_ROOT, 'records', 'evidenceFields.ts'));

export function exportObjectDefs(): ExportObjectDef[] {
    return EVIDENCE_OBJECTS.map((o) => ({
        apiName: o.object,
        columns: o.fields.map((f) => ({
            name: f.field,
            kind: f.kind,
            ...(f.to === null ? {} : { to: f.to })
        }))
    }));
}

export function loadPackageMetadata(forceAppDir: string = FORCE_APP_DIR): PackageMetadata {
    const root = defaultDir(forceAppDir);
    const dir = (name: string): string => path.join(root, name);
    return {
        schema: loadOrgSchema(dir('objects')),
        objects: readObjectDefs(dir('objects')),
        permissionSets: readPermissionSets(dir('permissionsets')),
        customPermissions: readCustomPermissionNames(dir('customPermissions')),
        reportTypes: readReportTypes(dir('reportTypes')),
        reportFolders: readFolderNames(dir('reports'), '.reportFolder-meta.xml'),
        reports: readReports(dir('reports')),
        dashboardFolders: readFolderNames(dir('dashboards'), '.dashboardFolder-meta.xml'),
        dashboards: readDashboards(dir('dashboards')),
        listViews: readListViews(dir('objects')),
        compactLayouts: readCompactLayouts(dir('objects')),
        layouts: readLayouts(dir('layouts')),
        validationRules: readValidationRules(dir('objects')),
        tabs: readTabs(dir('tabs')),
        applications: readApplications(dir('applications')),
        flexiPages: readFlexiPageNames(dir('flexipages')),
        labels: readLabels(dir('labels')),
        ...readReferences(forceAppDir),
        exportObjects: exportObjectDefs(),
        exportSchemaFile: EXPORT_SCHEMA_FILE
    };
}
