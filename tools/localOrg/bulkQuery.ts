/**
 * Bulk API 2.0 query jobs. The query is checked when the job is created (a bad query fails
 * the POST with the REST API's error), its matching rows are fixed at that moment, and the
 * results are served as CSV pages of `maxRecords` rows with the `Sforce-Locator` header
 * (`null` on the last page) and `Sforce-NumberOfRecords`.
 */
import { csvFormat, writeCsv, type CsvFormat } from './bulkCsv';
import { ApiError, apiErrors } from './errors';
import { makeId } from './ids';
import type { QueryEngine, ResolvedQuery } from './soql';

/** Bulk job ids use the key prefix of AsyncApexJob-like jobs in an org (`750…`). */
const JOB_PREFIX = '750';

/** Rows per results page when the client does not say (`maxRecords`). */
export const DEFAULT_MAX_RECORDS = 100_000;

/** Query jobs kept (with their row keys); older ones are forgotten, as an org deletes old results. */
const MAX_JOBS = 100;

export type QueryJobState = 'UploadComplete' | 'InProgress' | 'JobComplete' | 'Aborted' | 'Failed';

interface QueryJob {
    id: string;
    operation: 'query' | 'queryAll';
    object: string;
    createdDate: string;
    state: QueryJobState;
    format: CsvFormat;
    apiVersion: number;
    query: ResolvedQuery;
    rowIds: number[];
}

export interface ResultsPage {
    csv: string;
    /** Next locator, or `null` on the last page. */
    locator: string | null;
    count: number;
}

const encodeLocator = (offset: number): string => Buffer.from(String(offset)).toString('base64');

function decodeLocator(locator: string): number | null {
    const text = Buffer.from(locator, 'base64').toString('utf8');
    return /^\d+$/.test(text) ? Number(text) : null;
}

export class BulkQueryJobs {
    private readonly jobs = new Map<string, QueryJob>();
    private sequence = 0;

    constructor(
        private readonly engine: QueryEngine,
        private readonly userId: string,
        private readonly now: () => Date
    ) {}

    create(body: Record<string, unknown>, version: string): Record<string, unknown> {
        const operation = body.operation ?? 'query';
        if (operation !== 'query' && operation !== 'queryAll')
            throw new ApiError(400, 'INVALIDJOB', `Invalid operation: ${String(operation)}`);
        if (typeof body.query !== 'string' || body.query.trim() === '')
            throw new ApiError(400, 'INVALIDJOB', 'A query job needs a query');
        const format = csvFormat(body);
        const query = this.engine.resolve(body.query);
        if (query.count)
            throw new ApiError(400, 'INVALIDJOB', 'Aggregate queries are not supported by Bulk API 2.0');
        if (query.items.some((item) => item.kind === 'child'))
            throw new ApiError(400, 'INVALIDJOB', 'Nested queries are not supported by Bulk API 2.0');
        // Salesforce refuses OFFSET in Bulk API 2.0 queries; its results page by locator instead.
        if (query.offset !== null)
            throw new ApiError(
                400,
                'INVALIDJOB',
                'The OFFSET clause is not supported by Bulk API 2.0 queries'
            );
        const job: QueryJob = {
            id: makeId(JOB_PREFIX, ++this.sequence),
            operation,
            object: query.object.name,
            createdDate: this.now().toISOString(),
            state: 'UploadComplete',
            format,
            apiVersion: Number(version),
            query,
            rowIds: this.engine.rowIds(query)
        };
        this.jobs.set(job.id, job);
        for (const old of this.jobs.keys()) {
            if (this.jobs.size <= MAX_JOBS) break;
            this.jobs.delete(old);
        }
        const created = this.info(job.id);
        // The rows are known already; the next status check finds the job complete.
        job.state = 'JobComplete';
        return created;
    }

    private job(id: string): QueryJob {
        const job = this.jobs.get(id);
        if (job === undefined) throw apiErrors.notFound();
        return job;
    }

    info(id: string): Record<string, unknown> {
        const job = this.job(id);
        return {
            id: job.id,
            operation: job.operation,
            object: job.object,
            createdById: this.userId,
            createdDate: job.createdDate,
            systemModstamp: job.createdDate,
            state: job.state,
            concurrencyMode: 'Parallel',
            contentType: 'CSV',
            apiVersion: job.apiVersion,
            jobType: 'V2Query',
            lineEnding: job.format.lineEnding,
            columnDelimiter: job.format.columnDelimiter,
            ...(job.state === 'JobComplete'
                ? { numberRecordsProcessed: job.rowIds.length, retries: 0, totalProcessingTime: 0 }
                : {})
        };
    }

    abort(id: string, state: unknown): Record<string, unknown> {
        const job = this.job(id);
        if (state !== 'Aborted')
            throw new ApiError(400, 'INVALIDJOBSTATE', `Invalid state: ${String(state)}`);
        if (job.state !== 'JobComplete') job.state = 'Aborted';
        return this.info(id);
    }

    delete(id: string): void {
        this.job(id);
        this.jobs.delete(id);
    }

    results(id: string, locator: string | null, maxRecords: number | null): ResultsPage {
        const job = this.job(id);
        if (job.state !== 'JobComplete')
            throw new ApiError(
                400,
                'INVALIDJOBSTATE',
                `Results are not available for a job in state ${job.state}`
            );
        const offset = locator === null || locator === '' ? 0 : decodeLocator(locator);
        if (offset === null || offset > job.rowIds.length)
            throw new ApiError(400, 'INVALIDLOCATOR', `Invalid locator: ${String(locator)}`);
        const size = maxRecords ?? DEFAULT_MAX_RECORDS;
        const keys = job.rowIds.slice(offset, offset + size);
        const rows = [this.engine.csvColumns(job.query), ...this.engine.csvRows(job.query, keys)];
        const next = offset + keys.length;
        return {
            csv: writeCsv(rows, job.format),
            locator: next < job.rowIds.length ? encodeLocator(next) : null,
            count: keys.length
        };
    }
}
