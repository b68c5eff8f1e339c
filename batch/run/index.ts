/** One scoring run for an export folder or an org: source → baselines → roll-ups → score → sinks → summary. */
export { baselinesStep, type BaselinesOutcome, type BaselinesSource } from './baselines';
export { openFolderInput, type FolderInputOptions } from './folderInput';
export { prepareOfflineRun, type OfflineRun } from './offlineScore';
export { runOrgScore, type OrgRunOptions } from './orgJob';
export { PendingOutput } from './outputSink';
export { rollupStep, HierarchyCycleInputError } from './rollupStep';
export { runScore, type RunPlan } from './run';
export { scoreStep, type ChunkContext, type ScoredAccount, type ScoreSink } from './scoreStep';
export { storeSource, type ScoreSource } from './source';
export type { Mover, OrgRunSummary } from './summary';
