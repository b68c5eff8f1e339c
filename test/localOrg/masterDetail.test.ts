/**
 * Master-detail fields that do not allow reparenting, as a real org treats them: a receipt,
 * promise or reference names its account when it is created and can never be moved to another
 * account, through any write API (sObject Collections, upsert by key, Bulk API, UI API).
 */
import { Connection } from '@jsforce/jsforce-node';
import type { LocalField, LocalObject } from '../../tools/localOrg/schema';
import { reparentingErrors } from '../../tools/localOrg/masterDetail';
import { loadOrgSchema } from '../../tools/metadata';
import { call, id, startWith, type TestOrg } from './helpers';

const FIRST = id('001', 1);
const SECOND = id('001', 2);
const DAY = '2026-06-01';

let test: TestOrg;
let conn: Connection;

interface SaveResultJson {
    id?: string;
    success: boolean;
    errors: { statusCode: string; message: string; fields: string[] }[];
}

const receipt = (account: string, extra: Record<string, unknown> = {}) => ({
    Key__c: `${FIRST}:${DAY}`,
    Account__c: account,
    As_Of__c: DAY,
    Score__c: 70,
    Source__c: 'Batch',
    ...extra
});

async function storedAccount(): Promise<string | undefined> {
    const result = await conn.query<{ Account__c: string }>(
        `SELECT Account__c FROM Trust_Score__c WHERE Key__c = '${FIRST}:${DAY}'`
    );
    return result.records[0]?.Account__c;
}

beforeAll(async () => {
    test = await startWith({
        Account: [
            { Id: FIRST, Name: 'First' },
            { Id: SECOND, Name: 'Second' }
        ]
    });
    conn = new Connection({
        instanceUrl: test.org.instanceUrl,
        accessToken: test.org.accessToken,
        version: '62.0'
    });
});
afterAll(async () => {
    await test.close();
});

describe('a master-detail field that does not allow reparenting', () => {
    let receiptId = '';

    it('is set when the detail record is created, and may be written again unchanged (upsert by key)', async () => {
        const [created] = (await conn
            .sobject('Trust_Score__c')
            .upsert([receipt(FIRST)], 'Key__c')) as unknown as SaveResultJson[];
        expect(created?.success).toBe(true);
        receiptId = created?.id ?? '';
        const [again] = (await conn
            .sobject('Trust_Score__c')
            .upsert([receipt(FIRST, { Score__c: 71 })], 'Key__c')) as unknown as SaveResultJson[];
        expect(again?.success).toBe(true);
        // The 15-character form of the same account is the same master.
        const [short] = (await conn
            .sobject('Trust_Score__c')
            .update([
                { Id: receiptId, Account__c: FIRST.slice(0, 15), Score__c: 72 }
            ])) as unknown as SaveResultJson[];
        expect(short?.success).toBe(true);
    });

    it('refuses to move the record to another master, by update or by upsert, and keeps it where it was', async () => {
        const results = [
            ...((await conn
                .sobject('Trust_Score__c')
                .update([{ Id: receiptId, Account__c: SECOND }])) as unknown as SaveResultJson[]),
            ...((await conn
                .sobject('Trust_Score__c')
                .upsert([receipt(SECOND)], 'Key__c')) as unknown as SaveResultJson[])
        ];
        for (const result of results) {
            expect(result.success).toBe(false);
            expect(result.errors).toEqual([
                {
                    statusCode: 'FIELD_INTEGRITY_EXCEPTION',
                    message:
                        'Account: a Trust Score cannot be moved to another Account; Account__c does not allow reparenting',
                    fields: ['Account__c']
                }
            ]);
        }
        expect(await storedAccount()).toBe(FIRST);
    });

    it('refuses it through a Bulk API 2.0 upsert, in the failed results', async () => {
        const results = await conn.bulk2.loadAndWaitForResults({
            object: 'Trust_Score__c',
            operation: 'upsert',
            externalIdFieldName: 'Key__c',
            input: [receipt(SECOND)],
            pollInterval: 20,
            pollTimeout: 10_000
        });
        expect(results.successfulResults).toEqual([]);
        expect(results.failedResults.map((row) => row.sf__Error)).toEqual([
            expect.stringMatching(/^FIELD_INTEGRITY_EXCEPTION:Account: a Trust Score cannot be moved/)
        ]);
        expect(await storedAccount()).toBe(FIRST);
    });

    it('refuses it through the UI API too (what the Trust panel writes with)', async () => {
        const response = await call(test.org, 'PATCH', `/ui-api/records/${receiptId}`, {
            fields: { Account__c: SECOND }
        });
        expect(response.status).toBe(400);
        expect(response.text).toContain('FIELD_INTEGRITY_EXCEPTION');
        expect(await storedAccount()).toBe(FIRST);
    });

    it('is moved freely when the field allows reparenting', () => {
        const schema = loadOrgSchema();
        const spec = schema.Trust_Score__c?.fields.Account__c;
        if (spec === undefined) throw new Error('no Trust_Score__c.Account__c');
        expect(spec.reparentable).toBe(false);
        const field = (reparentable: boolean): LocalField => ({
            name: 'Account__c',
            spec: { ...spec, reparentable },
            kind: 'id',
            readOnly: false
        });
        const object = { name: 'Trust_Score__c', label: 'Trust Score' } as LocalObject;
        const stored = { Account__c: FIRST };
        expect(reparentingErrors(object, new Map([[field(true), SECOND]]), stored)).toEqual([]);
        expect(reparentingErrors(object, new Map([[field(false), SECOND]]), stored)).toHaveLength(1);
        expect(reparentingErrors(object, new Map([[field(false), SECOND]]), undefined)).toEqual([]);
    });
});
