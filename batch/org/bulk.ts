/**
 * Bulk API 2.0 through jsforce's HTTP layer: query jobs read page by page (the locator
 * header), so memory holds one page, not the org; ingest jobs upload CSV and report
 * per-record failures. Calls are retried and counted like every other call; the steps that
 * are not safe to repeat as such (an upload, closing an upload) are made safe to retry.
 */
import { HttpApi } from '@jsforce/jsforce-node/lib/http-api';
import { BulkJobError } from './errors';
import { parse } from 'csv-parse/sync';
import type { OrgApi } from './orgApi';
import { ApiLimitError, withRetry } from './retry';

export interface BulkOptions {
    /** Give up waiting for a job after this long (jsforce's own default of 10 s is too short). */
    pollTimeoutMs: number;
    sleep: (ms: number) => Promise<void>;
}

export const DEFAULT_BULK: BulkOptions = {
    pollTimeoutMs: 30 * 60_000,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};

interface JobInfo {
    id: string;
    state: string;
    errorMessage?: string;
    numberRecordsProcessed?: number;
    numberRecordsFailed?: number;
}

/** A text response plus one response header, via jsforce (so auth refresh still applies). */
async function getText(
    api: OrgApi,
    url: string,
    header: string
): Promise<{ body: string; header: string | undefined }> {
    return withRetry(`GET ${url.split('?')[0] ?? url}`, async () => {
        api.calls++;
        let value: string | undefined;
        const http = new HttpApi(api.conn, { responseType: 'text/plain' });
        http.on('response', (response: { headers: Record<string, string | undefined> }) => {
            value = response.headers[header];
        });
        // jsforce's HttpApi, unlike Connection.request, does not prefix the instance URL itself.
        const absolute = url.startsWith('http') ? url : `${api.instanceUrl}${url}`;
        const body = (await http.request({
            method: 'GET',
            url: absolute,
            headers: { Accept: 'text/csv' }
        })) as unknown;
        return { body: typeof body === 'string' ? body : String(body ?? ''), header: value };
    });
}

async function waitForJob(api: OrgApi, url: string, options: BulkOptions): Promise<JobInfo> {
    const started = Date.now();
    let delay = 250;
    for (;;) {
        const info = await api.get<JobInfo>(url);
        if (info.state === 'JobComplete') return info;
        if (info.state === 'Failed' || info.state === 'Aborted') {
            throw new BulkJobError(
                `Bulk job ${info.id} ${info.state.toLowerCase()}: ${info.errorMessage ?? 'no reason given'}`
            );
        }
        if (Date.now() - started > options.pollTimeoutMs) {
            throw new BulkJobError(
                `Bulk job ${info.id} still ${info.state} after ${Math.round(options.pollTimeoutMs / 1000)} s`
            );
        }
        await options.sleep(delay);
        delay = Math.min(delay * 2, 5_000);
    }
}

/** Runs a Bulk 2.0 query job and hands over its rows (text cells, header excluded) page by page. */
export async function readBulkQuery(
    api: OrgApi,
    soql: string,
    onRow: (cells: string[]) => void | Promise<void>,
    options: BulkOptions = DEFAULT_BULK
): Promise<number> {
    const base = `/services/data/v${api.version}/jobs/query`;
    const job = await api.post<JobInfo>(base, {
        operation: 'query',
        query: soql,
        contentType: 'CSV',
        lineEnding: 'LF'
    });
    await waitForJob(api, `${base}/${job.id}`, options);
    let locator: string | undefined;
    let rows = 0;
    do {
        const query = `maxRecords=50000${locator ? `&locator=${encodeURIComponent(locator)}` : ''}`;
        const page = await getText(api, `${base}/${job.id}/results?${query}`, 'sforce-locator');
        const records = parse(page.body, {
            bom: true,
            relax_column_count: false,
            skip_empty_lines: true
        }) as string[][];
        for (let i = 1; i < records.length; i++) await onRow(records[i] as string[]);
        rows += Math.max(0, records.length - 1);
        locator = page.header && page.header !== 'null' ? page.header : undefined;
    } while (locator !== undefined);
    return rows;
}

export interface IngestFailure {
    /** The external id (or record id) of the row that failed. */
    key: string;
    error: string;
}

const CLOSED_STATES = new Set(['UploadComplete', 'InProgress', 'JobComplete']);

/**
 * Creates an ingest job and uploads its CSV. An upload that fails leaves the job in doubt
 * (the data may or may not have arrived), so it is never sent to that job again: the job is
 * aborted and a new one made, which the caller's retry does.
 */
async function openJobWithData(
    api: OrgApi,
    base: string,
    body: Record<string, string>,
    csv: string
): Promise<string> {
    const job = await api.post<JobInfo>(base, body);
    try {
        api.calls++;
        await api.conn.request({
            method: 'PUT',
            url: `${base}/${job.id}/batches`,
            body: csv,
            headers: { 'Content-Type': 'text/csv' }
        });
    } catch (error) {
        // Best effort: an Open job that is never closed is not processed and the org deletes it.
        await api.patch(`${base}/${job.id}`, { state: 'Aborted' }).catch(() => undefined);
        throw error;
    }
    return job.id;
}

/**
 * Closes the upload so processing starts. A close whose response was lost is retried and then
 * refused (the job is no longer Open); the job's state says whether the first one took effect.
 */
async function closeUpload(api: OrgApi, url: string): Promise<void> {
    try {
        await api.patch(url, { state: 'UploadComplete' });
    } catch (error) {
        if (error instanceof ApiLimitError) throw error;
        const info = await api.get<JobInfo>(url);
        if (!CLOSED_STATES.has(info.state)) throw error;
    }
}

/** Upserts CSV rows with one Bulk 2.0 ingest job and returns the rows that failed. */
export async function runIngestJob(
    api: OrgApi,
    object: string,
    externalIdField: string | null,
    csv: string,
    keyColumn: string,
    options: BulkOptions = DEFAULT_BULK
): Promise<{ processed: number; failures: IngestFailure[] }> {
    const base = `/services/data/v${api.version}/jobs/ingest`;
    const body: Record<string, string> = {
        object,
        operation: externalIdField ? 'upsert' : 'update',
        contentType: 'CSV',
        lineEnding: 'LF'
    };
    if (externalIdField) body.externalIdFieldName = externalIdField;
    const jobId = await withRetry(`PUT ${base}/batches`, () => openJobWithData(api, base, body, csv));
    await closeUpload(api, `${base}/${jobId}`);
    const info = await waitForJob(api, `${base}/${jobId}`, options);
    const failures: IngestFailure[] = [];
    for (const kind of ['failedResults', 'unprocessedrecords'] as const) {
        const { body: text } = await getText(api, `${base}/${jobId}/${kind}/`, 'content-type');
        if (!text.trim()) continue;
        const rows = parse(text, { bom: true, columns: true, skip_empty_lines: true }) as Record<
            string,
            string
        >[];
        for (const row of rows)
            failures.push({
                key: row[keyColumn] ?? row.sf__Id ?? '?',
                error: row.sf__Error ?? 'not processed'
            });
    }
    return { processed: info.numberRecordsProcessed ?? 0, failures };
}
