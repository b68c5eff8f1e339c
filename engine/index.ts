/**
 * Trust Ledger engine: pure functions, no I/O. Bundled unchanged into the `c/trustEngine`
 * Lightning service module, so the panel and the batch CLI compute the same numbers.
 */
export * from './catalog';
export * from './evidence';
export * from './dates';
export * from './model';
export * from './segment';
export * from './modelSet';
export * from './baselines';
export * from './result';
export { scoreAccount, scoreFromSignals, type ScoreOptions } from './score';
export { explainResult } from './explain';
export {
    computeRollups,
    HierarchyCycleError,
    type Rollup,
    type RollupMember,
    type WeightBasis
} from './rollup';
export { contractValue } from './contractValue';
export { isInForce, isModelBand, lastExpiryDay, overrideInForce, withOverride } from './override';
export { NonFiniteResultError } from './finite';
export { lossAversionFactor } from './signals';
export {
    CUSTOM_AGGREGATES,
    MAX_CUSTOM_SIGNALS,
    type CustomAggregate,
    type CustomSignalSetting
} from './signals/customSetting';
export { signalLabel } from './signalLabel';
export { evidenceAfterStep } from './nextBand';
