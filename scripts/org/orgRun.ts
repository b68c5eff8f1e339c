/**
 * `trust-ledger score` against an org: read the active model, stage the org's evidence,
 * compute baselines, score account by account, write receipts and Account trust fields in
 * batches (checkpointed), write the baselines back to the model, and summarise.
 */
import {
    BASELINE_EVIDENCE,
    BaselineAccumulator,
    normaliseBaselines,
    type OrgBaselines
} from '../../engine/baselines';
import type { TrustModel } from '../../engine/model';
import type { TrustResult } from '../../engine/result';
import { scoreAccount } from '../../engine/score';
import type { LoadProgress } from '../csv/exportStore';
import { bulkFromAccounts, countAccounts, openChunks, type OrgChunks } from './chunks';
import { changedAccounts } from './changedAccounts';
import { Checkpoint, type CheckpointIssue } from './checkpoint';
import { readActiveModel, writeBaselines, type ActiveModel } from './modelStore';
import type { ApiLimits, OrgApi } from './orgApi';
import { readPreviousScores } from './previousScores';
import { accountTrustFields, receiptRecord } from '../../records/receipt';
import { PROVISIONAL_LABEL } from '../output/formats';
import { ApiLimitError } from './retry';
import { RunLock } from './runLock';
import { BulkWriter, RestWriter, type ResultWriter, type WriteFailure, type WriteItem } from './writers';

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

export interface Mover {
    accountId: string;
    accountName: string | null;
    previous: number;
    score: number;
}

export interface OrgRunSummary {
    model: { name: string; version: number; recordId: string | null; fellBackToDefault: boolean };
    baselines: OrgBaselines;
    baselinesSource: 'computed' | 'stored' | 'computed (no stored baselines)';
    accountsInOrg: number;
    accountsScored: number;
    resumedFrom: number;
    /** A checkpoint was found and not used, and why (the run started from the first account). */
    checkpointIgnored?: { issue: CheckpointIssue; file: string } | null;
    bands: Record<string, number>;
    movers: Mover[];
    failures: WriteFailure[];
    written: boolean;
    bulkJobs: number;
    apiCalls: number;
    retries: number;
    limitsBefore: ApiLimits | null;
    limitsAfter: ApiLimits | null;
    stoppedByLimit: string | null;
    rows: number;
    /** Won deals that closed before they were created, left out of cycle times. */
    closedBeforeCreated?: number;
    /** Bulk API 2.0 was chosen because the org is large, not asked for with --bulk. */
    bulkChosen?: boolean;
}

/**
 * Runs the whole job. When the org's API limit runs out (REQUEST_LIMIT_EXCEEDED) at any step
 * the run stops cleanly: what was written stays, the checkpoint says how far it got, and the
 * summary says so. A run that writes holds the lock of its org and day throughout; another
 * run holding it stops this one with RunLockedError before anything is read.
 */
export async function runOrgScore(options: OrgRunOptions): Promise<OrgRunSummary> {
    const partial: Partial<OrgRunSummary> = {};
    const checkpoint = new Checkpoint(options.checkpointDir, options.api.instanceUrl, options.asOf.text);
    const lock = options.dryRun ? null : new RunLock(checkpoint.lockFile);
    lock?.acquire();
    try {
        return await run(options, partial, checkpoint);
    } catch (error) {
        if (!(error instanceof ApiLimitError)) throw error;
        return {
            model: partial.model ?? {
                name: '(not read)',
                version: 0,
                recordId: null,
                fellBackToDefault: false
            },
            baselines: partial.baselines ?? normaliseBaselines(null),
            baselinesSource: partial.baselinesSource ?? 'computed',
            accountsInOrg: partial.accountsInOrg ?? 0,
            accountsScored: partial.accountsScored ?? 0,
            resumedFrom: partial.resumedFrom ?? 0,
            checkpointIgnored: partial.checkpointIgnored ?? null,
            bands: partial.bands ?? {},
            movers: [],
            failures: partial.failures ?? [],
            written: !options.dryRun,
            bulkJobs: 0,
            apiCalls: options.api.calls,
            retries: options.api.retries,
            limitsBefore: partial.limitsBefore ?? null,
            limitsAfter: null,
            stoppedByLimit: error.message,
            rows: partial.rows ?? 0
        };
    } finally {
        lock?.release();
    }
}

