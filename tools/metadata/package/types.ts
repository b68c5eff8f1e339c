/**
 * In-memory view of the package that the consistency checker works on. Everything is plain
 * data (no file handles), so a test can copy it, break one thing and see the checker name it.
 * Every definition carries `file`, the repository-relative path problems are reported against.
 */
import type { ObjectCatalog } from '../types';

export interface Located {
    file: string;
}

export interface ObjectDef extends Located {
    name: string;
    compactLayoutAssignment?: string;
}

export interface ObjectPermissionDef {
    object: string;
    allowRead: boolean;
    allowCreate: boolean;
    allowEdit: boolean;
    allowDelete: boolean;
    viewAllRecords: boolean;
    modifyAllRecords: boolean;
}

export interface FieldPermissionDef {
    /** `Object.Field` */
    field: string;
    readable: boolean;
    editable: boolean;
}

export interface PermissionSetDef extends Located {
    name: string;
    objectPermissions: ObjectPermissionDef[];
    fieldPermissions: FieldPermissionDef[];
    tabs: string[];
    applications: string[];
    customPermissions: string[];
    /** System permissions such as ApiEnabled and EditTask. */
    userPermissions: string[];
}

export interface ReportTypeColumnDef {
    /** `Account` for the base object, `Account.Trust_Scores__r` for a joined child. */
    table: string;
    field: string;
}

export interface ReportTypeDef extends Located {
    name: string;
    baseObject: string;
    /** Child relationship names joined to the base object, outermost first. */
    joins: string[];
    columns: ReportTypeColumnDef[];
}

export interface ReportFieldRef {
    /** `table$field`, e.g. `Account.Trust_Scores__r$Score__c`. */
    column: string;
    /** Where the report uses it: column, grouping, filter, sort, time frame. */
    usage: string;
    /** Filter values, for picklist checks. */
    value?: string;
}

export interface ReportDef extends Located {
    /** `Folder/DeveloperName`, as dashboards reference it. */
    fullName: string;
    folder: string;
    reportType: string;
    fieldRefs: ReportFieldRef[];
    /** Grouping columns, for dashboard checks. */
    groupings: string[];
}

export interface DashboardComponentDef {
    header: string;
    report: string;
    groupingColumn?: string;
    summaryColumns: string[];
}

export interface DashboardDef extends Located {
    fullName: string;
    components: DashboardComponentDef[];
}

export interface ListViewFilterDef {
    field: string;
    operation: string;
    value?: string;
}

export interface ListViewDef extends Located {
    object: string;
    name: string;
    columns: string[];
    filters: ListViewFilterDef[];
}

export interface CompactLayoutDef extends Located {
    object: string;
    name: string;
    fields: string[];
}

export interface LayoutItemDef {
    field: string;
    behavior: string;
}

export interface LayoutDef extends Located {
    object: string;
    name: string;
    items: LayoutItemDef[];
}

export interface ValidationRuleDef extends Located {
    object: string;
    name: string;
    formula: string;
    errorDisplayField?: string;
}

export interface TabDef extends Located {
    name: string;
    customObject: boolean;
    flexiPage?: string;
}

export interface ApplicationDef extends Located {
    name: string;
    tabs: string[];
}

export interface LabelDef extends Located {
    name: string;
}

export interface LabelReference extends Located {
    label: string;
}

/** `@salesforce/schema/Trust_Score__c.Model__r.Version__c` → object and field path. */
export interface SchemaReference extends Located {
    object: string;
    path: string[];
}

export interface ExportColumnDef {
    name: string;
    /** The field's kind in the evidence field table (records/evidenceFields.ts). */
    kind: string;
    /** For a lookup: the object it must point to. */
    to?: string;
}

export interface ExportObjectDef {
    apiName: string;
    columns: ExportColumnDef[];
}

export interface PackageMetadata {
    /** Standard objects Trust Ledger reads plus the package's objects and fields. */
    schema: ObjectCatalog;
    objects: ObjectDef[];
    permissionSets: PermissionSetDef[];
    customPermissions: string[];
    reportTypes: ReportTypeDef[];
    reportFolders: string[];
    reports: ReportDef[];
    dashboardFolders: string[];
    dashboards: DashboardDef[];
    listViews: ListViewDef[];
    compactLayouts: CompactLayoutDef[];
    layouts: LayoutDef[];
    validationRules: ValidationRuleDef[];
    tabs: TabDef[];
    applications: ApplicationDef[];
    flexiPages: string[];
    labels: LabelDef[];
    labelReferences: LabelReference[];
    schemaReferences: SchemaReference[];
    /** The evidence field table (`records/evidenceFields.ts`), which must match the schema. */
    exportObjects: ExportObjectDef[];
    /** Where `exportObjects` comes from, for problem messages. */
    exportSchemaFile: string;
}
