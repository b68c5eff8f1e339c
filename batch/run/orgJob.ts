/**
 * `trust-ledger score` against an org, as one job: hold the run lock of the org and day,
 * read the active model, read the evidence, then the shared run (baselines → score → sinks:
 * tallies, output, receipts with their checkpoint), write the baselines back to the model,
 * and summarise. The org's API limit (REQUEST_LIMIT_EXCEEDED) may end any step: it is caught
 * here and only here, and turned into a clean stop — what was written stays, the checkpoint
 * says how far it got, and the summary says so.
 */
import type { TrustModel } from '../../engine/model';
import type { TrustResult } from '../../engine/result';
import { Checkpoint } from '../org/checkpoint';
import { readActiveModel, writeBaselines, type ActiveModel } from '../org/modelStore';
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
    /** Told the model in force before any result (output formats print its name). */
    onModel?: (model: TrustModel) => void;
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
    const active = await readActiveModel(api);
    const model = active.model;
    facts.model = { model, recordId: active.recordId };
    options.onModel?.(model);

    const input = await openOrgInput(api, model, {
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
            asOfDay: asOf.day,
            baselines: { stored: active.storedBaselines, changedOnly: Boolean(since) },
            onBaselines: (outcome) => (facts.baselines = outcome),
            sinks: (_baselines, rollups) => {
                step = new CheckpointStep(checkpoint, checkpointJob(active, chunks, options), dryRun);
                facts.checkpoint = { resumedFrom: step.resumedFrom, ignored: step.ignored };
                const tally = new RunTally();
                const alerts = alertStep(options, model, step.resumedFrom);
                // A full run scores every account, so only a changed-only one leaves roll-ups behind.
                const ancestors = since && rollups.size > 0 ? new AncestorRollups(rollups) : null;
                const lastly = ancestors ? () => ancestors.items(api, asOf.text) : undefined;
                const receipts = receiptSink(options, active, input, step, alerts, lastly);
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
            complete: async ({ baselines }) => {
                // Stored baselines describe the whole org: a changed-only run computed none worth keeping.
                if (!dryRun && !since && active.recordId)
                    await writeBaselines(api, active.recordId, baselines, asOf.text);
                step?.clear();
            }
        });
    } finally {
        chunks.close();
    }
}

/** The job a checkpoint must describe to be resumed: same day, model, kind of run and data. */
function checkpointJob(active: ActiveModel, chunks: OrgChunks, options: OrgRunOptions): CheckpointJob {
    return {
        asOf: options.asOf.text,
        modelKey: checkpointModelKey(active.recordId, active.model.version, options.onlyChangedSince),
        accounts: chunks.accounts,
        fingerprint: chunks.fingerprint
    };
}

function receiptSink(
    options: OrgRunOptions,
    active: ActiveModel,
    input: OrgInput,
    step: CheckpointStep,
    alerts: AlertSink | null,
    lastly: (() => Promise<WriteItem[]>) | undefined
): ReceiptSink {
    const { model } = active;
    return new ReceiptSink({
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