async function run(
    options: OrgRunOptions,
    partial: Partial<OrgRunSummary>,
    checkpoint: Checkpoint
): Promise<OrgRunSummary> {
    const { api } = options;
    const progress = options.onProgress ?? (() => undefined);
    const limitsBefore = await api.limits();
    partial.limitsBefore = limitsBefore;
    const active = await readActiveModel(api);
    const model: TrustModel = active.model;
    partial.model = {
        name: model.name,
        version: model.version,
        recordId: active.recordId,
        fellBackToDefault: active.recordId === null
    };
    options.onModel?.(model);

    // Large orgs go through Bulk API 2.0 even without --bulk: REST paging would spend far more calls.
    const accounts = await countAccounts(api);
    const bulk = options.bulk || accounts >= bulkFromAccounts();
    partial.bulkChosen = bulk && !options.bulk;
    const chunks = await openChunks(api, model, {
        bulk,
        accounts,
        workDir: options.checkpointDir,
        onProgress: (p: LoadProgress) => progress(`reading ${p.file}`, p.rows)
    });
    partial.accountsInOrg = chunks.accounts;
    partial.rows = chunks.rows;
    try {
        return await scoreChunks(
            { ...options, bulk },
            partial,
            active,
            model,
            chunks,
            limitsBefore,
            checkpoint
        );
    } finally {
        chunks.close();
    }
}

