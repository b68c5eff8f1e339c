/**
 * Objects beyond the catalog: an export folder's `Product_Usage__c.csv` is served like the
 * catalog objects (describe, SOQL with queryMore, Bulk API 2.0 query, UI API GraphQL), with
 * field types inferred from the values or declared in its sidecar; a start without the
 * folder serves them again from the store; a column no type can be inferred for, or a bad
 * sidecar, stops the start with the file and the column named.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startLocalOrg, type LocalOrg } from '../../tools/localOrg';
import { call, id, NOW, scratchDir, soql, writeExport, type Rows } from './helpers';
import { records, type Connection } from './uiapiSupport';

const ACCOUNTS = [id('001', 1), id('001', 2)];
const USAGE_ROWS = 450;

/** Weekly usage rows, alternately of each account, the last ones without notes. */
function usage(): Rows {
    return Array.from({ length: USAGE_ROWS }, (_, n) => ({
        Id: id('a0X', n + 1),
        Account__c: ACCOUNTS[n % 2] as string,
        Week__c: new Date(Date.UTC(2024, 0, 1 + 7 * Math.floor(n / 2))).toISOString().slice(0, 10),
        Active_Users__c: n % 2 === 0 ? 10 + (n % 7) : 2.5,
        Type__c: n % 3 === 0 ? 'Seats' : 'API',
        Measured_At__c: '2026-06-01T08:30:00.000Z',
        Is_Trial__c: n % 5 === 0,
        Notes__c: n < 10 ? `week ${n}` : ''
    }));
}

const SIDECAR = {
    label: 'Product Usage',
    fields: {
        Type__c: { type: 'Picklist', values: ['Seats', 'API'] },
        Renewal_Owner__c: { type: 'Lookup', referenceTo: 'User' }
    }
};

function writeFolder(dir: string, sidecar: unknown = SIDECAR): void {
    writeExport(dir, {
        Account: ACCOUNTS.map((Id, n) => ({ Id, Name: `Account ${n + 1}` })),
        Product_Usage__c: usage()
    });
    writeFileSync(path.join(dir, 'Product_Usage__c.fields.json'), JSON.stringify(sidecar));
}

