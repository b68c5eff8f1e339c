/**
 * `trust-ledger score` against an org, as one job: hold the run lock of the org and day,
 * read the active model, read the evidence, then the shared run (baselines → score → sinks:
 * tallies, output, receipts with their checkpoint), write the baselines back to the model,
 * and summarise. The org's API limit (REQUEST_LIMIT_EXCEEDED) may end any step: it is caught
 * here and only here, and turned into a clean stop — what was written stays, the checkpoint
 * says how far it got, and the summary says so.
 */
import { InvalidModelError, type TrustModel } from '../../engine/model';
import { missingSegmentFields, type ModelSet } from '../../engine/modelSet';
import type { ModelRef, TrustResult } from '../../engine/result';
import { tableSettingsOf } from '../../records/evidenceFields';
import { Checkpoint } from '../org/checkpoint';
import { readActiveModels, writeBaselines, type ActiveModel, type ActiveModels } from '../org/modelStore';
import type { OrgChunks } from '../org/chunks';
import type { OrgApi } from '../org/orgApi';
import type { WriteItem } from '../org/writers';
import { ApiLimitError } from '../org/retry';
import { RunLock } from '../org/runLock';
import { alertStep, type AlertSink } from './alertSink';
import { AncestorRollups } from './ancestorRollups';
import { CheckpointStep, checkpointModelKey, type CheckpointJob } from './checkpointStep';
import { openOrgInput, orgChunkContext, type OrgInput } from './orgInput';
import { resultCallbackSink } from './outputSink';
import { ReceiptSink, receiptWriter } from './receiptSink';
import { runScore } from './run';
import { buildSummary, emptyFacts, type OrgRunFacts, type OrgRunSummary } from './summary';
import { RunTally } from './tally';

export interface OrgRunOptions {
    api: OrgApi;
    asOf: { day: number; text: string };
    bulk: boolean;
    dryRun: boolean;
    /** ISO datetime: rescore only accounts whose evidence changed since, with stored baselines. */
    onlyChangedSince: string | null;
    checkpointDir: string;
    /**
     * Told the model in force before any result (output formats print its name), and every
     * active model in priority order when several score the org.
     */
    onModel?: (model: TrustModel, models?: readonly TrustModel[]) => void;
    /** Receives each scored account, in account Id order (for JSON/CSV/table output). */
    onResult?: (result: TrustResult) => Promise<void>;
    onProgress?: (stage: string, done: number, total?: number) => void;
    /**
     * Called after each batch is handed to the writer and the checkpoint updated (crash
     * tests kill the process here); a Bulk writer may still be holding the batch.
     */
    onBatchWritten?: (batches: number) => void;
    /** Accounts per write batch (and checkpoint step). */
    batchSize?: number;
    now?: () => Date;
}

/**
 * Runs the whole job. A run that writes holds the lock of its org and day throughout; another
 * run holding it stops this one with RunLockedError before anything is read.
 */
export async function runOrgScore(options: OrgRunOptions): Promise<OrgRunSummary> {
    const checkpoint = new Checkpoint(options.checkpointDir, options.api.instanceUrl, options.asOf.text);
    const lock = options.dryRun ? null : new RunLock(checkpoint.lockFile);
    lock?.acquire();
    try {
        const facts = emptyFacts();
        let stoppedByLimit: string | null = null;
        try {
            await orgSteps(options, checkpoint, facts);
        } catch (error) {
            if (!(error instanceof ApiLimitError)) throw error;
            stoppedByLimit = error.message;
        }
        return await buildSummary(facts, { api: options.api, dryRun: options.dryRun, stoppedByLimit });
    } finally {
        lock?.release();
    }
}

