/**
 * `--fault-rate p --seed s`: the same seed and the same request sequence give the same
 * faults; every kind of fault is observable by a client; a run that retries its transient
 * failures ends in the same state as a clean run.
 */
import { FaultInjector, type RequestFault } from '../../tools/localOrg';
import { call, id, soql, startWith, type Rows, type TestOrg } from './helpers';

const accounts: Rows = Array.from({ length: 30 }, (_v, i) => ({
    Id: id('001', i + 1),
    Name: `Account ${i + 1}`
}));

const scoreRecord = (i: number, score = 50) => ({
    attributes: { type: 'Trust_Score__c' },
    Key__c: `${id('001', (i % 30) + 1)}:2026-06-${String((i % 28) + 1).padStart(2, '0')}`,
    Account__c: id('001', (i % 30) + 1),
    As_Of__c: `2026-06-${String((i % 28) + 1).padStart(2, '0')}`,
    Score__c: score
});

describe('FaultInjector', () => {
    const kinds = (injector: FaultInjector, n: number, saves: boolean) =>
        Array.from({ length: n }, (_v, i) => injector.decide(i + 1, saves).fault);

    it('decides the same faults for the same seed and sequence', () => {
        expect(kinds(new FaultInjector(0.3, 7), 500, true)).toEqual(
            kinds(new FaultInjector(0.3, 7), 500, true)
        );
        expect(kinds(new FaultInjector(0.3, 7), 500, true)).not.toEqual(
            kinds(new FaultInjector(0.3, 8), 500, true)
        );
        const locks = (seed: number) => {
            const decision = new FaultInjector(1, seed).decide(3, true);
            return Array.from({ length: 200 }, (_v, i) => decision.locksRecord(i, 200));
        };
        expect(locks(5)).toEqual(locks(5));
    });

    it('faults about the requested share of requests, with every kind', () => {
        const decided = kinds(new FaultInjector(0.1, 3), 5000, true);
        const share = decided.filter((k) => k !== null).length / decided.length;
        expect(share).toBeGreaterThan(0.08);
        expect(share).toBeLessThan(0.12);
        expect(new Set(kinds(new FaultInjector(1, 3), 200, true))).toEqual(
            new Set<RequestFault>(['unavailable', 'dropBefore', 'dropAfter', 'concurrencyLimit', 'rowLock'])
        );
        // Row locks need records to lock: requests that save nothing never get them.
        expect(kinds(new FaultInjector(1, 3), 200, false)).not.toContain('rowLock');
        expect(kinds(new FaultInjector(0, 3), 200, true).every((k) => k === null)).toBe(true);
    });

    it('refuses a rate outside 0..1', () => {
        expect(() => new FaultInjector(1.5, 1)).toThrow(RangeError);
    });
});

type Outcome = string;

/** `CODE message` of an error response `[{ message, errorCode }]`. */
const errorOf = (body: unknown): string => {
    const error = (body as Array<{ errorCode: string; message: string }>)[0];
    return error ? `${error.errorCode} ${error.message}` : '';
};

/** A query on a faulty org: asked again until it gets through (bounded). */
async function soqlRetrying(test: TestOrg, query: string): Promise<Awaited<ReturnType<typeof soql>>> {
    let last: unknown;
    for (let attempt = 0; attempt < 30; attempt++) {
        try {
            return await soql(test.org, query);
        } catch (error) {
            last = error;
        }
    }
    throw last;
}

/** Runs a fixed sequence of requests; returns what the client saw for each. */
async function script(test: TestOrg, steps: number): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    for (let step = 0; step < steps; step++) {
        try {
            if (step % 3 === 2) {
                const records = [0, 1, 2, 3, 4].map((k) => scoreRecord(step * 5 + k));
                const response = await call(test.org, 'PATCH', '/composite/sobjects/Trust_Score__c/Key__c', {
                    records
                });
                const perRecord =
                    response.status === 200
                        ? (
                              response.body as Array<{
                                  success: boolean;
                                  errors: Array<{ statusCode: string }>;
                              }>
                          )
                              .map((r) => (r.success ? 'ok' : (r.errors[0]?.statusCode ?? '?')))
                              .join(',')
                        : errorOf(response.body);
                outcomes.push(`${response.status} ${perRecord}`);
            } else {
                const response =
                    step % 3 === 0
                        ? await call(
                              test.org,
                              'GET',
                              `/query?q=${encodeURIComponent('SELECT Id FROM Account')}`
                          )
                        : await call(test.org, 'GET', '/limits');
                outcomes.push(
                    response.status === 200 ? '200' : `${response.status} ${errorOf(response.body)}`
                );
            }
        } catch {
            outcomes.push('dropped');
        }
    }
    return outcomes;
}

