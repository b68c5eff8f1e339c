import type { SaveResult } from '../orgApi';
import type { OrgApi } from '../orgApi';
import { byColumns, RestWriter } from '../writers';

describe('byColumns', () => {
    it('groups rows by their set of columns, keeping their order', () => {
        const full = (id: string) => ({ Id: id, Current_Trust_Score__c: 1, Trust_Rollup_Score__c: 2 });
        const rollupOnly = (id: string) => ({ Id: id, Trust_Rollup_Score__c: 2 });
        expect(byColumns([full('a'), rollupOnly('b'), full('c'), rollupOnly('d')])).toEqual([
            [full('a'), full('c')],
            [rollupOnly('b'), rollupOnly('d')]
        ]);
        expect(byColumns([])).toEqual([]);
    });
});

describe('RestWriter', () => {
    it('writes an Account-only item without a receipt call', async () => {
        const calls: string[] = [];
        const ok = (records: Record<string, unknown>[]): SaveResult[] =>
            records.map(() => ({ id: 'x', success: true, errors: [] }));
        const api = {
            upsert: async (object: string, _key: string, records: Record<string, unknown>[]) => {
                calls.push(`upsert ${object} ${records.length}`);
                return ok(records);
            },
            update: async (object: string, records: Record<string, unknown>[]) => {
                calls.push(`update ${object} ${records.map((r) => String(r.Id)).join(' ')}`);
                return ok(records);
            }
        } as unknown as OrgApi;
        const writer = new RestWriter(api);
        const account = (id: string) => ({ Id: id, Trust_Rollup_Score__c: 50 });
        expect(
            await writer.write(
                [
                    { accountId: 'a', receipt: null, account: account('a') },
                    { accountId: 'b', receipt: null, account: account('b') }
                ],
                3
            )
        ).toEqual([]);
        expect(calls).toEqual(['update Account a b']);
        expect(writer.durable).toBe(3);
        await writer.write([{ accountId: 'c', receipt: { Key__c: 'c:1' }, account: null }], 4);
        expect(calls).toEqual(['update Account a b', 'upsert Trust_Score__c 1']);
    });
});
