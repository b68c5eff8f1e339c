/**
 * `GET /query?q=` and `GET /query/<locator>` (and their `queryAll` twins: the local org
 * deletes nothing, so both return the same rows). `Sforce-Query-Options: batchSize=N` sets
 * the page size, 200 to 2,000, default 2,000.
 */
import { json, type Org, type RequestContext, type Route } from '../context';
import { apiErrors } from '../errors';
import { DEFAULT_BATCH_SIZE, MIN_BATCH_SIZE } from '../soql';

/** The batch size the request asks for, clamped to 200..2,000, or `null` when it asks for none. */
export function batchSizeOf(request: RequestContext): number | null {
    const header = request.headers['sforce-query-options'];
    const text = Array.isArray(header) ? header.join(',') : (header ?? '');
    const match = /batchSize\s*=\s*(\d+)/i.exec(text);
    if (match === null) return null;
    return Math.min(DEFAULT_BATCH_SIZE, Math.max(MIN_BATCH_SIZE, Number(match[1])));
}

function runQuery(org: Org, request: RequestContext) {
    const soql = request.query.get('q');
    if (soql === null || soql.trim() === '') throw apiErrors.malformedQuery('A query string (q) is required');
    return json(200, org.engine.query(soql, request.base, batchSizeOf(request) ?? DEFAULT_BATCH_SIZE));
}

function queryMore(org: Org, request: RequestContext) {
    return json(200, org.engine.more(request.params[0] ?? '', request.base, batchSizeOf(request)));
}

export const queryRoutes: Route[] = [
    { method: 'GET', pattern: /^\/query(?:All)?\/?$/, handler: runQuery },
    { method: 'GET', pattern: /^\/query(?:All)?\/([^/]+)$/, handler: queryMore }
];