describe('an extra object of an imported export', () => {
    const scratch = scratchDir();
    const store = path.join(scratch.dir, 'store');
    const folder = path.join(scratch.dir, 'export');
    let org: LocalOrg;
    beforeAll(async () => {
        mkdirSync(folder);
        writeFolder(folder);
        org = await startLocalOrg({
            dataDir: store,
            importFrom: folder,
            now: () => NOW,
            log: () => undefined
        });
    });
    afterAll(async () => {
        await org.close();
        scratch.cleanup();
    });

    it('is imported, and described with inferred and declared types', async () => {
        expect(org.imported?.objects.Product_Usage__c).toBe(USAGE_ROWS);
        expect(org.imported?.skippedFiles).toEqual([]);
        const describe = (await call(org, 'GET', '/sobjects/Product_Usage__c/describe')).body as {
            label: string;
            custom: boolean;
            fields: Array<{
                name: string;
                type: string;
                referenceTo: string[];
                relationshipName: string | null;
            }>;
        };
        expect(describe.label).toBe('Product Usage');
        expect(describe.custom).toBe(true);
        const types = Object.fromEntries(describe.fields.map((f) => [f.name, f.type]));
        expect(types).toMatchObject({
            Id: 'id',
            Account__c: 'reference',
            Week__c: 'date',
            Active_Users__c: 'double',
            Type__c: 'picklist',
            Measured_At__c: 'datetime',
            Is_Trial__c: 'boolean',
            Notes__c: 'string',
            Renewal_Owner__c: 'reference'
        });
        const lookup = describe.fields.find((f) => f.name === 'Account__c');
        expect(lookup).toMatchObject({ referenceTo: ['Account'], relationshipName: 'Account__r' });
        const account = (await call(org, 'GET', '/sobjects/Account/describe')).body as {
            childRelationships: Array<{ childSObject: string; field: string; relationshipName: string }>;
        };
        expect(account.childRelationships).toContainEqual(
            expect.objectContaining({
                childSObject: 'Product_Usage__c',
                field: 'Account__c',
                relationshipName: 'Product_Usages__r'
            })
        );
    });

    it('answers SOQL with typed values, filters, relationships and queryMore pages', async () => {
        const first = await soql(
            org,
            `SELECT Id, Account__r.Name, Week__c, Active_Users__c, Is_Trial__c, Measured_At__c FROM Product_Usage__c WHERE Account__c = '${ACCOUNTS[1]}' AND Type__c = 'Seats' ORDER BY Week__c LIMIT 1`
        );
        expect(first.records[0]).toMatchObject({
            Account__r: { Name: 'Account 2' },
            Week__c: '2024-01-08',
            Active_Users__c: 2.5,
            Is_Trial__c: false,
            Measured_At__c: '2026-06-01T08:30:00.000+0000'
        });
        let page = await soql(org, 'SELECT Id FROM Product_Usage__c', {
            'Sforce-Query-Options': 'batchSize=200'
        });
        const ids = page.records.map((r) => r.Id);
        expect(page.done).toBe(false);
        while (page.nextRecordsUrl !== undefined) {
            const next = await call(org, 'GET', page.nextRecordsUrl);
            page = next.body as typeof page;
            ids.push(...page.records.map((r) => r.Id));
        }
        expect(new Set(ids).size).toBe(USAGE_ROWS);
        const children = await soql(
            org,
            `SELECT Id, (SELECT Id FROM Product_Usages__r WHERE Week__c >= 2024-12-30) FROM Account WHERE Id = '${ACCOUNTS[0]}'`
        );
        const nested = children.records[0]?.Product_Usages__r as { totalSize: number };
        // Rows 0, 2, … of account 1 fall on week 2·k; weeks from 2024-12-30 are k ≥ 52.
        expect(nested.totalSize).toBe(USAGE_ROWS / 2 - 52);
    });

    it('answers a Bulk API 2.0 query job in CSV', async () => {
        const job = await call(org, 'POST', '/jobs/query', {
            operation: 'query',
            query: `SELECT Id, Account__c, Week__c, Active_Users__c FROM Product_Usage__c WHERE Account__c = '${ACCOUNTS[0]}' ORDER BY Week__c`
        });
        expect(job.body).toMatchObject({ object: 'Product_Usage__c' });
        const jobId = (job.body as { id: string }).id;
        const results = await call(org, 'GET', `/jobs/query/${jobId}/results`);
        const lines = results.text.trimEnd().split('\n');
        expect(lines[0]).toBe('"Id","Account__c","Week__c","Active_Users__c"');
        expect(lines).toHaveLength(USAGE_ROWS / 2 + 1);
        expect(lines[1]).toBe(`"${id('a0X', 1)}","${ACCOUNTS[0]}","2024-01-01","10"`);
    });

    it('answers UI API GraphQL queries, as an account child too', async () => {
        const result = await records(
            org,
            `query { uiapi { query { Product_Usage__c(where: { Account__c: { eq: "${ACCOUNTS[0]}" }, Type__c: { eq: "Seats" } }, orderBy: { Week__c: { order: ASC } }, first: 2) {
                edges { node { Id Week__c { value } Active_Users__c { value } Type__c { value } Account__r { Name { value } } } } totalCount } } } }`
        );
        const connection = result.Product_Usage__c as Connection;
        expect(connection.totalCount).toBe(Math.ceil(USAGE_ROWS / 6));
        expect(connection.edges[0]?.node).toMatchObject({
            Id: id('a0X', 1),
            Week__c: { value: '2024-01-01' },
            Active_Users__c: { value: 10 },
            Type__c: { value: 'Seats' },
            Account__r: { Name: { value: 'Account 1' } }
        });
        const accounts = await records(
            org,
            `query { uiapi { query { Account(where: { Id: { eq: "${ACCOUNTS[1]}" } }) { edges { node { Product_Usages__r(first: 5) { edges { node { Id } } totalCount } } } } } } }`
        );
        const child = (accounts.Account as Connection).edges[0]?.node.Product_Usages__r as Connection;
        expect(child.totalCount).toBe(USAGE_ROWS / 2);
    });

    // The setup page builds a custom signal from these answers: the objects with a lookup to
    // Account (Account's childRelationships), their fields by data type, and picklist values.
    it('answers UI API object-info and picklist values, and is a child relationship of Account', async () => {
        const account = (await call(org, 'GET', '/ui-api/object-info/Account')).body as {
            childRelationships: Array<{
                childObjectApiName: string;
                fieldName: string;
                relationshipName: string;
            }>;
        };
        expect(account.childRelationships).toContainEqual(
            expect.objectContaining({
                childObjectApiName: 'Product_Usage__c',
                fieldName: 'Account__c',
                relationshipName: 'Product_Usages__r'
            })
        );
        const info = await call(org, 'GET', '/ui-api/object-info/Product_Usage__c');
        expect(info.status).toBe(200);
        const body = info.body as {
            apiName: string;
            label: string;
            fields: Record<string, { dataType: string; referenceToInfos: Array<{ apiName: string }> }>;
        };
        expect(body).toMatchObject({ apiName: 'Product_Usage__c', label: 'Product Usage' });
        const types = Object.fromEntries(Object.entries(body.fields).map(([name, f]) => [name, f.dataType]));
        expect(types).toMatchObject({
            Account__c: 'Reference',
            Week__c: 'Date',
            Measured_At__c: 'DateTime',
            Active_Users__c: 'Double',
            Type__c: 'Picklist',
            Is_Trial__c: 'Boolean',
            Notes__c: 'String'
        });
        expect(body.fields.Account__c?.referenceToInfos).toEqual([
            expect.objectContaining({ apiName: 'Account' })
        ]);
        const picklists = (
            await call(org, 'GET', '/ui-api/object-info/Product_Usage__c/picklist-values/012000000000000AAA')
        ).body as { picklistFieldValues: Record<string, { values: Array<{ value: string }> }> };
        expect(picklists.picklistFieldValues.Type__c?.values.map((v) => v.value)).toEqual(['Seats', 'API']);
    });

    it('is served again by a start without the folder, from the store', async () => {
        await org.close();
        org = await startLocalOrg({ dataDir: store, now: () => NOW, log: () => undefined });
        expect(org.imported).toBeUndefined();
        const count = await soql(org, 'SELECT COUNT() FROM Product_Usage__c');
        expect(count.totalSize).toBe(USAGE_ROWS);
    });
});

