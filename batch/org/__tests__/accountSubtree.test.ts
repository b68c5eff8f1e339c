import { defaultModel } from '../../../engine/model';
import { USAGE_SIGNAL } from '../../../test/support/customSignals';
import { accountsWhere, subtreeOf } from '../accountSubtree';

/** An org's hierarchy links, served as one query page. */
function org(links: [child: string, parent: string][]) {
    return {
        async queryAll<R>(_soql: string, onPage: (records: R[]) => void): Promise<number> {
            onPage(links.map(([Id, ParentId]) => ({ Id, ParentId })) as R[]);
            return links.length;
        }
    };
}

const id = (n: number): string => `001${String(n).padStart(12, '0')}AAA`;

describe('subtreeOf', () => {
    // 1 ← 2 ← 4, 1 ← 3; 5 ← 6 is another tree.
    const api = org([
        [id(2), id(1)],
        [id(3), id(1)],
        [id(4), id(2)],
        [id(6), id(5)]
    ]);

    it('gives the account and every account below it, at every level', async () => {
        expect((await subtreeOf(api, id(1)))?.sort()).toEqual([id(1), id(2), id(3), id(4)]);
        expect(await subtreeOf(api, id(4))).toEqual([id(4)]);
    });

    it('finds the children of an account named by its 15-character Id', async () => {
        expect((await subtreeOf(api, id(2).slice(0, 15)))?.sort()).toEqual([id(2).slice(0, 15), id(4)]);
    });

    it('stops at a cycle, and gives up (null) past 2,000 accounts', async () => {
        const cycle = org([
            [id(1), id(2)],
            [id(2), id(1)]
        ]);
        expect((await subtreeOf(cycle, id(1)))?.sort()).toEqual([id(1), id(2)]);
        const wide = org(Array.from({ length: 2000 }, (_, i) => [id(i + 2), id(1)] as [string, string]));
        expect(await subtreeOf(wide, id(1))).toBeNull();
    });
});

describe('accountsWhere', () => {
    it('reads each evidence object of the accounts named, through its own account field', () => {
        const where = accountsWhere([id(1), id(2)]);
        expect(where('Account')).toBe(`Id IN ('${id(1)}', '${id(2)}')`);
        expect(where('OpportunityHistory')).toBe(`Opportunity.AccountId IN ('${id(1)}', '${id(2)}')`);
        expect(where('Customer_Reference__c')).toBe(`Account__c IN ('${id(1)}', '${id(2)}')`);
        expect(where('Trust_Override__c')).toBe(`Account__c IN ('${id(1)}', '${id(2)}')`);
        expect(where('Unknown__c')).toBeNull();
    });

    it("reads a custom signal's object through the signal's account lookup", () => {
        const model = { ...defaultModel(), customSignals: [USAGE_SIGNAL] };
        const where = accountsWhere([id(1)], model);
        expect(where(USAGE_SIGNAL.object)).toBe(`${USAGE_SIGNAL.accountField} IN ('${id(1)}')`);
        expect(accountsWhere([id(1)])(USAGE_SIGNAL.object)).toBeNull();
    });
});
