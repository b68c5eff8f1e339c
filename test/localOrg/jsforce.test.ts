/**
 * Round trips through jsforce, used exactly as the org pipeline uses it: query paging with
 * autoFetch, child subquery paging, parent fields, sObject Collections upsert with
 * per-record errors and all-or-none rollback, Bulk API 2.0 query and ingest, describe and
 * limits — and the number of API calls each costs.
 */
import { Connection, type QueryOptions } from '@jsforce/jsforce-node';
import { call, id, NOW, startWith, type Rows, type TestOrg } from './helpers';

const ACCOUNTS = 1050;
const BIG = id('001', 1);
const accountIds = Array.from({ length: ACCOUNTS }, (_v, i) => id('001', i + 1));
const accounts: Rows = accountIds.map((accountId, i) => ({
    Id: accountId,
    Name: `Account ${String(i + 1).padStart(4, '0')}`
}));
/** The first account has 450 cases: more than one child page. */
const cases: Rows = Array.from({ length: 450 }, (_v, i) => ({
    Id: id('500', i + 1),
    AccountId: BIG,
    Priority: 'Medium',
    IsEscalated: false,
    IsClosed: true,
    CreatedDate: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString()
}));

let test: TestOrg;
let conn: Connection;
let clock = NOW;

/** Calls the org served while `run` ran. */
async function callsOf(run: () => PromiseLike<unknown>): Promise<number> {
    const before = test.org.apiCalls();
    await run();
    return test.org.apiCalls() - before;
}

beforeAll(async () => {
    // Full pages: these tests count the calls each batch size costs (short pages: orgParity.test.ts).
    test = await startWith({ Account: accounts, Case: cases }, { now: () => clock, shortPageRate: 0 });
    conn = new Connection({
        instanceUrl: test.org.instanceUrl,
        accessToken: test.org.accessToken,
        version: '62.0'
    });
});
afterAll(async () => {
    await test.close();
});