describe('an extra object the local org cannot type', () => {
    const start = async (objects: Record<string, Rows>, sidecar?: unknown): Promise<unknown> => {
        const scratch = scratchDir();
        writeExport(scratch.dir, objects);
        if (sidecar !== undefined)
            writeFileSync(path.join(scratch.dir, 'Survey__c.fields.json'), JSON.stringify(sidecar));
        try {
            const org = await startLocalOrg({ dataDir: ':memory:', importFrom: scratch.dir, now: () => NOW });
            await org.close();
            return null;
        } catch (error) {
            return error;
        } finally {
            scratch.cleanup();
        }
    };
    const survey: Rows = [
        { Id: id('a0Y', 1), Account__c: ACCOUNTS[0] as string, Score__c: 9, Comment__c: '' },
        { Id: id('a0Y', 2), Account__c: ACCOUNTS[1] as string, Score__c: 6, Comment__c: '' }
    ];

    it('names the file and the column without values', async () => {
        const error = (await start({ Survey__c: survey })) as Error;
        expect(error.message).toMatch(
            /^Survey__c\.csv: column Comment__c: no value to infer its type from: declare it in Survey__c\.fields\.json/
        );
    });

    it('takes the sidecar’s declaration for such a column', async () => {
        expect(await start({ Survey__c: survey }, { fields: { Comment__c: 'LongTextArea' } })).toBeNull();
    });

    it('names the sidecar and the field it declares wrong', async () => {
        const error = (await start({ Survey__c: survey }, { fields: { Comment__c: 'Memo' } })) as Error;
        expect(error.message).toBe(
            'Survey__c.fields.json: column Comment__c: "Memo" is not a field type a sidecar can declare'
        );
        const lookup = (await start(
            { Survey__c: survey },
            { fields: { Comment__c: 'Text', Owner__c: { type: 'Lookup', referenceTo: 'Nowhere__c' } } }
        )) as Error;
        expect(lookup.message).toBe(
            'Survey__c.fields.json: column Owner__c: "referenceTo": Nowhere__c is no object of the local org'
        );
    });
});
