/**
 * Bulk API 2.0 ingest jobs: create (Open) → upload CSV → UploadComplete → processed in the
 * background in chunks of 200 records, each record saved on its own (a bad row fails alone)
 * → JobComplete, with successful, failed and unprocessed records as CSV.
 *
 * A header naming a field the object does not have fails the whole job, as in an org
 * ("InvalidBatch : Field name not found").
 */
import { csvFormat, readCsv, writeCsv, type CsvFormat } from './bulkCsv';
import { ApiError, apiErrors, type SaveError } from './errors';
import { makeId } from './ids';
import type { LocalField, LocalObject, OrgSchema } from './schema';
import {
    recordFromCsv,
    upsertKeyField,
    type RecordWriter,
    type SaveOperation,
    type SaveResult
} from './writes';

const JOB_PREFIX = '750';
/** Records saved per step, as the platform processes ingest data in chunks of 200. */
const CHUNK = 200;

export type IngestJobState = 'Open' | 'UploadComplete' | 'InProgress' | 'JobComplete' | 'Aborted' | 'Failed';

interface IngestJob {
    id: string;
    operation: SaveOperation;
    object: LocalObject;
    externalIdField: LocalField | undefined;
    createdDate: string;
    systemModstamp: string;
    state: IngestJobState;
    format: CsvFormat;
    apiVersion: number;
    uploads: string[];
    header: string[];
    successful: string[][];
    failed: string[][];
    unprocessed: string[][];
    processed: number;
    errorMessage: string | undefined;
    startedAt: number;
    processingMs: number;
}

/** Decides which records of a job fail with a row lock (fault injection). */
export type LockDecider = (index: number, count: number) => boolean;

/** `REQUIRED_FIELD_MISSING:Required fields are missing: [Name]:Name --`, as Bulk API writes sf__Error. */
export const formatBulkError = (errors: SaveError[]): string =>
    errors.map((e) => `${e.statusCode}:${e.message}:${e.fields.join(',')} --`).join(' ');

export class BulkIngestJobs {
    private readonly jobs = new Map<string, IngestJob>();
    private sequence = 0;
    private readonly running = new Set<Promise<void>>();

    constructor(
        private readonly schema: OrgSchema,
        private readonly writer: RecordWriter,
        private readonly userId: string,
        private readonly now: () => Date
    ) {}

    create(body: Record<string, unknown>, version: string): Record<string, unknown> {
        const object = typeof body.object === 'string' ? this.schema.object(body.object) : undefined;
        if (object === undefined)
            throw new ApiError(400, 'INVALIDJOB', `Unable to find object: ${String(body.object)}`);
        const operation = body.operation;
        if (operation !== 'insert' && operation !== 'update' && operation !== 'upsert')
            throw new ApiError(
                400,
                'INVALIDJOB',
                `Invalid operation: ${String(operation)} (the local org supports insert, update and upsert)`
            );
        let externalIdField: LocalField | undefined;
        if (operation === 'upsert') {
            if (typeof body.externalIdFieldName !== 'string')
                throw new ApiError(400, 'INVALIDJOB', 'External ID was blank for upsert');
            externalIdField = upsertKeyField(object, body.externalIdFieldName);
        }
        const created = this.now().toISOString();
        const job: IngestJob = {
            id: makeId(JOB_PREFIX, ++this.sequence, 'LI'),
            operation,
            object,
            externalIdField,
            createdDate: created,
            systemModstamp: created,
            state: 'Open',
            format: csvFormat(body),
            apiVersion: Number(version),
            uploads: [],
            header: [],
            successful: [],
            failed: [],
            unprocessed: [],
            processed: 0,
            errorMessage: undefined,
            startedAt: 0,
            processingMs: 0
        };
        this.jobs.set(job.id, job);
        return this.info(job.id);
    }

    private job(id: string): IngestJob {
        const job = this.jobs.get(id);
        if (job === undefined) throw apiErrors.notFound();
        return job;
    }

    info(id: string): Record<string, unknown> {
        const job = this.job(id);
        return {
            id: job.id,
            operation: job.operation,
            object: job.object.name,
            createdById: this.userId,
            createdDate: job.createdDate,
            systemModstamp: job.systemModstamp,
            state: job.state,
            ...(job.externalIdField === undefined ? {} : { externalIdFieldName: job.externalIdField.name }),
            concurrencyMode: 'Parallel',
            contentType: 'CSV',
            apiVersion: job.apiVersion,
            jobType: 'V2Ingest',
            contentUrl: `services/data/v${job.apiVersion.toFixed(1)}/jobs/ingest/${job.id}/batches`,
            lineEnding: job.format.lineEnding,
            columnDelimiter: job.format.columnDelimiter,
            numberRecordsProcessed: job.processed,
            numberRecordsFailed: job.failed.length,
            retries: 0,
            totalProcessingTime: job.processingMs,
            apiActiveProcessingTime: job.processingMs,
            apexProcessingTime: 0,
            ...(job.errorMessage === undefined ? {} : { errorMessage: job.errorMessage })
        };
    }