/** The steps in order, each noting in `facts` what the summary reports of it. */
async function orgSteps(options: OrgRunOptions, checkpoint: Checkpoint, facts: OrgRunFacts): Promise<void> {
    const { api, asOf, dryRun } = options;
    const since = options.onlyChangedSince;
    const progress = options.onProgress ?? (() => undefined);
    facts.limitsBefore = await api.limits();
    const all = await readActiveModels(api);
    const active = all.fallback;
    const model = active.model;
    // Models per segment when the org has several active; otherwise the one model, as before.
    const models = all.records.length > 1 ? all.set : undefined;
    facts.model = { model, recordId: active.recordId };
    options.onModel?.(model, models?.models);

    if (models) await refuseMissingSegmentFields(api, models);
    const input = await openOrgInput(api, models ? tableSettingsOf(models) : model, {
        bulk: options.bulk,
        workDir: options.checkpointDir,
        onProgress: (p) => progress(`reading ${p.file}`, p.rows)
    });
    const { chunks } = input;
    facts.source = { accounts: chunks.accounts, rows: chunks.rows, bulkChosen: input.bulkChosen };
    try {
        let step: CheckpointStep | null = null;
        await runScore({
            source: chunks,
            model,
            models,
            asOfDay: asOf.day,
            baselines: {
                stored: active.storedBaselines,
                storedByModel: models
                    ? new Map(all.records.map((r) => [r.model, r.storedBaselines]))
                    : undefined,
                changedOnly: Boolean(since)
            },
            onBaselines: (outcome) => (facts.baselines = outcome),
            sinks: (_baselines, rollups) => {
                step = new CheckpointStep(checkpoint, checkpointJob(all, chunks, options), dryRun);
                facts.checkpoint = { resumedFrom: step.resumedFrom, ignored: step.ignored };
                const tally = new RunTally();
                const alerts = alertStep(options, model, step.resumedFrom);
                // A full run scores every account, so only a changed-only one leaves roll-ups behind.
                const ancestors = since && rollups.size > 0 ? new AncestorRollups(rollups) : null;
                const lastly = ancestors ? () => ancestors.items(api, asOf.text) : undefined;
                const receipts = receiptSink(options, all, input, step, alerts, lastly);
                facts.tally = tally;
                facts.receipts = receipts;
                facts.alerts = alerts;
                facts.ancestors = ancestors;
                const output = options.onResult ? [resultCallbackSink(options.onResult)] : [];
                return [
                    tally,
                    ...output,
                    ...(alerts ? [alerts] : []),
                    ...(ancestors ? [ancestors] : []),
                    receipts
                ];
            },
            prepare: orgChunkContext(api, asOf.text, since),
            onProgress: (done, total) => progress('scoring and writing', done, total),
            progressMask: 0xff,
            complete: async ({ baselines, byModel }) => {
                // Stored baselines describe the whole org: a changed-only run computed none worth keeping.
                if (!dryRun && !since)
                    for (const record of all.records)
                        if (record.recordId)
                            await writeBaselines(
                                api,
                                record.recordId,
                                byModel?.get(record.model) ?? baselines,
                                asOf.text
                            );
                step?.clear();
            }
        });
    } finally {
        chunks.close();
    }
}

/** The job a checkpoint must describe to be resumed: same day, model, kind of run and data. */
function checkpointJob(all: ActiveModels, chunks: OrgChunks, options: OrgRunOptions): CheckpointJob {
    const active = all.fallback;
    // Several models: every record counts, so a checkpoint of another set of models is not resumed.
    const recordId = all.records.length > 1 ? all.records.map((r) => r.recordId).join('+') : active.recordId;
    return {
        asOf: options.asOf.text,
        modelKey: checkpointModelKey(recordId, active.model.version, options.onlyChangedSince),
        accounts: chunks.accounts,
        fingerprint: chunks.fingerprint
    };
}

function receiptSink(
    options: OrgRunOptions,
    all: ActiveModels,
    input: OrgInput,
    step: CheckpointStep,
    alerts: AlertSink | null,
    lastly: (() => Promise<WriteItem[]>) | undefined
): ReceiptSink {
    const active = all.fallback;
    const { model } = active;
    return new ReceiptSink({
        recordIdOf: all.records.length > 1 ? recordOf(all.records) : undefined,
        writer: receiptWriter(options.api, input.bulk),
        checkpoint: step,
        context: {
            asOf: options.asOf.text,
            model: { name: model.name, version: model.version, recordId: active.recordId },
            scoredAt: (options.now ?? (() => new Date()))().toISOString(),
            source: 'Batch'
        },
        accounts: input.chunks.accounts,
        dryRun: options.dryRun,
        batchSize: options.batchSize,
        companions: alerts ? [alerts] : [],
        lastly,
        onBatchWritten: options.onBatchWritten
    });
}

/** The record of the model a result names (name and version identify a version). */
function recordOf(records: readonly ActiveModel[]): (model: ModelRef) => string | null {
    const ids = new Map(records.map((r) => [`${r.model.version}:${r.model.name}`, r.recordId]));
    return (model) => ids.get(`${model.version}:${model.name}`) ?? null;
}

/** A segment naming a field the org's Account does not have (or this user cannot read) is bad input. */
async function refuseMissingSegmentFields(api: OrgApi, models: ModelSet): Promise<void> {
    const fields = await api.fieldNames('Account');
    const issues = missingSegmentFields(models, (field) => fields.has(field.toLowerCase()));
    if (issues.length > 0) throw new InvalidModelError(issues, 'the active Trust_Model__c versions');
}
