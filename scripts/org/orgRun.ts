/**
 * `trust-ledger score` against an org. The job lives with the shared run in
 * ../pipeline/orgJob.ts; this module keeps the names the org package has always exported.
 */
export { runOrgScore, type OrgRunOptions } from '../pipeline/orgJob';
export type { Mover, OrgRunSummary } from '../pipeline/summary';
