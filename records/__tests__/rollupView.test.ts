import { SIGNAL_IDS } from '../../engine/catalog';
import { defaultModel } from '../../engine/model';
import { computeRollups } from '../../engine/rollup';
import { driversJson } from '../receipt';
import {
    HIERARCHY_IDS_PER_REQUEST,
    HierarchyWalk,
    latestBatchRollup,
    lowestBandAccounts,
    parseStoredRollup,
    type HierarchyAccount
} from '../rollupView';
import { storedReceiptFromNode } from '../storedReceipt';
import type { TrustResult } from '../../engine/result';

const model = defaultModel();
const NO_SIGNALS = Object.fromEntries(SIGNAL_IDS.map((id) => [id, { evidence: [] }]));
const ROLLUP = {
    score: 58.3,
    band: 'Fragile',
    children: 4,
    lowest: { accountId: '001C', score: 31.5 },
    weightBasis: 'mixed' as const
};

/** An Account node as the hierarchy query selects it. */
const accountNode = (id: string, parent: string, band: string | null, score: number | null = null) => ({
    Id: id,
    Name: { value: `Account ${id}` },
    ParentId: { value: parent },
    Current_Trust_Score__c: { value: score },
    Current_Trust_Band__c: { value: band },
    Trust_Scored_On__c: { value: '2026-06-30' }
});
type Node = ReturnType<typeof accountNode>;
const page = (nodes: Node[], endCursor: string | null = null) => ({
    edges: nodes.map((node) => ({ node })),
    pageInfo: { hasNextPage: endCursor !== null, endCursor }
});

/** Runs a walk against an in-memory org: `children` by parent id, pages of `size`. */
function walk(top: string, children: Record<string, Node[]>, size = 2, maxLevels?: number): HierarchyWalk {
    const w = new HierarchyWalk(top, maxLevels);
    let guard = 0;
    for (let request = w.next(); request; request = w.next()) {
        const all = request.parentIds.flatMap((id) => children[id] ?? []);
        const from = request.after === null ? 0 : Number(request.after);
        const more = from + size < all.length;
        const answer = page(all.slice(from, from + size), more ? String(from + size) : null);
        expect(w.answers(answer)).toBe(true);
        w.take(answer);
        if (++guard > 100) throw new Error('the walk does not end');
    }
    return w;
}

describe('parseStoredRollup', () => {
    it('reads the roll-up the batch writes into the receipt', () => {
        const [parent] = computeRollups(
            [
                { accountId: '001B', parentId: '001A', score: 70, weight: null },
                { accountId: '001C', parentId: '001B', score: 40, weight: null }
            ],
            model
        ).values();
        const json = JSON.parse(
            driversJson({ drivers: [], signals: NO_SIGNALS, rollup: parent } as unknown as TrustResult, {
                asOf: '2026-06-30',
                model: { name: 'Default', version: 1 }
            })
        ) as { rollup: unknown };
        expect(parseStoredRollup(json.rollup)).toEqual(parent);
    });

    it.each([
        ['nothing', undefined],
        ['no children', { ...ROLLUP, children: 0 }],
        ['an unknown weight basis', { ...ROLLUP, weightBasis: 'revenue' }],
        ['a score that is not a number', { ...ROLLUP, score: '58' }],
        ['a band that is not text', { ...ROLLUP, band: 3 }]
    ])('refuses %s', (_what, raw) => {
        expect(parseStoredRollup(raw)).toBeNull();
    });

    it('keeps a roll-up whose lowest child is unreadable, without it', () => {
        expect(parseStoredRollup({ ...ROLLUP, lowest: { accountId: 7 } })).toEqual({
            ...ROLLUP,
            lowest: null
        });
    });
});

describe('latestBatchRollup', () => {
    const receipt = (id: string, asOf: string, source: string, rollup: unknown) =>
        storedReceiptFromNode({
            Id: id,
            As_Of__c: { value: asOf },
            Source__c: { value: source },
            Score__c: { value: 50 },
            Band__c: { value: 'Fragile' },
            Drivers__c: { value: JSON.stringify({ drivers: [], ...(rollup ? { rollup } : {}) }) }
        });

    it('is the roll-up of the newest batch receipt, past a newer one the panel wrote', () => {
        const receipts = [
            receipt('a2', '2026-07-02', 'Panel', null),
            receipt('a1', '2026-06-30', 'Batch', ROLLUP),
            receipt('a0', '2026-06-01', 'Batch', { ...ROLLUP, score: 70 })
        ];
        expect(latestBatchRollup(receipts)).toEqual({ rollup: ROLLUP, asOf: '2026-06-30' });
    });

    it('is null when the latest batch run found no accounts below, whatever older runs found', () => {
        const receipts = [
            receipt('a1', '2026-06-30', 'Batch', null),
            receipt('a0', '2026-06-01', 'Batch', ROLLUP)
        ];
        expect(latestBatchRollup(receipts)).toBeNull();
        expect(latestBatchRollup([])).toBeNull();
    });
});

