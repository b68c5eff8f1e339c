import { updatableAccounts } from '../updatableAccounts';

/** An org of accounts and the day each was last scored (null: never). */
function org(scoredOn: Record<string, string | null>) {
    const queries: string[] = [];
    return {
        queries,
        async queryAll<R>(soql: string, onPage: (records: R[]) => void | Promise<void>): Promise<number> {
            queries.push(soql);
            const rows = [...soql.matchAll(/'(\w+)'/g)]
                .map((m) => m[1] as string)
                .filter((id) => id in scoredOn)
                .map((id) => ({ Id: id, Trust_Scored_On__c: scoredOn[id] }));
            await onPage(rows as R[]);
            return rows.length;
        }
    };
}

const id = (n: number): string => `001${String(n).padStart(12, '0')}AAA`;

describe('updatableAccounts', () => {
    it('keeps the accounts the org holds whose score is not of a later day, in the order given', async () => {
        const api = org({
            [id(1)]: null,
            [id(2)]: '2026-06-30',
            [id(3)]: '2026-07-01',
            [id(4)]: '2026-01-15'
        });
        expect(await updatableAccounts(api, [id(4), id(3), id(2), id(1), id(5)], '2026-06-30')).toEqual([
            id(4),
            id(2),
            id(1)
        ]);
    });

    it('asks 200 Ids a query, and never puts a malformed Id in one', async () => {
        const ids = Array.from({ length: 450 }, (_, i) => id(i));
        const api = org(Object.fromEntries(ids.map((x) => [x, null])));
        expect(await updatableAccounts(api, [...ids, "001' OR Name != '"], '2026-06-30')).toEqual(ids);
        expect(api.queries).toHaveLength(3);
        expect(api.queries.join('\n')).not.toContain('OR Name');
        expect(await updatableAccounts(api, [], '2026-06-30')).toEqual([]);
        expect(api.queries).toHaveLength(3);
    });
});
