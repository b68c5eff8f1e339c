/**
 * Extraction for large orgs with memory bounded by a chunk of accounts: every object is read
 * once (REST pages or one Bulk API job per object, so the API economy does not change), the
 * objects the model's custom signals read included, and
 * each row is routed, by its account's Id, into the CSV files of that account's chunk on
 * disk. Chunks are then staged one at a time with the ordinary CSV staging.
 */
import { createWriteStream, rmSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { makePrivateFolder, PRIVATE_FILE_MODE } from '../files';
import {
    EXPORT_OBJECTS,
    EXPORT_OBJECT_NAMES,
    type ColumnSpec,
    type CustomExportObject,
    type ExportObjectName
} from '../exports/exportSchema';
import { readBulkQuery } from './bulk';
import { customQuery } from './customObjects';
import { OrgDataError } from './errors';
import type { OrgApi } from './orgApi';
import { cellText, readableColumns } from './orgSource';

/** How a row finds its account: the field itself, or a parent's (history → opportunity). */
const ACCOUNT_PATH: Record<ExportObjectName, string> = {
    Account: 'Id',
    Opportunity: 'AccountId',
    OpportunityHistory: 'Opportunity.AccountId',
    Case: 'AccountId',
    CaseMilestone: 'Case.AccountId',
    Contract: 'AccountId',
    Trust_Commitment__c: 'Account__c',
    Customer_Reference__c: 'Account__c',
    Trust_Override__c: 'Account__c'
};

export interface ChunkPlan {
    folders: string[];
    /** First and last account Id of each chunk (Id order). */
    ranges: { lo: string; hi: string }[];
    accounts: number;
    rows: number;
}

function csvLine(cells: string[]): string {
    let line = '';
    for (let i = 0; i < cells.length; i++) {
        const cell = cells[i] as string;
        if (i > 0) line += ',';
        line += /[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
    }
    return `${line}\n`;
}

/** Buffered writers, one per chunk, for one object's CSV file. */
class ChunkFiles {
    private readonly streams: WriteStream[] = [];
    private readonly buffers: string[] = [];
    /**
     * A write error (a full disk) can come while nobody waits on the stream; kept here and
     * thrown by the next write or close, it stops the run through its normal clean-up (which
     * removes the extract) instead of escaping as an unhandled 'error' event.
     */
    private failure: Error | null = null;

    constructor(
        private readonly folders: string[],
        private readonly file: string,
        private readonly header: string
    ) {}

    write(chunk: number, line: string): Promise<void> | void {
        if (!this.streams[chunk]) {
            // Full copies of the org's evidence: readable by the run's user only.
            const stream = createWriteStream(path.join(this.folders[chunk] as string, this.file), {
                mode: PRIVATE_FILE_MODE
            });
            stream.on('error', (error) => (this.failure ??= error));
            this.streams[chunk] = stream;
            this.buffers[chunk] = this.header;
        }
        this.buffers[chunk] += line;
        if ((this.buffers[chunk] as string).length > 1 << 16) return this.flush(chunk);
    }

    private flush(chunk: number): Promise<void> {
        const stream = this.streams[chunk] as WriteStream;
        const text = this.buffers[chunk] as string;
        this.buffers[chunk] = '';
        return new Promise((resolve, reject) => {
            if (this.failure) return reject(this.failure);
            if (stream.write(text)) return resolve();
            // Each wait removes its own listeners, so a long extract does not pile them up.
            const onDrain = (): void => {
                stream.off('error', onError);
                resolve();
            };
            const onError = (error: Error): void => {
                stream.off('drain', onDrain);
                reject(error);
            };
            stream.once('drain', onDrain).once('error', onError);
        });
    }

    /** Gives every chunk the file, header only where it got no row: a chunk without rows of an object still has none. */
    async ensureEvery(chunks: number): Promise<void> {
        for (let chunk = 0; chunk < chunks; chunk++) if (!this.streams[chunk]) await this.write(chunk, '');
    }

    async close(): Promise<void> {
        for (let chunk = 0; chunk < this.streams.length; chunk++) {
            if (!this.streams[chunk]) continue;
            await this.flush(chunk);
            await new Promise<void>((resolve) => (this.streams[chunk] as WriteStream).end(resolve));
            if (this.failure) throw this.failure;
        }
    }
}

/** Reads every row of a SOQL query as text cells, REST or Bulk, a page in memory at a time. */
async function eachRow(
    api: OrgApi,
    soql: string,
    fields: string[],
    bulk: boolean,
    onRow: (cells: string[]) => Promise<void> | void
): Promise<void> {
    if (bulk) {
        await readBulkQuery(api, soql, onRow);
        return;
    }
    await api.queryAll<Record<string, unknown>>(soql, async (records) => {
        for (const record of records) {
            await onRow(
                fields.map((field) => {
                    // Parent fields come back nested: {"Opportunity": {"AccountId": "001…"}}.
                    const [head, tail] = field.split('.');
                    const value = tail
                        ? (record[head as string] as Record<string, unknown> | null)?.[tail]
                        : record[field];
                    return cellText(value);
                })
            );
        }
    });
}

export async function extractToChunks(
    api: OrgApi,
    options: {
        dir: string;
        chunkAccounts: number;
        bulk: boolean;
        extraColumns: Partial<Record<ExportObjectName, ColumnSpec[]>>;
        /** The objects the model's custom signals read, routed by their account lookup like the rest. */
        customObjects?: readonly CustomExportObject[];
        onProgress?: (file: string, rows: number) => void;
    }
): Promise<ChunkPlan> {
    rmSync(options.dir, { recursive: true, force: true });
    makePrivateFolder(options.dir);
    const folders: string[] = [];
    const ranges: { lo: string; hi: string }[] = [];
    const chunkFolder = (k: number): string => {
        const folder = path.join(options.dir, `chunk-${String(k).padStart(5, '0')}`);
        makePrivateFolder(folder);
        folders[k] = folder;
        return folder;
    };
    let rows = 0;
    let accounts = 0;
    // Which chunk an account Id falls in: the last chunk whose first Id is not after it.
    const chunkOf = (accountId: string): number => {
        let lo = 0;
        let hi = ranges.length - 1;
        if (hi < 0 || accountId < (ranges[0] as { lo: string }).lo) return -1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if ((ranges[mid] as { lo: string }).lo <= accountId) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    };

    for (const name of EXPORT_OBJECT_NAMES) {
        const spec = EXPORT_OBJECTS[name];
        const columns = [...spec.columns, ...(options.extraColumns[name] ?? [])];
        const fields = await readableColumns(api, name, columns);
        if (fields.length === 0) continue;
        const route = ACCOUNT_PATH[name];
        const routeAt = fields.indexOf(route);
        const queried = routeAt >= 0 ? fields : [...fields, route];
        const at = routeAt >= 0 ? routeAt : queried.length - 1;
        const order = name === 'Account' ? ' ORDER BY Id' : '';
        const files = new ChunkFiles(folders, `${name}.csv`, csvLine(fields));
        let previous = '';
        await eachRow(
            api,
            `SELECT ${queried.join(', ')} FROM ${name}${order}`,
            queried,
            options.bulk,
            (cells) => {
                rows++;
                const accountId = cells[at] as string;
                const out = routeAt >= 0 ? cells : cells.slice(0, fields.length);
                if (name === 'Account') {
                    if (accountId < previous)
                        throw new OrgDataError(
                            `Account: the org returned ${accountId} after ${previous} for ORDER BY Id; chunks need Id order`
                        );
                    previous = accountId;
                    if (accounts % options.chunkAccounts === 0) {
                        ranges.push({ lo: accountId, hi: accountId });
                        chunkFolder(ranges.length - 1);
                    }
                    (ranges[ranges.length - 1] as { hi: string }).hi = accountId;
                    accounts++;
                    return files.write(ranges.length - 1, csvLine(out));
                }
                const chunk = accountId ? chunkOf(accountId) : -1;
                // A row of no known account still goes somewhere, so staging reports it as an orphan.
                return files.write(Math.max(0, chunk), csvLine(out));
            }
        );
        await files.close();
        options.onProgress?.(name, rows);
        // No accounts, no chunks: nothing else can be linked.
        if (name === 'Account' && ranges.length === 0) break;
    }
    if (ranges.length === 0) return { folders, ranges, accounts, rows };
    for (const object of options.customObjects ?? []) {
        const query = await customQuery(api, object);
        if (query === null) continue;
        const name = object.spec.apiName;
        const at = query.fields.indexOf(query.link);
        const files = new ChunkFiles(folders, `${name}.csv`, csvLine(query.fields));
        await eachRow(api, query.soql, query.fields, options.bulk, (cells) => {
            rows++;
            // A row of no account of the org is no one's evidence: any chunk may hold it.
            return files.write(Math.max(0, chunkOf(cells[at] ?? '')), csvLine(cells));
        });
        // The staging refuses a chunk without the file a custom signal reads: every chunk gets it.
        await files.ensureEvery(folders.length);
        await files.close();
        options.onProgress?.(name, rows);
    }
    return { folders, ranges, accounts, rows };
}
