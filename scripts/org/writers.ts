/**
 * Writes receipts and Account trust fields. REST: sObject Collections, 200 records a call,
 * records that hit a row lock retried on their own; Bulk: one ingest job per object (split
 * only past the 100 MB upload limit). Other per-record failures are reported, never fatal.
 */
import { stringify } from 'csv-stringify/sync';
import { runIngestJob, type BulkOptions, DEFAULT_BULK } from './bulk';
import type { OrgApi, SaveResult } from './orgApi';
import { backoffMs, DEFAULT_RETRY } from './retry';

export interface WriteItem {
    accountId: string;
    receipt: Record<string, unknown>;
    /** Null when the Account already holds a newer score (a backfill of an older day). */
    account: Record<string, unknown> | null;
}

export interface WriteFailure {
    accountId: string;
    object: string;
    error: string;
}

export interface ResultWriter {
    /** Writes (or queues) up to 200 accounts' records; returns failures known so far. */
    write(items: WriteItem[]): Promise<WriteFailure[]>;
    /** Flushes anything queued; returns the remaining failures. */
    finish(): Promise<WriteFailure[]>;
    readonly jobs: number;
}

export const COLLECTION_SIZE = 200;
const LOCK_RETRIES = 5;

function describeErrors(result: SaveResult): string {
    return result.errors
        .map((e) => `${e.statusCode}: ${e.message}${e.fields?.length ? ` (${e.fields.join(', ')})` : ''}`)
        .join('; ');
}

export class RestWriter implements ResultWriter {
    readonly jobs = 0;
    constructor(
        private readonly api: OrgApi,
        private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms))
    ) {}

    /** Saves records, retrying only the ones that failed on a row lock. */
    private async save(
        object: string,
        records: { accountId: string; record: Record<string, unknown> }[],
        call: (records: Record<string, unknown>[]) => Promise<SaveResult[]>
    ): Promise<WriteFailure[]> {
        let pending = records;
        const failures: WriteFailure[] = [];
        for (let attempt = 1; pending.length > 0; attempt++) {
            const results = await call(pending.map((p) => p.record));
            const locked: typeof pending = [];
            results.forEach((result, i) => {
                const item = pending[i];
                if (!item || result.success) return;
                const isLock = result.errors.some((e) => e.statusCode === 'UNABLE_TO_LOCK_ROW');
                if (isLock && attempt < LOCK_RETRIES) locked.push(item);
                else failures.push({ accountId: item.accountId, object, error: describeErrors(result) });
            });
            pending = locked;
            if (pending.length > 0) await this.sleep(backoffMs(attempt, DEFAULT_RETRY));
        }
        return failures;
    }

    async write(items: WriteItem[]): Promise<WriteFailure[]> {
        const failures: WriteFailure[] = [];
        for (let i = 0; i < items.length; i += COLLECTION_SIZE) {
            const chunk = items.slice(i, i + COLLECTION_SIZE);
            const receipts = chunk.map((item) => ({ accountId: item.accountId, record: item.receipt }));
            failures.push(
                ...(await this.save('Trust_Score__c', receipts, (r) =>
                    this.api.upsert('Trust_Score__c', 'Key__c', r)
                ))
            );
            const accounts = chunk.flatMap((item) =>
                item.account ? [{ accountId: item.accountId, record: item.account }] : []
            );
            if (accounts.length > 0)
                failures.push(
                    ...(await this.save('Account', accounts, (r) => this.api.update('Account', r)))
                );
        }
        return failures;
    }

    async finish(): Promise<WriteFailure[]> {
        return [];
    }
}

/** Bulk 2.0 CSV: an empty cell leaves a field unchanged, so nulls are written as #N/A. */
function toCsv(records: Record<string, unknown>[], columns: string[]): string {
    const rows = records.map((r) =>
        columns.map((c) => (r[c] === null || r[c] === undefined ? '#N/A' : String(r[c])))
    );
    return stringify([columns, ...rows], { eof: true, record_delimiter: 'unix' });
}

/** Keeps each upload under Bulk 2.0's 150 MB limit with room to spare. */
const MAX_UPLOAD_CHARS = 100 * 1024 * 1024;

/** One object's rows waiting for a Bulk API 2.0 ingest job. */
class IngestQueue {
    records: Record<string, unknown>[] = [];
    chars = 0;

    constructor(
        readonly object: string,
        readonly externalId: string | null,
        readonly keyColumn: string
    ) {}

    add(record: Record<string, unknown>): void {
        this.records.push(record);
        for (const value of Object.values(record))
            this.chars += value === null || value === undefined ? 4 : String(value).length + 3;
    }
}

/**
 * Bulk API 2.0 writes: one ingest job per object, and a further one only each time an
 * object's CSV passes 100 MB (a job takes at most 150 MB, base64 included).
 */
export class BulkWriter implements ResultWriter {
    jobs = 0;
    private readonly receipts = new IngestQueue('Trust_Score__c', 'Key__c', 'Key__c');
    private readonly accounts = new IngestQueue('Account', null, 'Id');
    private readonly accountOfKey = new Map<string, string>();

    constructor(
        private readonly api: OrgApi,
        private readonly options: BulkOptions = DEFAULT_BULK
    ) {}

    async write(items: WriteItem[]): Promise<WriteFailure[]> {
        for (const item of items) {
            this.receipts.add(item.receipt);
            this.accountOfKey.set(String(item.receipt.Key__c), item.accountId);
            if (item.account) this.accounts.add(item.account);
        }
        const failures: WriteFailure[] = [];
        for (const queue of [this.receipts, this.accounts]) {
            if (queue.chars > MAX_UPLOAD_CHARS) failures.push(...(await this.flush(queue)));
        }
        return failures;
    }

    private async flush(queue: IngestQueue): Promise<WriteFailure[]> {
        if (queue.records.length === 0) return [];
        const columns = Object.keys(queue.records[0] ?? {});
        this.jobs++;
        const result = await runIngestJob(
            this.api,
            queue.object,
            queue.externalId,
            toCsv(queue.records, columns),
            queue.keyColumn,
            this.options
        );
        const failures = result.failures.map((f) => ({
            accountId: queue.object === 'Account' ? f.key : (this.accountOfKey.get(f.key) ?? f.key),
            object: queue.object,
            error: f.error
        }));
        if (queue.object === 'Trust_Score__c') this.accountOfKey.clear();
        queue.records = [];
        queue.chars = 0;
        return failures;
    }

    async finish(): Promise<WriteFailure[]> {
        return [...(await this.flush(this.receipts)), ...(await this.flush(this.accounts))];
    }
}
