/** Bulk API 2.0 resources: `/jobs/query…` and `/jobs/ingest…`. */
import { json, jsonObject, type Org, type Reply, type RequestContext, type Route } from '../context';
import { ApiError } from '../errors';
import { MAX_UPLOAD_BYTES } from '../requestBody';

const jobId = (request: RequestContext): string => request.params[0] ?? '';

function maxRecords(request: RequestContext): number | null {
    const text = request.query.get('maxRecords');
    if (text === null || text === '') return null;
    if (!/^\d+$/.test(text) || Number(text) < 1)
        throw new ApiError(
            400,
            'INVALIDPARAMETER',
            `maxRecords must be a positive whole number, got ${text}`
        );
    return Number(text);
}

function queryResults(org: Org, request: RequestContext): Reply {
    const page = org.bulkQuery.results(jobId(request), request.query.get('locator'), maxRecords(request));
    return {
        status: 200,
        text: page.csv,
        contentType: 'text/csv',
        headers: { 'Sforce-Locator': page.locator ?? 'null', 'Sforce-NumberOfRecords': String(page.count) }
    };
}

const csv = (text: string): Reply => ({ status: 200, text, contentType: 'text/csv' });

export const bulkRoutes: Route[] = [
    {
        method: 'POST',
        pattern: /^\/jobs\/query\/?$/,
        handler: (org, request) => json(200, org.bulkQuery.create(jsonObject(request), request.version))
    },
    {
        method: 'GET',
        pattern: /^\/jobs\/query\/([^/]+)\/?$/,
        handler: (org, r) => json(200, org.bulkQuery.info(jobId(r)))
    },
    {
        method: 'PATCH',
        pattern: /^\/jobs\/query\/([^/]+)\/?$/,
        handler: (org, r) => json(200, org.bulkQuery.abort(jobId(r), jsonObject(r).state))
    },
    {
        method: 'DELETE',
        pattern: /^\/jobs\/query\/([^/]+)\/?$/,
        handler: (org, r) => {
            org.bulkQuery.delete(jobId(r));
            return { status: 204 };
        }
    },
    { method: 'GET', pattern: /^\/jobs\/query\/([^/]+)\/results\/?$/, handler: queryResults },
    {
        method: 'POST',
        pattern: /^\/jobs\/ingest\/?$/,
        handler: (org, request) => json(200, org.bulkIngest.create(jsonObject(request), request.version))
    },
    {
        method: 'GET',
        pattern: /^\/jobs\/ingest\/([^/]+)\/?$/,
        handler: (org, r) => json(200, org.bulkIngest.info(jobId(r)))
    },
    {
        method: 'PATCH',
        pattern: /^\/jobs\/ingest\/([^/]+)\/?$/,
        handler: (org, r) =>
            json(200, org.bulkIngest.setState(jobId(r), jsonObject(r).state, r.fault.locksRecord)),
        saves: true
    },
    {
        method: 'DELETE',
        pattern: /^\/jobs\/ingest\/([^/]+)\/?$/,
        handler: (org, r) => {
            org.bulkIngest.delete(jobId(r));
            return { status: 204 };
        }
    },
    {
        method: 'PUT',
        pattern: /^\/jobs\/ingest\/([^/]+)\/batches\/?$/,
        handler: (org, r) => {
            org.bulkIngest.upload(jobId(r), r.body.toString('utf8'));
            return { status: 201 };
        },
        maxBodyBytes: MAX_UPLOAD_BYTES
    },
    {
        method: 'GET',
        pattern: /^\/jobs\/ingest\/([^/]+)\/successfulResults\/?$/,
        handler: (org, r) => csv(org.bulkIngest.results(jobId(r), 'successful'))
    },
    {
        method: 'GET',
        pattern: /^\/jobs\/ingest\/([^/]+)\/failedResults\/?$/,
        handler: (org, r) => csv(org.bulkIngest.results(jobId(r), 'failed'))
    },
    {
        method: 'GET',
        pattern: /^\/jobs\/ingest\/([^/]+)\/unprocessedrecords\/?$/,
        handler: (org, r) => csv(org.bulkIngest.results(jobId(r), 'unprocessed'))
    }
];
