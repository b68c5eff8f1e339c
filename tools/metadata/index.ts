/** Salesforce metadata of the package, readable by the CLI, the local org and the checks. */
export type { FieldSpec, FieldType, ObjectCatalog, ObjectSpec } from './types';
export { FIELD_TYPES, isFieldType, isReferenceType } from './types';
export { readObjectMetadata } from './objectMetadata';
export { STANDARD_OBJECTS } from './standardObjects';
export {
    findChildRelationship,
    findField,
    findFieldOrRelationship,
    loadOrgSchema,
    mergeCatalogs
} from './schema';
export type { FieldRef } from './schema';
export { FORCE_APP_DIR, OBJECTS_DIR, REPO_ROOT } from './paths';
export { loadPackageMetadata } from './package';
export type { PackageMetadata } from './package';
export { checkConsistency, formatProblem } from './consistency';
export type { Problem } from './consistency';
