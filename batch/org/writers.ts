/**
 * Writes receipts and Account trust fields. REST: sObject Collections, 200 records a call,
 * records that hit a row lock retried on their own; Bulk: one ingest job per object (split
 * only past the 100 MB upload limit), rows that hit a row lock sent again in a job of their
 * own. Other per-record failures are reported, never fatal.
 *
 * Each writer says how far the org holds what it was given (`durable`), which is all the
 * checkpoint may claim: a Bulk writer queues rows long before their jobs have run.
 */
import { stringify } from 'csv-stringify/sync';
import { runIngestJob, type BulkOptions, DEFAULT_BULK } from './bulk';
import type { OrgApi, SaveResult } from './orgApi';
import { backoffMs, DEFAULT_RETRY } from './retry';

export interface WriteItem {
    accountId: string;
    /** Null for an account only whose Account fields change (a roll-up above a rescored account). */
    receipt: Record<string, unknown> | null;
    /** Null when the Account already holds a newer score (a backfill of an older day). */
    account: Record<string, unknown> | null;
}

export interface WriteFailure {
    accountId: string;
    object: string;
    error: string;
}

export interface ResultWriter {
    /**
     * Writes (or queues) the records of the accounts before position `upTo` (Id order) not
     * given before; returns failures known so far.
     */
    write(items: WriteItem[], upTo: number): Promise<WriteFailure[]>;
    /** Flushes anything queued; returns the remaining failures. */
    finish(): Promise<WriteFailure[]>;
    /**
     * Accounts (Id order) whose records the org has processed: written, or failed and
     * reported. Nothing queued counts.
     */
    readonly durable: number;
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
    durable = 0;
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

    async write(items: WriteItem[], upTo: number): Promise<WriteFailure[]> {
        const failures: WriteFailure[] = [];
        for (let i = 0; i < items.length; i += COLLECTION_SIZE) {
            const chunk = items.slice(i, i + COLLECTION_SIZE);
            const receipts = chunk.flatMap((item) =>
                item.receipt ? [{ accountId: item.accountId, record: item.receipt }] : []
            );
            if (receipts.length > 0)
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
        this.durable = upTo;
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
export const DEFAULT_UPLOAD_CHARS = 100 * 1024 * 1024;

/** CSV characters per ingest job: TRUST_LEDGER_BULK_UPLOAD_CHARS, else 100 MB. */
export function bulkUploadChars(): number {
    const configured = Number(process.env.TRUST_LEDGER_BULK_UPLOAD_CHARS);
    return Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_UPLOAD_CHARS;
}

const isRowLock = (error: string): boolean => error.startsWith('UNABLE_TO_LOCK_ROW');

/** Rows grouped by their set of columns, each group in the order given. */
export function byColumns(records: Record<string, unknown>[]): Record<string, unknown>[][] {
    const groups = new Map<string, Record<string, unknown>[]>();
    for (const record of records) {
        const key = Object.keys(record).join(',');
        const group = groups.get(key);
        if (group) group.push(record);
        else groups.set(key, [record]);
    }
    return [...groups.values()];
}

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

    /** Hands over the queued rows and empties the queue. */
    take(): Record<string, unknown>[] {
        const records = this.records;
        this.records = [];
        this.chars = 0;
        return records;
    }
}

/**
 * Bulk API 2.0 writes: one ingest job per object, and a further one for each object only
 * each time the queued CSV passes 100 MB (a job takes at most 150 MB, base64 included).
 * Both objects' queues are sent together, receipts first, so that after each round every
 * row queued so far is in the org and the checkpoint can move up to it.
 */
export class BulkWriter implements ResultWriter {
    jobs = 0;
    durable = 0;
    private queuedUpTo = 0;
    private readonly receipts = new IngestQueue('Trust_Score__c', 'Key__c', 'Key__c');
    private readonly accounts = new IngestQueue('Account', null, 'Id');
    private readonly accountOfKey = new Map<string, string>();

    constructor(
        private readonly api: OrgApi,
        private readonly options: BulkOptions = DEFAULT_BULK,
        private readonly maxUploadChars: number = bulkUploadChars()
    ) {}

    async write(items: WriteItem[], upTo: number): Promise<WriteFailure[]> {
        for (const item of items) {
            if (item.receipt) {
                this.receipts.add(item.receipt);
                this.accountOfKey.set(String(item.receipt.Key__c), item.accountId);
            }
            if (item.account) this.accounts.add(item.account);
        }
        this.queuedUpTo = upTo;
        if (this.receipts.records.length === 0 && this.accounts.records.length === 0) {
            this.durable = upTo;
            return [];
        }
        if (this.receipts.chars > this.maxUploadChars || this.accounts.chars > this.maxUploadChars)
            return this.flushAll();
        return [];
    }

    private async flushAll(): Promise<WriteFailure[]> {
        const upTo = this.queuedUpTo;
        const failures = [...(await this.flush(this.receipts)), ...(await this.flush(this.accounts))];
        this.accountOfKey.clear();
        this.durable = upTo;
        return failures;
    }

    /**
     * Runs the queue's rows as ingest jobs, one per set of columns: a job's CSV has one header,
     * and a cell it lacks would be written as #N/A, clearing a field the row never meant to
     * touch (an Account whose roll-up alone is refreshed keeps its score).
     */
    private async flush(queue: IngestQueue): Promise<WriteFailure[]> {
        const failures: WriteFailure[] = [];
        for (const records of byColumns(queue.take())) failures.push(...(await this.ingest(queue, records)));
        return failures;
    }

    /** Runs rows of the same columns as an ingest job; rows that hit a row lock go again, in a job of their own. */
    private async ingest(queue: IngestQueue, rows: Record<string, unknown>[]): Promise<WriteFailure[]> {
        let records = rows;
        const failures: WriteFailure[] = [];
        for (let attempt = 1; records.length > 0; attempt++) {
            const columns = Object.keys(records[0] ?? {});
            this.jobs++;
            const result = await runIngestJob(
                this.api,
                queue.object,
                queue.externalId,
                toCsv(records, columns),
                queue.keyColumn,
                this.options
            );
            const locked = new Set<string>();
            for (const f of result.failures) {
                if (isRowLock(f.error) && attempt < LOCK_RETRIES) {
                    locked.add(f.key);
                    continue;
                }
                failures.push({
                    accountId: queue.object === 'Account' ? f.key : (this.accountOfKey.get(f.key) ?? f.key),
                    object: queue.object,
                    error: f.error
                });
            }
            records = records.filter((r) => locked.has(String(r[queue.keyColumn])));
            if (records.length > 0) await this.options.sleep(backoffMs(attempt, DEFAULT_RETRY));
        }
        return failures;
    }

    async finish(): Promise<WriteFailure[]> {
        return this.flushAll();
    }
}
