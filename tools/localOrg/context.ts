/**
 * What route handlers see: the org (store, query engine, writer, Bulk jobs, limits) and the
 * request (path below `/services/data/vNN.N`, parsed query string, body, fault decision).
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { BulkIngestJobs } from './bulkIngest';
import type { BulkQueryJobs } from './bulkQuery';
import { apiErrors } from './errors';
import type { FaultDecision } from './faults';
import type { QueryEngine } from './soql';
import type { Store } from './store';
import type { RecordWriter } from './writes';

export interface Org {
    store: Store;
    engine: QueryEngine;
    writer: RecordWriter;
    bulkQuery: BulkQueryJobs;
    bulkIngest: BulkIngestJobs;
    /** DailyApiRequests Max. */
    apiLimit: number;
    apiCalls(): number;
    now(): Date;
}

export interface RequestContext {
    method: string;
    /** Path below the version root, e.g. `/query` or `/sobjects/Account/describe`. */
    path: string;
    /** Captures of the route pattern, URL-decoded. */
    params: string[];
    query: URLSearchParams;
    headers: IncomingHttpHeaders;
    body: Buffer;
    /** API version of the URL, e.g. `62.0`. */
    version: string;
    /** `/services/data/v62.0`: prefix of the URLs the response contains. */
    base: string;
    fault: FaultDecision;
}

export interface Reply {
    status: number;
    /** Serialised as JSON. */
    json?: unknown;
    /** Sent as is with `contentType`. */
    text?: string;
    contentType?: string;
    headers?: Record<string, string>;
}

export type Handler = (org: Org, request: RequestContext) => Reply | Promise<Reply>;

export interface Route {
    method: string;
    pattern: RegExp;
    handler: Handler;
    /** The request saves records, so row-lock faults apply to it. */
    saves?: boolean;
    /** Largest body accepted (default: the JSON limit of requestBody.ts). */
    maxBodyBytes?: number;
}

export const json = (status: number, body: unknown, headers?: Record<string, string>): Reply => ({
    status,
    json: body,
    ...(headers === undefined ? {} : { headers })
});

/** The request body as JSON; a body that is not JSON is a JSON_PARSER_ERROR, as in an org. */
export function jsonBody(request: RequestContext): unknown {
    const text = request.body.toString('utf8');
    try {
        return JSON.parse(text) as unknown;
    } catch (error) {
        throw apiErrors.jsonParser(`Unexpected character in request body: ${(error as Error).message}`);
    }
}

/** A JSON object body, or JSON_PARSER_ERROR. */
export function jsonObject(request: RequestContext): Record<string, unknown> {
    const body = jsonBody(request);
    if (typeof body !== 'object' || body === null || Array.isArray(body))
        throw apiErrors.jsonParser('Cannot deserialize the request body: expected a JSON object');
    return body as Record<string, unknown>;
}
