/**
 * The org sink: each scored account's receipt (Trust_Score__c) and Account trust fields, in
 * batches handed to a REST or Bulk writer (org/writers.ts). After each batch the checkpoint
 * moves to what the writer says the org holds, which for Bulk lags what it has queued.
 * Accounts an earlier run of the same job already wrote are scored (for the tallies and the
 * output) but not written again.
 */
import {
    accountRollupFields,
    accountTrustFields,
    receiptRecord,
    type ReceiptContext
} from '../../records/receipt';
import type { ModelRef } from '../../engine/result';
import type { OrgApi } from '../org/orgApi';
import { BulkWriter, RestWriter, type ResultWriter, type WriteFailure, type WriteItem } from '../org/writers';
import type { BatchCompanion } from './alertSink';
import type { CheckpointStep } from './checkpointStep';
import type { ScoredAccount, ScoreSink } from './scoreStep';

/** Accounts per write batch (and checkpoint step) unless a run says otherwise. */
export const DEFAULT_BATCH_SIZE = 200;

/** Bulk API 2.0 ingest jobs, or sObject Collections calls. */
export function receiptWriter(api: OrgApi, bulk: boolean): ResultWriter {
    return bulk ? new BulkWriter(api) : new RestWriter(api);
}

export interface ReceiptSinkOptions {
    writer: ResultWriter;
    checkpoint: CheckpointStep;
    context: ReceiptContext;
    /**
     * With models per segment: the Trust_Model__c record of the model that scored an account,
     * so its receipt's Model__c names the model used. Absent: `context.model` for every one.
     */
    recordIdOf?: (model: ModelRef) => string | null;
    /** Accounts in the source: the last batch covers up to here. */
    accounts: number;
    /** Build and count the batches, write nothing. */
    dryRun: boolean;
    batchSize?: number;
    /** Writes each batch's own records before its receipts (trust alerts), so the checkpoint covers them. */
    companions?: readonly BatchCompanion[];
    /**
     * Account updates known only once every account went through (the roll-ups above the
     * accounts a changed-only run rescored), written after the last batch; not in a dry run.
     */
    lastly?: () => Promise<WriteItem[]>;
    /**
     * Called after each batch is handed to the writer and the checkpoint updated (crash
     * tests kill the process here); a Bulk writer may still be holding the batch.
     */
    onBatchWritten?: (batches: number) => void;
}

export class ReceiptSink implements ScoreSink {
    /** Records the org refused, in the order they were reported. */
    readonly failures: WriteFailure[] = [];
    private batch: WriteItem[] = [];
    private batches = 0;
    private readonly batchSize: number;

    constructor(private readonly options: ReceiptSinkOptions) {
        this.batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    }

    /** Ingest jobs the writer ran (0 for REST). */
    get jobs(): number {
        return this.options.writer.jobs;
    }

    async add({ result, position, previous, mayUpdateAccount }: ScoredAccount): Promise<void> {
        const { context, recordIdOf } = this.options;
        if (position >= this.options.checkpoint.resumedFrom) {
            const own = recordIdOf && result.model;
            const receiptContext = own
                ? { ...context, model: { ...own, recordId: recordIdOf(own) } }
                : context;
            this.batch.push({
                accountId: result.accountId,
                receipt: receiptRecord(result, previous, receiptContext),
                account: mayUpdateAccount
                    ? {
                          ...accountTrustFields(result, previous, context.asOf),
                          ...accountRollupFields(result)
                      }
                    : null
            });
        }
        if (this.batch.length >= this.batchSize) await this.flush(position + 1);
    }

    /** Writes the last batch, the updates that come last, and whatever the writer still queues. */
    async finish(): Promise<void> {
        const { writer, accounts, dryRun, lastly } = this.options;
        await this.flush(accounts);
        if (dryRun) return;
        const last = lastly ? await lastly() : [];
        if (last.length > 0) this.failures.push(...(await writer.write(last, accounts)));
        this.failures.push(...(await writer.finish()));
    }

    private async flush(upTo: number): Promise<void> {
        const { writer, checkpoint, dryRun } = this.options;
        for (const companion of this.options.companions ?? [])
            this.failures.push(...(await companion.flush()));
        if (!dryRun) {
            this.failures.push(...(await writer.write(this.batch, upTo)));
            checkpoint.advance(writer.durable);
        }
        this.batch = [];
        this.options.onBatchWritten?.(++this.batches);
    }
}