describe('jsforce queries against the local org', () => {
    it('autoFetches every page, one API call per page of batchSize rows', async () => {
        let records: Array<{ Name: string }> = [];
        const calls = await callsOf(async () => {
            const result = await conn.query<{ Name: string }>(
                'SELECT Id, Name FROM Account ORDER BY Name DESC',
                {
                    autoFetch: true,
                    maxFetch: 1e9,
                    headers: { 'Sforce-Query-Options': 'batchSize=200' }
                }
            );
            expect(result.totalSize).toBe(ACCOUNTS);
            records = result.records;
        });
        expect(calls).toBe(Math.ceil(ACCOUNTS / 200));
        expect(records).toHaveLength(ACCOUNTS);
        expect(records[0]?.Name).toBe('Account 1050');
        expect(records[ACCOUNTS - 1]?.Name).toBe('Account 0001');
        // The default batch size is 2,000: one call for the whole table.
        expect(
            await callsOf(() => conn.query('SELECT Id FROM Account', { autoFetch: true, maxFetch: 1e9 }))
        ).toBe(1);
    });

    it('pages with queryMore, and serves the same page again for a retried locator', async () => {
        const headers = { 'Sforce-Query-Options': 'batchSize=500' };
        // jsforce's queryMore types want every option spelled out.
        const more: QueryOptions = {
            headers,
            autoFetch: false,
            maxFetch: 10_000,
            scanAll: false,
            responseTarget: 'QueryResult'
        };
        const first = await conn.query<{ Id: string }>('SELECT Id FROM Account', { headers });
        expect(first).toMatchObject({ totalSize: ACCOUNTS, done: false });
        expect(first.records).toHaveLength(500);
        const locator = first.nextRecordsUrl as string;
        // jsforce hands back the locator as an absolute URL.
        expect(locator).toMatch(/\/services\/data\/v62\.0\/query\/01g[0-9A-Za-z]{15}-500$/);
        const second = await conn.queryMore<{ Id: string }>(locator, more);
        const again = await conn.queryMore<{ Id: string }>(locator, more);
        expect(second.records.map((r) => r.Id)).toEqual(accountIds.slice(500, 1000));
        expect(again.records).toEqual(second.records);
        // A later page asked for without the header keeps the query's batch size.
        const plain = await call(test.org, 'GET', new URL(locator).pathname);
        expect((plain.body as { records: unknown[] }).records).toHaveLength(500);
        const third = await conn.queryMore<{ Id: string }>(second.nextRecordsUrl as string, more);
        expect(third).toMatchObject({ done: true });
        expect(third.records.map((r) => r.Id)).toEqual(accountIds.slice(1000));
    });

    it('follows a child subquery’s own nextRecordsUrl, one call per child page', async () => {
        let caseIds: string[] = [];
        const calls = await callsOf(async () => {
            const result = await conn.query<{ Cases: { records: Array<{ Id: string }> } }>(
                `SELECT Id, (SELECT Id FROM Cases ORDER BY CreatedDate) FROM Account WHERE Id = '${BIG}'`,
                { autoFetch: true, maxFetch: 1e9 }
            );
            caseIds = result.records[0]?.Cases.records.map((c) => c.Id) ?? [];
        });
        expect(caseIds).toEqual(cases.map((c) => c.Id));
        // 200 children inline, then pages of 200 and 50.
        expect(calls).toBe(3);
    });

    it('counts child rows toward the page size', async () => {
        const first = await conn.query<{ Id: string }>('SELECT Id, (SELECT Id FROM Cases) FROM Account', {
            headers: { 'Sforce-Query-Options': 'batchSize=300' }
        });
        // The first account brings 200 inline children: it and 99 more accounts fill 300 rows.
        expect(first.records).toHaveLength(100);
        expect(first.totalSize).toBe(ACCOUNTS);
    });

    it('nests parent fields', async () => {
        const result = await conn.query<{ Account: { Name: string } }>(
            `SELECT Id, Account.Name FROM Case WHERE Id = '${cases[0]?.Id as string}'`
        );
        expect(result.records[0]?.Account.Name).toBe('Account 0001');
    });

    it('reports bad SOQL as a Salesforce error', async () => {
        await expect(conn.query('SELECT Id, Nope__c FROM Account')).rejects.toMatchObject({
            errorCode: 'INVALID_FIELD'
        });
        await expect(conn.query('SELECT Id FROM Account WHERE')).rejects.toMatchObject({
            errorCode: 'MALFORMED_QUERY'
        });
    });
});

interface SaveResultJson {
    id?: string;
    success: boolean;
    created?: boolean;
    errors: Array<{ statusCode: string; message: string; fields: string[] }>;
}

const score = (account: string, day: string, extra: Record<string, unknown> = {}) => ({
    Key__c: `${account}:${day}`,
    Account__c: account,
    As_Of__c: day,
    Score__c: 70,
    Source__c: 'Batch',
    ...extra
});

async function countScores(where = ''): Promise<number> {
    return (await conn.query(`SELECT COUNT() FROM Trust_Score__c ${where}`)).totalSize;
}