describe('fault injection in the server', () => {
    const RATE = 0.5;
    const SEED = 2;
    const STEPS = 60;

    it('gives the same faults for the same seed and request sequence, and each kind shows', async () => {
        const runs: Outcome[][] = [];
        for (const seed of [SEED, SEED, SEED + 1]) {
            const test = await startWith({ Account: accounts }, { faultRate: RATE, seed });
            try {
                runs.push(await script(test, STEPS));
            } finally {
                await test.close();
            }
        }
        const [first, second, other] = runs as [Outcome[], Outcome[], Outcome[]];
        expect(second).toEqual(first);
        expect(other).not.toEqual(first);

        // What the client saw matches the plan request by request.
        const plan = new FaultInjector(RATE, SEED);
        const expected = first.map((outcome, i) => {
            const fault = plan.decide(i + 1, i % 3 === 2).fault;
            if (fault === 'unavailable') return outcome.startsWith('503 SERVER_UNAVAILABLE');
            if (fault === 'concurrencyLimit')
                return outcome === '403 REQUEST_LIMIT_EXCEEDED ConcurrentPerOrgLongTxn Limit exceeded.';
            if (fault === 'dropBefore' || fault === 'dropAfter') return outcome === 'dropped';
            if (fault === 'rowLock') return /^200 .*UNABLE_TO_LOCK_ROW/.test(outcome);
            return outcome.startsWith('200') && !outcome.includes('UNABLE_TO_LOCK_ROW');
        });
        expect(expected.every(Boolean)).toBe(true);
        const faults = new Set(first.map((_o, i) => plan.decide(i + 1, i % 3 === 2).fault));
        expect(faults).toEqual(
            new Set([null, 'unavailable', 'dropBefore', 'dropAfter', 'concurrencyLimit', 'rowLock'])
        );
    });

    it('injects the concurrency limit at random and answers with the daily limit only once the counter runs out', async () => {
        const seen = async (apiLimit: number, requests: number): Promise<string[]> => {
            const test = await startWith({ Account: accounts }, { faultRate: RATE, seed: SEED, apiLimit });
            try {
                const outcomes: string[] = [];
                for (let i = 0; i < requests; i++) {
                    try {
                        const response = await call(test.org, 'GET', '/limits');
                        outcomes.push(response.status === 200 ? '200' : errorOf(response.body));
                    } catch {
                        outcomes.push('dropped');
                    }
                }
                expect(test.org.apiCalls()).toBeLessThanOrEqual(apiLimit);
                return outcomes;
            } finally {
                await test.close();
            }
        };
        const DAILY = 'REQUEST_LIMIT_EXCEEDED TotalRequests Limit exceeded.';
        const CONCURRENT = 'REQUEST_LIMIT_EXCEEDED ConcurrentPerOrgLongTxn Limit exceeded.';
        // Far from the limit: the transient kind only.
        const plenty = await seen(100_000, 120);
        expect(plenty).toContain(CONCURRENT);
        expect(plenty).not.toContain(DAILY);
        // A limit of 20 calls: the daily kind from the moment 20 were served, and then always.
        const limited = await seen(20, 120);
        const first = limited.indexOf(DAILY);
        expect(first).toBeGreaterThan(0);
        expect(limited.slice(0, first)).toContain(CONCURRENT);
        expect(limited.slice(first).every((o) => o === DAILY)).toBe(true);
        expect(
            limited.slice(0, first).filter((o) => o === '200' || o === 'dropped').length
        ).toBeGreaterThanOrEqual(20);
    });

    it('commits a write whose response is dropped after processing, and not one dropped before', async () => {
        const test = await startWith({ Account: accounts }, { faultRate: RATE, seed: SEED });
        try {
            await script(test, STEPS);
            const plan = new FaultInjector(RATE, SEED);
            const stored = new Set(
                (await soqlRetrying(test, 'SELECT Key__c FROM Trust_Score__c')).records.map(
                    (r) => r.Key__c as string
                )
            );
            for (let step = 2; step < STEPS; step += 3) {
                const fault = plan.decide(step + 1, true).fault;
                if (fault !== 'dropBefore' && fault !== 'dropAfter') continue;
                const keys = [0, 1, 2, 3, 4].map((k) => scoreRecord(step * 5 + k).Key__c);
                expect(keys.map((k) => stored.has(k))).toEqual(keys.map(() => fault === 'dropAfter'));
            }
        } finally {
            await test.close();
        }
    });

    it('ends a retried run in the same state as a clean run', async () => {
        const records = Array.from({ length: 60 }, (_v, i) => scoreRecord(i, 40 + i));
        const finalState = async (faultRate: number): Promise<unknown[]> => {
            const test = await startWith({ Account: accounts }, { faultRate, seed: 3 });
            try {
                for (let start = 0; start < records.length; start += 20) {
                    let pending = records.slice(start, start + 20);
                    // Retry what failed transiently; bounded so a bug cannot hang the test.
                    for (let attempt = 0; attempt < 50 && pending.length > 0; attempt++) {
                        try {
                            const response = await call(
                                test.org,
                                'PATCH',
                                '/composite/sobjects/Trust_Score__c/Key__c',
                                {
                                    records: pending
                                }
                            );
                            if (response.status !== 200) continue;
                            const results = response.body as Array<{ success: boolean }>;
                            pending = pending.filter((_r, i) => results[i]?.success !== true);
                        } catch {
                            // Dropped connection: the batch is retried as a whole; upsert keeps it idempotent.
                        }
                    }
                    expect(pending).toEqual([]);
                }
                const rows = await soqlRetrying(
                    test,
                    'SELECT Key__c, Score__c FROM Trust_Score__c ORDER BY Key__c'
                );
                return rows.records.map((r) => [r.Key__c, r.Score__c]);
            } finally {
                await test.close();
            }
        };
        const clean = await finalState(0);
        expect(clean).toHaveLength(60);
        expect(await finalState(0.4)).toEqual(clean);
    });
});
