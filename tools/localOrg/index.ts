/**
 * The embedded local org: a loopback server speaking the subset of the Salesforce REST API
 * Trust Ledger uses (query paging with child subqueries, sObject Collections, Bulk API 2.0,
 * describe, limits), storing records in SQLite with tables made from the project's metadata.
 */
export { startLocalOrg, newAccessToken, DEFAULT_API_LIMIT, DEFAULT_DATA_DIR, LOCK_FILE } from './localOrg';
export type { LocalOrg, LocalOrgOptions, ServedData } from './localOrg';
export { storeFolderFor } from './storeFolder';
export { localOrgCommand } from './command';
export { serveLocalOrg } from './serve';
export { importExportFolder } from './importExport';
export type { ImportSummary } from './importExport';
export { ApiError, apiErrors } from './errors';
export type { SaveError } from './errors';
export { FaultInjector } from './faults';
export { PlatformRules } from './platformRules';
export type { PlatformOptions } from './platformRules';
export type { FaultDecision, RequestFault } from './faults';
export { loadLocalSchema, buildOrgSchema } from './schema';
export type { LocalField, LocalObject, OrgSchema, ValueKind } from './schema';
export { Store, MEMORY } from './store';
export { makeId, normalizeId } from './ids';
export { QueryEngine } from './soql';
export type { QueryResult } from './soql';