describe('jsforce writes against the local org', () => {
    it('upserts by Key__c: creates, then updates, with one result per record in order', async () => {
        const day = '2026-06-01';
        const records = accountIds.slice(0, 250).map((a) => score(a, day));
        let results: SaveResultJson[] = [];
        const calls = await callsOf(async () => {
            results = (await conn
                .sobject('Trust_Score__c')
                .upsert(records, 'Key__c', { allowRecursive: true })) as unknown as SaveResultJson[];
        });
        expect(calls).toBe(2);
        expect(results).toHaveLength(250);
        expect(
            results.every((r) => r.success && r.created === true && /^a0[0-9A-Za-z]{16}$/.test(r.id ?? ''))
        ).toBe(true);
        const again = (await conn.sobject('Trust_Score__c').upsert(
            records.slice(0, 3).map((r) => ({ ...r, Score__c: 81.26 })),
            'Key__c'
        )) as unknown as SaveResultJson[];
        expect(again.map((r) => [r.id, r.created])).toEqual(results.slice(0, 3).map((r) => [r.id, false]));
        const stored = await conn.query<{ Score__c: number; Name: string }>(
            `SELECT Score__c, Name FROM Trust_Score__c WHERE Key__c = '${records[0]?.Key__c as string}'`
        );
        // Number(4,1): 81.26 is stored as 81.3; the auto-number name follows TS-{0000000}.
        expect(stored.records[0]).toMatchObject({ Score__c: 81.3, Name: 'TS-0000001' });
        expect(await countScores(`WHERE As_Of__c = ${day}`)).toBe(250);
    });

    it('reports per-record errors in Salesforce’s shapes and saves the valid records', async () => {
        const day = '2026-06-02';
        const a = accountIds[0] as string;
        const results = (await conn
            .sobject('Trust_Score__c')
            .upsert(
                [
                    score(a, day),
                    { Key__c: 'no-account', As_Of__c: day },
                    score(accountIds[1] as string, day, { Key__c: 'k'.repeat(41) }),
                    score(accountIds[2] as string, day, { Source__c: 'Nightly' }),
                    score(accountIds[3] as string, day, { Account__c: id('001', 99_999) }),
                    score(accountIds[4] as string, day, { Account__c: 'not-an-id' }),
                    score(accountIds[5] as string, day, { Account__c: cases[0]?.Id }),
                    score(accountIds[6] as string, day, { Score__c: 12345 }),
                    score(accountIds[7] as string, day, { CreatedDate: '2020-01-01T00:00:00Z' })
                ],
                'Key__c'
            )) as unknown as SaveResultJson[];
        expect(results[0]).toMatchObject({ success: true, created: true });
        const errors = results.slice(1).map((r) => [r.success, r.errors[0]?.statusCode, r.errors[0]?.fields]);
        expect(errors).toEqual([
            [false, 'REQUIRED_FIELD_MISSING', ['Account__c']],
            [false, 'STRING_TOO_LONG', ['Key__c']],
            [false, 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', ['Source__c']],
            [false, 'INVALID_CROSS_REFERENCE_KEY', ['Account__c']],
            [false, 'MALFORMED_ID', ['Account__c']],
            [false, 'FIELD_INTEGRITY_EXCEPTION', ['Account__c']],
            [false, 'NUMBER_OUTSIDE_VALID_RANGE', ['Score__c']],
            [false, 'INVALID_FIELD_FOR_INSERT_UPDATE', ['CreatedDate']]
        ]);
        expect(results[1]?.errors[0]?.message).toBe('Required fields are missing: [Account__c]');
        expect(results[2]?.errors[0]?.message).toMatch(
            /^Receipt Key: data value too large: k+ \(max length=40\)$/
        );
        expect(await countScores(`WHERE As_Of__c = ${day}`)).toBe(1);
    });

    it('rolls everything back when allOrNone is set and one record fails', async () => {
        const day = '2026-06-03';
        const response = (await conn.requestPatch('/composite/sobjects/Trust_Score__c/Key__c', {
            allOrNone: true,
            records: [
                { attributes: { type: 'Trust_Score__c' }, ...score(accountIds[0] as string, day) },
                { attributes: { type: 'Trust_Score__c' }, Key__c: `x:${day}`, As_Of__c: day }
            ]
        })) as SaveResultJson[];
        expect(response).toEqual([
            {
                success: false,
                errors: [
                    {
                        statusCode: 'ALL_OR_NONE_OPERATION_ROLLED_BACK',
                        message:
                            'Record rolled back because not all records were valid and the request was using AllOrNone header',
                        fields: []
                    }
                ]
            },
            {
                success: false,
                created: false,
                errors: [
                    {
                        statusCode: 'REQUIRED_FIELD_MISSING',
                        message: 'Required fields are missing: [Account__c]',
                        fields: ['Account__c']
                    }
                ]
            }
        ]);
        expect(await countScores(`WHERE As_Of__c = ${day}`)).toBe(0);
    });

    it('flags duplicates: a key twice in one upsert, and a unique value already taken', async () => {
        const day = '2026-06-04';
        const twice = (await conn
            .sobject('Trust_Score__c')
            .upsert(
                [score(accountIds[0] as string, day), score(accountIds[0] as string, day)],
                'Key__c'
            )) as unknown as SaveResultJson[];
        expect(twice.map((r) => r.errors[0]?.statusCode)).toEqual(['DUPLICATE_VALUE', 'DUPLICATE_VALUE']);
        const first = (await conn.sobject('Trust_Score__c').create(score(accountIds[0] as string, day))) as {
            id: string;
        };
        const created = (await conn.requestPost('/composite/sobjects', {
            records: [{ attributes: { type: 'Trust_Score__c' }, ...score(accountIds[0] as string, day) }]
        })) as SaveResultJson[];
        expect(created[0]).toEqual({
            success: false,
            errors: [
                {
                    statusCode: 'DUPLICATE_VALUE',
                    message: `duplicate value found: Key__c duplicates value on record with id: ${first.id.slice(0, 15)}`,
                    fields: []
                }
            ]
        });
    });

    it('fails the whole request for unknown fields, mistyped values and more than 200 records', async () => {
        const a = accountIds[0] as string;
        await expect(
            conn.sobject('Trust_Score__c').upsert([score(a, '2026-06-05', { Bogus__c: 1 })], 'Key__c')
        ).rejects.toMatchObject({ errorCode: 'INVALID_FIELD' });
        await expect(
            conn.sobject('Trust_Score__c').upsert([score(a, '2026-06-05', { Score__c: 'high' })], 'Key__c')
        ).rejects.toMatchObject({ errorCode: 'JSON_PARSER_ERROR' });
        const tooMany = Array.from({ length: 201 }, (_v, i) => ({
            attributes: { type: 'Trust_Score__c' },
            ...score(a, '2027-01-01', { Key__c: `k${i}` })
        }));
        await expect(conn.requestPost('/composite/sobjects', { records: tooMany })).rejects.toMatchObject({
            errorCode: 'EXCEEDED_ID_LIMIT'
        });
        expect(await countScores('WHERE As_Of__c = 2026-06-05')).toBe(0);
    });

    it('sets CreatedDate, LastModifiedDate and SystemModstamp, so changes can be queried', async () => {
        clock = new Date('2026-06-30T12:00:00.000Z');
        const created = (await conn.sobject('Trust_Model__c').create([
            { Name: 'Default', Version__c: 1, Definition__c: '{}' },
            { Name: 'Other', Version__c: 2, Definition__c: '{}' }
        ])) as unknown as SaveResultJson[];
        clock = new Date('2026-06-30T13:00:00.000Z');
        const updated = (await conn
            .sobject('Trust_Model__c')
            .update([{ Id: created[1]?.id as string, Notes__c: 'tuned' }])) as unknown as SaveResultJson[];
        expect(updated[0]).toEqual({ id: created[1]?.id, success: true, errors: [] });
        const changed = await conn.query<Record<string, string>>(
            'SELECT Id, CreatedDate, LastModifiedDate, SystemModstamp FROM Trust_Model__c WHERE SystemModstamp > 2026-06-30T12:30:00Z'
        );
        expect(changed.records).toEqual([
            expect.objectContaining({
                Id: created[1]?.id,
                CreatedDate: '2026-06-30T12:00:00.000+0000',
                LastModifiedDate: '2026-06-30T13:00:00.000+0000',
                SystemModstamp: '2026-06-30T13:00:00.000+0000'
            })
        ]);
        clock = NOW;
    });
});

describe('jsforce Bulk API 2.0 against the local org', () => {
    it('pages query results with Sforce-Locator', async () => {
        const job = await call(test.org, 'POST', '/jobs/query', {
            operation: 'query',
            query: 'SELECT Id, Name, Owner.Name FROM Account ORDER BY Name'
        });
        expect(job.body).toMatchObject({ state: 'UploadComplete', operation: 'query', object: 'Account' });
        const jobId = (job.body as { id: string }).id;
        expect((await call(test.org, 'GET', `/jobs/query/${jobId}`)).body).toMatchObject({
            state: 'JobComplete',
            numberRecordsProcessed: ACCOUNTS
        });
        const pages: Array<{ locator: string | null; count: string | null; lines: string[] }> = [];
        let locator = '';
        for (let i = 0; i < 5 && locator !== 'null'; i++) {
            const page = await call(
                test.org,
                'GET',
                `/jobs/query/${jobId}/results?maxRecords=400${locator === '' ? '' : `&locator=${locator}`}`
            );
            locator = page.headers.get('sforce-locator') ?? 'null';
            pages.push({
                locator,
                count: page.headers.get('sforce-numberofrecords'),
                lines: page.text.trimEnd().split('\n')
            });
        }
        expect(pages.map((p) => [p.count, p.lines.length])).toEqual([
            ['400', 401],
            ['400', 401],
            ['250', 251]
        ]);
        expect(pages[2]?.locator).toBe('null');
        expect(pages[0]?.lines[0]).toBe('"Id","Name","Owner.Name"');
        expect(pages[0]?.lines[1]).toBe(
            `"${accountIds[0] as string}","Account 0001","Local Org Integration"`
        );
    });

    it('streams a bulk query through jsforce', async () => {
        const stream = await conn.bulk2.query('SELECT Id, Name FROM Account', {
            pollInterval: 20,
            pollTimeout: 5000
        });
        const records: Array<Record<string, string>> = [];
        for await (const record of stream) records.push(record as Record<string, string>);
        expect(records).toHaveLength(ACCOUNTS);
        expect(records[0]).toEqual({ Id: accountIds[0], Name: 'Account 0001' });
    });

    it('refuses a bulk query the API cannot run', async () => {
        const nested = await call(test.org, 'POST', '/jobs/query', {
            operation: 'query',
            query: 'SELECT Id, (SELECT Id FROM Cases) FROM Account'
        });
        expect(nested.status).toBe(400);
        const bad = await call(test.org, 'POST', '/jobs/query', {
            operation: 'query',
            query: 'SELECT Nope FROM Account'
        });
        expect(bad.body).toEqual([expect.objectContaining({ errorCode: 'INVALID_FIELD' })]);
    });

    it('ingests CSV and reports successful and failed records', async () => {
        const day = '2026-06-10';
        const input = [
            score(accountIds[10] as string, day),
            score(accountIds[11] as string, day, { Source__c: 'Nightly' }),
            score(accountIds[12] as string, day, { Score__c: 'abc' }),
            score(accountIds[13] as string, day)
        ];
        const results = await conn.bulk2.loadAndWaitForResults({
            object: 'Trust_Score__c',
            operation: 'upsert',
            externalIdFieldName: 'Key__c',
            input,
            pollInterval: 20,
            pollTimeout: 10_000
        });
        expect(
            results.successfulResults.map((r) => [r.sf__Created, (r as Record<string, unknown>).Key__c])
        ).toEqual([
            ['true', input[0]?.Key__c],
            ['true', input[3]?.Key__c]
        ]);
        expect(results.failedResults.map((r) => [r.sf__Id, (r as Record<string, unknown>).Key__c])).toEqual([
            ['', input[1]?.Key__c],
            ['', input[2]?.Key__c]
        ]);
        expect(results.failedResults[0]?.sf__Error).toBe(
            'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST:Source: bad value for restricted picklist field: Nightly:Source__c --'
        );
        expect(results.failedResults[1]?.sf__Error).toMatch(
            /^INVALID_TYPE_ON_FIELD_IN_RECORD:Trust Score: value not of required type: abc:Score__c --$/
        );
        const rerun = await conn.bulk2.loadAndWaitForResults({
            object: 'Trust_Score__c',
            operation: 'upsert',
            externalIdFieldName: 'Key__c',
            input: [input[0] as Record<string, unknown>],
            pollInterval: 20,
            pollTimeout: 10_000
        });
        expect(rerun.successfulResults[0]).toMatchObject({
            sf__Created: 'false',
            sf__Id: results.successfulResults[0]?.sf__Id
        });
        expect(await countScores(`WHERE As_Of__c = ${day}`)).toBe(2);
    });

    it('fails an ingest job whose CSV cannot be read', async () => {
        const job = (
            await call(test.org, 'POST', '/jobs/ingest', { object: 'Trust_Score__c', operation: 'insert' })
        ).body as { id: string };
        const upload = await fetch(
            `${test.org.instanceUrl}/services/data/v62.0/jobs/ingest/${job.id}/batches`,
            {
                method: 'PUT',
                headers: { Authorization: `Bearer ${test.org.accessToken}`, 'Content-Type': 'text/csv' },
                body: 'Key__c,As_Of__c\n"unterminated,2026-06-30\n'
            }
        );
        expect(upload.status).toBe(201);
        await call(test.org, 'PATCH', `/jobs/ingest/${job.id}`, { state: 'UploadComplete' });
        let info: { state: string; errorMessage?: string } = { state: '' };
        for (let i = 0; i < 50 && info.state !== 'Failed' && info.state !== 'JobComplete'; i++) {
            await new Promise((resolve) => setTimeout(resolve, 10));
            info = (await call(test.org, 'GET', `/jobs/ingest/${job.id}`)).body as typeof info;
        }
        expect(info.state).toBe('Failed');
        expect(info.errorMessage).toMatch(/^InvalidBatch : /);
    });

    it('fails an ingest job whose header names an unknown field', async () => {
        await expect(
            conn.bulk2.loadAndWaitForResults({
                object: 'Trust_Score__c',
                operation: 'insert',
                input: 'Key__c,Bogus__c\nk1,1\n',
                pollInterval: 20,
                pollTimeout: 10_000
            })
        ).rejects.toThrow('InvalidBatch : Field name not found : Bogus__c');
    });
});

describe('describe and limits', () => {
    it('describes objects from the metadata', async () => {
        const scoreDescribe = await conn.describe('Trust_Score__c');
        const field = (name: string) => scoreDescribe.fields.find((f) => f.name === name);
        expect(field('Key__c')).toMatchObject({ type: 'string', length: 40, externalId: true, unique: true });
        expect(field('Account__c')).toMatchObject({
            type: 'reference',
            referenceTo: ['Account'],
            relationshipName: 'Account__r',
            nillable: false
        });
        expect(field('Source__c')?.picklistValues?.map((p) => p.value)).toEqual(['Batch', 'Panel']);
        const account = await conn.describe('Account');
        expect(account.keyPrefix).toBe('001');
        expect(account.childRelationships).toEqual(
            expect.arrayContaining([
                expect.objectContaining({
                    childSObject: 'Trust_Score__c',
                    field: 'Account__c',
                    relationshipName: 'Trust_Scores__r'
                }),
                expect.objectContaining({
                    childSObject: 'Opportunity',
                    field: 'AccountId',
                    relationshipName: 'Opportunities'
                })
            ])
        );
    });

    it('counts every call in DailyApiRequests', async () => {
        const limits = await conn.limits();
        expect(limits.DailyApiRequests).toEqual({ Max: 100_000, Remaining: 100_000 - test.org.apiCalls() });
        expect(await callsOf(() => conn.query('SELECT Id FROM Account LIMIT 1'))).toBe(1);
        const after = await conn.limits();
        expect(after.DailyApiRequests?.Remaining).toBe((limits.DailyApiRequests?.Remaining ?? 0) - 2);
    });

    it('answers REQUEST_LIMIT_EXCEEDED once the daily limit is used up', async () => {
        const limited = await startWith({ Account: accounts.slice(0, 1) }, { apiLimit: 2 });
        try {
            expect((await call(limited.org, 'GET', '/limits')).status).toBe(200);
            expect((await call(limited.org, 'GET', '/limits')).status).toBe(200);
            const refused = await call(limited.org, 'GET', '/limits');
            expect(refused.status).toBe(403);
            expect(refused.body).toEqual([
                { message: 'TotalRequests Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' }
            ]);
            expect(limited.org.apiCalls()).toBe(2);
        } finally {
            await limited.close();
        }
    });
});
