/**
 * REQUEST_LIMIT_EXCEEDED in its two kinds: the daily limit stops a run cleanly (resumable),
 * too many concurrent requests is retried like any transient fault, POST and PATCH included.
 * The code counts even where jsforce only has it inside a text response (Bulk downloads).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Connection } from '@jsforce/jsforce-node';
import { HttpApi } from '@jsforce/jsforce-node/lib/http-api';
import { parseDay } from '../../engine/dates';
import { MEMORY, startLocalOrg } from '../../tools/localOrg';
import { readBulkQuery } from '../../batch/org/bulk';
import { OrgApi } from '../../batch/org/orgApi';
import { runOrgScore } from '../../batch/run/orgJob';
import { ApiLimitError, classify, withRetry, type RetryPolicy } from '../../batch/org/retry';
import { SMALL_ORG } from '../support/cli';

jest.setTimeout(120_000);

const DEMO = path.join(__dirname, '..', '..', 'data', 'demo');
const AS_OF = '2026-06-30';

/** The error objects jsforce gives for a 403 of each kind, as a JSON response. */
const orgError = (message: string): Error & { errorCode: string } =>
    Object.assign(new Error(message), {
        name: 'REQUEST_LIMIT_EXCEEDED',
        errorCode: 'REQUEST_LIMIT_EXCEEDED'
    });
const DAILY = orgError('TotalRequests Limit exceeded.');
const CONCURRENT = orgError('ConcurrentPerOrgLongTxn Limit exceeded.');

const noWait: RetryPolicy = { tries: 4, baseMs: 1, maxMs: 1, sleep: () => Promise.resolve() };

describe('the two kinds of REQUEST_LIMIT_EXCEEDED', () => {
    it('stops on the daily limit and retries too many concurrent requests', () => {
        expect(classify(DAILY)).toBe('limit');
        expect(classify(CONCURRENT)).toBe('transient');
        expect(classify(orgError('ConcurrentRequests (Concurrent API Requests) Limit exceeded'))).toBe(
            'transient'
        );
        // Wording it does not know: stopping is safe, retrying an exhausted org is not.
        expect(classify(orgError('Some other limit exceeded.'))).toBe('limit');
    });

    it('retries a POST refused for concurrency until it goes through, and stops at once on the daily limit', async () => {
        let calls = 0;
        const post = (): Promise<string> =>
            ++calls < 3 ? Promise.reject(CONCURRENT) : Promise.resolve('created');
        await expect(withRetry('POST /composite/sobjects', post, noWait)).resolves.toBe('created');
        expect(calls).toBe(3);

        calls = 0;
        const exhausted = (): Promise<string> => {
            calls++;
            return Promise.reject(DAILY);
        };
        await expect(withRetry('PATCH /composite/sobjects', exhausted, noWait)).rejects.toBeInstanceOf(
            ApiLimitError
        );
        expect(calls).toBe(1);
    });

    it('stops cleanly, resumable, when the org keeps refusing for concurrency through every retry', async () => {
        let calls = 0;
        const busy = (): Promise<string> => {
            calls++;
            return Promise.reject(CONCURRENT);
        };
        const stop = withRetry('PATCH /composite/sobjects', busy, noWait);
        await expect(stop).rejects.toBeInstanceOf(ApiLimitError);
        await expect(stop).rejects.toThrow(/ConcurrentPerOrgLongTxn Limit exceeded/);
        expect(calls).toBe(noWait.tries);
        // A single-attempt call (a create, whose caller checks what was saved before retrying)
        // gets the org's error back as it came, to decide for itself.
        await expect(withRetry('POST /composite/sobjects', busy, { ...noWait, tries: 1 })).rejects.toBe(
            CONCURRENT
        );
    });
});

describe('a limit met while downloading Bulk API results', () => {
    it("is read from jsforce's text response and stops cleanly", async () => {
        // A query job is three calls: create, status, results page. The third is refused.
        const org = await startLocalOrg({
            dataDir: MEMORY,
            importFrom: DEMO,
            apiLimit: 2,
            log: () => undefined
        });
        try {
            const conn = new Connection({
                instanceUrl: org.instanceUrl,
                accessToken: org.accessToken,
                version: '62.0'
            });
            const api = new OrgApi(conn);
            const rows: string[][] = [];
            const read = readBulkQuery(api, 'SELECT Id FROM Account', (cells) => void rows.push(cells));
            await expect(read).rejects.toBeInstanceOf(ApiLimitError);
            await expect(read).rejects.toThrow(/GET \/services\/data\/v62\.0\/jobs\/query\/\w+\/results/);
            expect(rows).toEqual([]);
            // What jsforce makes of a refused text download: the org's JSON only inside the message.
            const raw = await new HttpApi(conn, { responseType: 'text/plain' })
                .request({ method: 'GET', url: `${org.instanceUrl}/services/data/v62.0/limits` })
                .then(
                    () => null,
                    (error: unknown) => error
                );
            expect(raw).toMatchObject({ errorCode: 'ERROR_HTTP_403' });
            expect(String((raw as Error).message)).toContain('REQUEST_LIMIT_EXCEEDED');
            expect(classify(raw)).toBe('limit');
        } finally {
            await org.close();
        }
    });

    it('ends a Bulk run with a clean stop whichever call meets the limit', async () => {
        const scratch = mkdtempSync(path.join(os.tmpdir(), 'trust-ledger-limits-'));
        const stoppedAt: string[] = [];
        try {
            // Every call of the extraction and the ingest jobs of a small org, in turn.
            for (let apiLimit = 1; apiLimit <= 60; apiLimit++) {
                const org = await startLocalOrg({
                    dataDir: MEMORY,
                    importFrom: SMALL_ORG,
                    apiLimit,
                    log: () => undefined
                });
                try {
                    const conn = new Connection({
                        instanceUrl: org.instanceUrl,
                        accessToken: org.accessToken,
                        version: '62.0'
                    });
                    const summary = await runOrgScore({
                        api: new OrgApi(conn),
                        asOf: { day: parseDay(AS_OF) as number, text: AS_OF },
                        bulk: true,
                        dryRun: false,
                        onlyChangedSince: null,
                        checkpointDir: path.join(scratch, String(apiLimit))
                    });
                    if (summary.stoppedByLimit === null) break; // the limit is past the whole run
                    expect(summary.stoppedByLimit).toMatch(/REQUEST_LIMIT_EXCEEDED/);
                    stoppedAt.push(summary.stoppedByLimit);
                } finally {
                    await org.close();
                }
            }
        } finally {
            rmSync(scratch, { recursive: true, force: true });
        }
        // It did meet the limit at results downloads of query jobs and of ingest jobs.
        expect(stoppedAt.some((s) => /jobs\/query\/\w+\/results/.test(s))).toBe(true);
        expect(stoppedAt.some((s) => /jobs\/ingest\/\w+\/(failedResults|unprocessedrecords)/.test(s))).toBe(
            true
        );
        expect(stoppedAt.length).toBeLessThan(60);
    });
});