    upload(id: string, csv: string): void {
        const job = this.job(id);
        if (job.state !== 'Open')
            throw new ApiError(
                409,
                'INVALIDJOBSTATE',
                `Data can only be uploaded to an Open job, this one is ${job.state}`
            );
        job.uploads.push(csv);
    }

    /** `PATCH {state}`: UploadComplete starts processing; Aborted stops the job. */
    setState(id: string, state: unknown, locks: LockDecider): Record<string, unknown> {
        const job = this.job(id);
        job.systemModstamp = this.now().toISOString();
        if (
            state === 'Aborted' &&
            (job.state === 'Open' || job.state === 'UploadComplete' || job.state === 'InProgress')
        ) {
            job.state = 'Aborted';
            return this.info(id);
        }
        if (state !== 'UploadComplete' || job.state !== 'Open')
            throw new ApiError(
                400,
                'INVALIDJOBSTATE',
                `Cannot change a ${job.state} job to ${String(state)}`
            );
        job.state = 'UploadComplete';
        const info = this.info(id);
        const run = this.process(job, locks)
            .catch((error: unknown) => {
                // Unreadable data (malformed CSV) fails the job, as the platform does.
                job.state = 'Failed';
                job.errorMessage = `InvalidBatch : ${error instanceof Error ? error.message : String(error)}`;
            })
            .finally(() => this.running.delete(run));
        this.running.add(run);
        return info;
    }

    delete(id: string): void {
        const job = this.job(id);
        if (job.state === 'UploadComplete' || job.state === 'InProgress')
            throw new ApiError(400, 'INVALIDJOBSTATE', 'A job being processed cannot be deleted');
        this.jobs.delete(id);
    }

    results(id: string, kind: 'successful' | 'failed' | 'unprocessed'): string {
        const job = this.job(id);
        const header =
            kind === 'successful'
                ? ['sf__Id', 'sf__Created', ...job.header]
                : kind === 'failed'
                  ? ['sf__Id', 'sf__Error', ...job.header]
                  : job.header;
        const rows =
            kind === 'successful' ? job.successful : kind === 'failed' ? job.failed : job.unprocessed;
        return writeCsv([header, ...rows], job.format);
    }

    /** Aborts the jobs being processed and resolves once they have stopped (the org is closing). */
    async stop(): Promise<void> {
        for (const job of this.jobs.values())
            if (job.state === 'UploadComplete' || job.state === 'InProgress') job.state = 'Aborted';
        await Promise.all([...this.running]);
    }

    private async process(job: IngestJob, locks: LockDecider): Promise<void> {
        job.startedAt = Date.now();
        await yieldToServer();
        if (stateOf(job) !== 'UploadComplete') return;
        job.state = 'InProgress';
        const rows = job.uploads.flatMap((text, i) => {
            const parsed = readCsv(text, job.format);
            // Each upload repeats the header; the first one names the columns.
            if (i === 0) job.header = parsed[0] ?? [];
            return parsed.slice(1);
        });
        job.uploads = [];
        const fields: LocalField[] = [];
        for (const name of job.header) {
            const field = job.object.field(name.trim());
            if (field === undefined) {
                job.state = 'Failed';
                job.errorMessage = `InvalidBatch : Field name not found : ${name}`;
                job.unprocessed = rows;
                return;
            }
            fields.push(field);
        }
        for (let start = 0; start < rows.length; start += CHUNK) {
            // An abort request may have arrived while this loop yielded to the server.
            if (stateOf(job) === 'Aborted') {
                job.unprocessed = rows.slice(start);
                return;
            }
            const chunk = rows.slice(start, start + CHUNK);
            const records = chunk.map((cells) => recordFromCsv(job.object, fields, cells));
            const lockFailures = new Set<number>();
            chunk.forEach((_cells, i) => {
                if (locks(start + i, rows.length)) lockFailures.add(i);
            });
            const results = this.writer.save(records, {
                operation: job.operation,
                ...(job.externalIdField === undefined ? {} : { externalIdField: job.externalIdField }),
                allOrNone: false,
                lockFailures,
                now: this.now()
            });
            results.forEach((result: SaveResult, i) => this.record(job, chunk[i] as string[], result));
            job.processed += chunk.length;
            job.processingMs = Date.now() - job.startedAt;
            await yieldToServer();
        }
        job.state = 'JobComplete';
        job.systemModstamp = this.now().toISOString();
    }

    private record(job: IngestJob, cells: string[], result: SaveResult): void {
        if (result.success) {
            const created = job.operation === 'insert' || result.created === true;
            job.successful.push([result.id ?? '', created ? 'true' : 'false', ...cells]);
        } else {
            job.failed.push([result.id ?? '', formatBulkError(result.errors), ...cells]);
        }
    }
}

const stateOf = (job: IngestJob): IngestJobState => job.state;

/** Lets the HTTP server answer status checks between chunks. */
const yieldToServer = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
