/** Demo data: a realistic synthetic Salesforce org as a Data Loader-style CSV export. */
export type { DemoDataOptions, DemoDataSummary } from './generate';
export {
    DEFAULT_REFERENCE_DATE,
    DEFAULT_SEED,
    generateDemoData,
    orgContextFor,
    PROGRESS_INTERVAL
} from './generate';
export { generateAccount } from './account';
export type { Archetype, Segment } from './archetypes';
export { ARCHETYPES, SEGMENTS } from './archetypes';
export type { DemoSink } from './records';
export { isValidSalesforceId, KEY_PREFIXES, salesforceIdSuffix } from './salesforceId';
