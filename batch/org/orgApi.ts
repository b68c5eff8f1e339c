/**
 * The org as the pipeline sees it: a jsforce Connection, every call retried and counted.
 * Counting our own calls lets the run report its API economy even where `/limits` lags.
 */
import type { Connection } from '@jsforce/jsforce-node';
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from './retry';

export interface QueryPage<R> {
    totalSize: number;
    done: boolean;
    records: R[];
    nextRecordsUrl?: string;
}

export interface SaveResult {
    id?: string;
    success: boolean;
    created?: boolean;
    errors: { statusCode: string; message: string; fields?: string[] }[];
}

export interface ApiLimits {
    max: number;
    remaining: number;
}

type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export class OrgApi {
    calls = 0;
    retries = 0;
    private readonly policy: RetryPolicy;

    constructor(
        readonly conn: Connection,
        policy: RetryPolicy = DEFAULT_RETRY
    ) {
        this.policy = { ...policy, onRetry: () => void this.retries++ };
    }

    get instanceUrl(): string {
        return this.conn.instanceUrl;
    }

    get version(): string {
        return this.conn.version;
    }

    private async call<R>(
        method: HttpMethod,
        url: string,
        body?: unknown,
        headers: Record<string, string> = {},
        policy: RetryPolicy = this.policy
    ): Promise<R> {
        return withRetry(
            `${method} ${url.split('?')[0] ?? url}`,
            () => {
                this.calls++;
                const request: {
                    method: HttpMethod;
                    url: string;
                    headers: Record<string, string>;
                    body?: string;
                } = {
                    method,
                    url,
                    headers: { 'Content-Type': 'application/json', ...headers }
                };
                if (body !== undefined) request.body = JSON.stringify(body);
                return this.conn.request<R>(request);
            },
            policy
        );
    }

    get<R>(url: string, headers?: Record<string, string>): Promise<R> {
        return this.call<R>('GET', url, undefined, headers);
    }

    patch<R>(url: string, body: unknown): Promise<R> {
        return this.call<R>('PATCH', url, body);
    }

    post<R>(url: string, body: unknown): Promise<R> {
        return this.call<R>('POST', url, body);
    }

    /** One page of a SOQL query, 2,000 rows per page (the maximum Salesforce serves). */
    query<R>(soql: string): Promise<QueryPage<R>> {
        return this.get<QueryPage<R>>(`/services/data/v${this.version}/query?q=${encodeURIComponent(soql)}`, {
            'Sforce-Query-Options': 'batchSize=2000'
        });
    }

    queryMore<R>(nextRecordsUrl: string): Promise<QueryPage<R>> {
        return this.get<QueryPage<R>>(nextRecordsUrl, { 'Sforce-Query-Options': 'batchSize=2000' });
    }

    /** Every record of a query, page by page; `onPage` sees each page as it arrives. */
    async queryAll<R>(soql: string, onPage: (records: R[]) => void | Promise<void>): Promise<number> {
        let page = await this.query<R>(soql);
        let total = 0;
        for (;;) {
            // Awaited: a slow consumer (e.g. a disk) holds the next page back, so one page is in memory.
            await onPage(page.records);
            total += page.records.length;
            if (page.done || !page.nextRecordsUrl) return total;
            page = await this.queryMore<R>(page.nextRecordsUrl);
        }
    }

    async fieldNames(sobject: string): Promise<Set<string>> {
        const describe = await this.get<{ fields: { name: string }[] }>(
            `/services/data/v${this.version}/sobjects/${sobject}/describe`
        );
        return new Set(describe.fields.map((f) => f.name.toLowerCase()));
    }

    async limits(): Promise<ApiLimits | null> {
        try {
            const limits = await this.get<{ DailyApiRequests?: { Max: number; Remaining: number } }>(
                `/services/data/v${this.version}/limits`
            );
            const daily = limits.DailyApiRequests;
            return daily ? { max: daily.Max, remaining: daily.Remaining } : null;
        } catch {
            // A user without "View Setup" may not read limits; the run goes on without them.
            return null;
        }
    }

    /** sObject Collections upsert by external id (≤ 200 records), one result per record. */
    upsert(sobject: string, externalId: string, records: Record<string, unknown>[]): Promise<SaveResult[]> {
        return this.patch<SaveResult[]>(
            `/services/data/v${this.version}/composite/sobjects/${sobject}/${externalId}`,
            {
                allOrNone: false,
                records: records.map((r) => ({ attributes: { type: sobject }, ...r }))
            }
        );
    }

    /**
     * sObject Collections create (≤ 200 records), one result per record in request order,
     * sent once: unlike an upsert a create is not idempotent, since retrying after a response
     * lost in transit (the org committed, the answer never arrived) would create the records
     * twice. The caller decides how to retry (see demoLoad/safeCreate.ts). The API limit
     * still surfaces as ApiLimitError.
     */
    createOnce(sobject: string, records: Record<string, unknown>[]): Promise<SaveResult[]> {
        return this.call<SaveResult[]>(
            'POST',
            `/services/data/v${this.version}/composite/sobjects`,
            { allOrNone: false, records: records.map((r) => ({ attributes: { type: sobject }, ...r })) },
            {},
            { ...this.policy, tries: 1 }
        );
    }

    /** sObject Collections update (≤ 200 records), one result per record. */
    update(sobject: string, records: Record<string, unknown>[]): Promise<SaveResult[]> {
        return this.patch<SaveResult[]>(`/services/data/v${this.version}/composite/sobjects`, {
            allOrNone: false,
            records: records.map((r) => ({ attributes: { type: sobject }, ...r }))
        });
    }
}