describe('HierarchyWalk', () => {
    it('reads every level below the account, each page to its end, once per account', () => {
        const w = walk('001A', {
            '001A': [accountNode('001B', '001A', 'Steady', 65), accountNode('001C', '001A', null)],
            '001B': [
                accountNode('001D', '001B', 'Fragile', 45),
                accountNode('001E', '001B', 'At Risk', 20),
                accountNode('001F', '001B', 'Trusted', 90)
            ],
            // A ParentId cycle in the org (001F above 001A) is not followed round.
            '001F': [accountNode('001A', '001F', 'Steady', 60)]
        });
        expect(w.accounts.map((a) => [a.accountId, a.level])).toEqual([
            ['001B', 1],
            ['001C', 1],
            ['001D', 2],
            ['001E', 2],
            ['001F', 2]
        ]);
        expect(w.truncated).toBe(false);
        expect(w.done).toBe(true);
    });

    it('stops at the level cap and says accounts were left unread', () => {
        const chain: Record<string, Node[]> = {};
        for (let i = 0; i < 8; i++) chain[`001${i}`] = [accountNode(`001${i + 1}`, `001${i}`, 'Steady')];
        const w = walk('0010', chain, 2, 3);
        expect(w.accounts.map((a) => a.accountId)).toEqual(['0011', '0012', '0013']);
        expect(w.truncated).toBe(true);
    });

    it('sends a wide level in chunks of parent ids', () => {
        const wide = Array.from({ length: HIERARCHY_IDS_PER_REQUEST + 5 }, (_v, i) =>
            accountNode(`001W${i}`, '001A', 'Steady')
        );
        const children: Record<string, Node[]> = { '001A': wide };
        wide.forEach((child, i) => (children[child.Id] = [accountNode(`001G${i}`, child.Id, 'Fragile')]));
        const w = new HierarchyWalk('001A');
        const sizes: number[] = [];
        for (let request = w.next(); request; request = w.next()) {
            sizes.push(request.parentIds.length);
            w.take(page(request.parentIds.flatMap((id) => children[id] ?? [])));
        }
        // The children, then the grandchildren (asked for children of their own, which they have not).
        expect(sizes).toEqual([1, HIERARCHY_IDS_PER_REQUEST, 5, HIERARCHY_IDS_PER_REQUEST, 5]);
        expect(w.accounts).toHaveLength(2 * wide.length);
    });

    it('does not take an answer to another request for its own', () => {
        const w = new HierarchyWalk('001A');
        expect(w.answers(page([accountNode('001X', '001Z', 'Steady')]))).toBe(false);
        expect(w.answers(page([]))).toBe(true);
    });
});

describe('lowestBandAccounts', () => {
    const account = (id: string, band: string | null, score: number | null, name = id): HierarchyAccount => ({
        accountId: id,
        name,
        parentId: '001A',
        score,
        band,
        scoredOn: '2026-06-30',
        level: 1
    });

    it('lists the accounts of the lowest band of the model, lowest score first, and counts the rest', () => {
        const accounts = [
            account('1', 'Steady', 65),
            account('2', 'Fragile', 45),
            account('3', 'Fragile', 41),
            account('4', 'Not enough evidence', 10),
            account('5', null, null),
            account('6', 'Fragile', 44, 'Beta'),
            account('7', 'Fragile', 44, 'Alpha')
        ];
        expect(lowestBandAccounts(accounts, model, 3)).toEqual({
            band: 'Fragile',
            accounts: [accounts[2], accounts[6], accounts[5]],
            more: 1
        });
    });

    it('has no band when no account below holds one of the model', () => {
        expect(
            lowestBandAccounts([account('1', 'Not enough evidence', 12), account('2', 'Gold', 3)], model)
        ).toEqual({ band: null, accounts: [], more: 0 });
    });
});
