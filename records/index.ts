/**
 * Salesforce records ⇄ engine shapes, shared by the CLI and the components (bundled into
 * `c/trustEngine` beside the engine): UI API GraphQL nodes → evidence, stored receipts and
 * model versions; saving a new model version; a result → the `Trust_Score__c` and Account
 * fields both sides write.
 */
export * from './graphqlValues';
export * from './graphqlEvidence';
export * from './customEvidence';
export * from './storedReceipt';
export * from './modelRecord';
export * from './modelVersion';
export * from './modelsInForce';
export { versionsInForce, type ForceKey } from './modelSlot';
export * from './receipt';
export * from './overrideView';
export * from './rollupView';
export * from './overrideEdit';
export * from './alertSubject';
export * from './alertView';
export * from './whatIf';
export * from './backtest';
export * from './modelSetDraft';
export * from './segmentScope';
export * from './segmentFieldChoices';
