import type { TrustResult } from '../../../engine/result';
import type { Rollup } from '../../../engine/rollup';
import { AncestorRollups } from '../ancestorRollups';
import { RunRollups } from '../rollupStep';

const rollup = (score: number): Rollup => ({
    score,
    band: 'Steady',
    children: 2,
    lowest: { accountId: '001C00000000000AAA', score },
    weightBasis: 'equal'
});
const TOP = '001A00000000000AAA';
const MID = '001B00000000000AAA';
const LEAF = '001C00000000000AAA';
// TOP ← MID ← LEAF.
const rollups = new RunRollups(
    [
        [TOP, rollup(61)],
        [MID, rollup(55)]
    ],
    new Map([
        [MID, TOP],
        [LEAF, MID]
    ])
);
const scored = (accountId: string) => ({
    result: { accountId } as TrustResult,
    position: 0,
    previous: null,
    mayUpdateAccount: true
});
/** Every account known to the org, none scored on a later day. */
const api = {
    async queryAll<R>(soql: string, onPage: (records: R[]) => void): Promise<number> {
        const rows = [...soql.matchAll(/'(\w+)'/g)].map((m) => ({ Id: m[1], Trust_Scored_On__c: null }));
        onPage(rows as R[]);
        return rows.length;
    }
};

describe('RunRollups', () => {
    it('names the accounts above one, nearest first, and none above a top', () => {
        expect(rollups.ancestorsOf(LEAF)).toEqual([MID, TOP]);
        expect(rollups.ancestorsOf(TOP)).toEqual([]);
        expect(rollups.get(TOP)?.score).toBe(61);
        expect(rollups.size).toBe(2);
    });
});

describe('AncestorRollups', () => {
    it('writes the roll-up fields of every account above a rescored one, and only those', async () => {
        const sink = new AncestorRollups(rollups);
        await sink.add(scored(LEAF));
        expect(await sink.items(api, '2026-06-30')).toEqual([
            {
                accountId: TOP,
                receipt: null,
                account: { Id: TOP, Trust_Rollup_Score__c: 61, Trust_Rollup_Band__c: 'Steady' }
            },
            {
                accountId: MID,
                receipt: null,
                account: { Id: MID, Trust_Rollup_Score__c: 55, Trust_Rollup_Band__c: 'Steady' }
            }
        ]);
        expect(sink.refreshed).toBe(2);
    });

    it('leaves an ancestor the run rescored to the receipt sink, and one scored on a later day alone', async () => {
        const sink = new AncestorRollups(rollups);
        await sink.add(scored(LEAF));
        await sink.add(scored(MID));
        expect((await sink.items(api, '2026-06-30')).map((i) => i.accountId)).toEqual([TOP]);
        const later = {
            async queryAll<R>(_soql: string, onPage: (records: R[]) => void): Promise<number> {
                onPage([{ Id: TOP, Trust_Scored_On__c: '2026-07-01' }] as R[]);
                return 1;
            }
        };
        expect(await sink.items(later, '2026-06-30')).toEqual([]);
        expect(sink.refreshed).toBe(0);
    });

    it('has nothing to write, and asks the org nothing, when no rescored account has a parent', async () => {
        const sink = new AncestorRollups(rollups);
        await sink.add(scored(TOP));
        const quiet = { queryAll: jest.fn() };
        expect(await sink.items(quiet, '2026-06-30')).toEqual([]);
        expect(quiet.queryAll).not.toHaveBeenCalled();
    });
});