async function scoreChunks(
    options: OrgRunOptions,
    partial: Partial<OrgRunSummary>,
    active: ActiveModel,
    model: TrustModel,
    chunks: OrgChunks,
    limitsBefore: ApiLimits | null,
    checkpoint: Checkpoint
): Promise<OrgRunSummary> {
    const { api, asOf } = options;
    const batchSize = options.batchSize ?? 200;
    const progress = options.onProgress ?? (() => undefined);
    let baselines: OrgBaselines;
    let baselinesSource: OrgRunSummary['baselinesSource'] = 'computed';
    if (options.onlyChangedSince && active.storedBaselines) {
        baselines = active.storedBaselines;
        baselinesSource = 'stored';
    } else {
        const acc = new BaselineAccumulator(model, asOf.day);
        const kinds = new Set(BASELINE_EVIDENCE);
        await chunks.each(async (store) => {
            for (let i = 0; i < store.accounts; i++) acc.add(store.evidenceFor(i, kinds));
        });
        baselines = acc.result();
        partial.closedBeforeCreated = acc.closedBeforeCreated;
        if (options.onlyChangedSince) baselinesSource = 'computed (no stored baselines)';
    }

    const modelKey = `${active.recordId ?? 'default'}:${model.version}:${options.onlyChangedSince ?? 'full'}`;
    const job = { asOf: asOf.text, modelKey, accounts: chunks.accounts, fingerprint: chunks.fingerprint };
    const resume = options.dryRun ? { written: 0, ignored: null } : checkpoint.resumeFrom(job);
    const resumedFrom = resume.written;
    const checkpointIgnored = resume.ignored ? { issue: resume.ignored, file: checkpoint.file } : null;
    // A checkpoint left aside is removed, so a later resume can only find this run's own.
    if (checkpointIgnored) checkpoint.clear();
    const writer: ResultWriter = options.bulk ? new BulkWriter(api) : new RestWriter(api);
    const scoredAt = (options.now ?? (() => new Date()))().toISOString();
    const receiptContext = {
        asOf: asOf.text,
        model: { name: model.name, version: model.version, recordId: active.recordId },
        scoredAt,
        source: 'Batch' as const
    };

    const bands: Record<string, number> = {};
    const movers: Mover[] = [];
    const failures: WriteFailure[] = [];
    Object.assign(partial, { baselines, baselinesSource, resumedFrom, checkpointIgnored, bands, failures });
    let scored = 0;
    let stoppedByLimit: string | null = null;
    let batch: WriteItem[] = [];
    let batches = 0;

    // The checkpoint moves only as far as the org holds the writes, never to what is queued.
    let saved = resumedFrom;
    const flush = async (upTo: number): Promise<void> => {
        if (!options.dryRun) {
            failures.push(...(await writer.write(batch, upTo)));
            const written = Math.max(resumedFrom, writer.durable);
            if (written > saved) {
                checkpoint.save({ ...job, written });
                saved = written;
            }
        }
        batch = [];
        options.onBatchWritten?.(++batches);
    };

    try {
        await chunks.each(async (store, offset, range) => {
            const changed = options.onlyChangedSince
                ? await changedAccounts(api, store, options.onlyChangedSince, range)
                : null;
            const previous = await readPreviousScores(api, store, asOf.text, range);
            for (let i = 0; i < store.accounts; i++) {
                const position = offset + i;
                if (changed && changed[i] !== 1) continue;
                const result = scoreAccount(store.evidenceFor(i), model, baselines, asOf.day);
                scored++;
                partial.accountsScored = scored;
                // A provisional score is scored but has no band: counted apart, never as unscored.
                const band = result.provisional ? PROVISIONAL_LABEL : (result.band ?? 'not scored');
                bands[band] = (bands[band] ?? 0) + 1;
                const before = previous.previous(i);
                if (before !== null && result.score !== null) {
                    movers.push({
                        accountId: result.accountId,
                        accountName: result.accountName,
                        previous: before,
                        score: result.score
                    });
                }
                if (options.onResult) await options.onResult(result);
                if (position >= resumedFrom) {
                    batch.push({
                        accountId: result.accountId,
                        receipt: receiptRecord(result, before, receiptContext),
                        account: previous.mayUpdateAccount(i)
                            ? accountTrustFields(result, before, asOf.text)
                            : null
                    });
                }
                if (batch.length >= batchSize) await flush(position + 1);
                if ((position & 0xff) === 0) progress('scoring and writing', position, chunks.accounts);
            }
        });
        await flush(chunks.accounts);
        if (!options.dryRun) failures.push(...(await writer.finish()));
        if (!options.dryRun && !options.onlyChangedSince && active.recordId) {
            await writeBaselines(api, active.recordId, baselines, asOf.text);
        }
        if (!options.dryRun) checkpoint.clear();
    } catch (error) {
        if (!(error instanceof ApiLimitError)) throw error;
        stoppedByLimit = error.message;
    }

    // Bands in the model's order, lowest first, then the accounts without a score.
    const orderedBands: Record<string, number> = {};
    for (const band of [...model.bands.map((b) => b.name), PROVISIONAL_LABEL, 'not scored']) {
        const count = bands[band];
        if (count) orderedBands[band] = count;
    }
    movers.sort(
        (a, b) =>
            Math.abs(b.score - b.previous) - Math.abs(a.score - a.previous) ||
            (a.accountId < b.accountId ? -1 : 1)
    );
    return {
        model: {
            name: model.name,
            version: model.version,
            recordId: active.recordId,
            fellBackToDefault: active.recordId === null
        },
        baselines,
        baselinesSource,
        accountsInOrg: chunks.accounts,
        accountsScored: scored,
        resumedFrom,
        checkpointIgnored,
        bands: orderedBands,
        movers: movers.slice(0, 5),
        failures,
        written: !options.dryRun,
        bulkJobs: writer.jobs,
        apiCalls: api.calls,
        retries: api.retries,
        limitsBefore,
        limitsAfter: stoppedByLimit ? null : await api.limits().catch(() => null),
        stoppedByLimit,
        rows: chunks.rows,
        closedBeforeCreated: partial.closedBeforeCreated ?? 0,
        bulkChosen: partial.bulkChosen ?? false
    };
}
