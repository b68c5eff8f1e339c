/** Shared set-up of the local org tests: tiny exports, started orgs, raw REST calls. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { makeId, startLocalOrg, type LocalOrg, type LocalOrgOptions } from '../../tools/localOrg';

/** The local org's clock in these tests: Tuesday 30 June 2026, noon UTC. */
export const NOW = new Date('2026-06-30T12:00:00.000Z');
export const VERSION = '62.0';

/** Ids as an org with instance `Kd` hands them out (valid checksums, so queries accept them). */
export const id = (prefix: string, n: number): string => makeId(prefix, n, 'Kd');

export type Rows = Array<Record<string, string | number | boolean | null>>;

/** A scratch folder, removed by `cleanup`. */
export function scratchDir(): { dir: string; cleanup: () => void } {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'trust-ledger-localorg-'));
    return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes `<Object>.csv` files with the union of the rows' keys as header. */
export function writeExport(dir: string, objects: Record<string, Rows>): void {
    for (const [object, rows] of Object.entries(objects)) {
        const header = [...new Set(rows.flatMap((row) => Object.keys(row)))];
        const cells = rows.map((row) => header.map((column) => row[column] ?? ''));
        writeFileSync(
            path.join(dir, `${object}.csv`),
            stringify([header, ...cells], { cast: { boolean: String } })
        );
    }
}

export interface TestOrg {
    org: LocalOrg;
    close: () => Promise<void>;
}

/** An in-memory org loaded with `objects`, at the tests' clock. */
export async function startWith(
    objects: Record<string, Rows>,
    options: LocalOrgOptions = {}
): Promise<TestOrg> {
    const scratch = scratchDir();
    writeExport(scratch.dir, objects);
    try {
        const org = await startLocalOrg({
            dataDir: ':memory:',
            importFrom: scratch.dir,
            now: () => NOW,
            log: () => undefined,
            ...options
        });
        return {
            org,
            close: async () => {
                await org.close();
                scratch.cleanup();
            }
        };
    } catch (error) {
        scratch.cleanup();
        throw error;
    }
}

export interface RawResponse {
    status: number;
    headers: Headers;
    body: unknown;
    text: string;
}

/** One REST call below `/services/data/v62.0`, with the org's token unless `token` says otherwise. */
export async function call(
    org: LocalOrg,
    method: string,
    resource: string,
    body?: unknown,
    options: { token?: string | null; headers?: Record<string, string> } = {}
): Promise<RawResponse> {
    const token = options.token === undefined ? org.accessToken : options.token;
    const url = resource.startsWith('/services/') ? resource : `/services/data/v${VERSION}${resource}`;
    const response = await fetch(`${org.instanceUrl}${url}`, {
        method,
        headers: {
            ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
            ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
            ...(options.headers ?? {})
        },
        ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) })
    });
    const text = await response.text();
    let parsed: unknown = text;
    if ((response.headers.get('content-type') ?? '').startsWith('application/json'))
        parsed = JSON.parse(text);
    return { status: response.status, headers: response.headers, body: parsed, text };
}

export interface QueryBody {
    totalSize: number;
    done: boolean;
    nextRecordsUrl?: string;
    records: Array<Record<string, unknown>>;
}

/** `GET /query?q=`; fails the test unless the org answers 200. */
export async function soql(
    org: LocalOrg,
    query: string,
    headers?: Record<string, string>
): Promise<QueryBody> {
    const response = await call(org, 'GET', `/query?q=${encodeURIComponent(query)}`, undefined, {
        ...(headers === undefined ? {} : { headers })
    });
    if (response.status !== 200) throw new Error(`${response.status}: ${response.text}`);
    return response.body as QueryBody;
}

/** The error `[{ message, errorCode }]` of a failing query. */
export async function soqlError(
    org: LocalOrg,
    query: string
): Promise<{ status: number; errorCode: string; message: string }> {
    const response = await call(org, 'GET', `/query?q=${encodeURIComponent(query)}`);
    const [error] = response.body as Array<{ errorCode: string; message: string }>;
    return { status: response.status, errorCode: error?.errorCode ?? '', message: error?.message ?? '' };
}

/** A field of each record, in order. */
export const pluck = (body: QueryBody, field: string): unknown[] => body.records.map((r) => r[field]);
