/**
 * The panel's hierarchy query (HIERARCHY_QUERY of c/trustQueries) against the local org, sent
 * level by level by the bundle's HierarchyWalk as the panel sends it: the org filters Account
 * on `ParentId in [...]`, pages a level wider than a page, serves the Account trust fields the
 * batch writes, and the walk ends with every account below the parent and nothing else.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HierarchyWalk } from '../../records/rollupView';
import { gqlLiterals } from '../../tools/metadata/graphqlCheck';
import { componentDir } from '../../tools/metadata/paths';
import { call, id, soql, startWith, type TestOrg } from './helpers';
import { records } from './uiapiSupport';

const HIERARCHY_QUERY = gqlLiterals(
    readFileSync(path.join(componentDir('trustQueries'), 'trustQueries.js'), 'utf8')
).find((l) => l.name === 'HIERARCHY_QUERY')?.text as string;

const TOP = id('001', 1);
const WIDE = 230;
/** TOP → 230 children; the first child → 2 grandchildren; one grandchild → 1; plus an unrelated tree. */
const accounts = [
    { Id: TOP, Name: 'Top', ParentId: '' },
    ...Array.from({ length: WIDE }, (_v, i) => ({
        Id: id('001', 100 + i),
        Name: `Child ${i}`,
        ParentId: TOP
    })),
    { Id: id('001', 2), Name: 'Grandchild A', ParentId: id('001', 100) },
    { Id: id('001', 3), Name: 'Grandchild B', ParentId: id('001', 100) },
    { Id: id('001', 4), Name: 'Great-grandchild', ParentId: id('001', 3) },
    { Id: id('001', 5), Name: 'Elsewhere', ParentId: '' },
    { Id: id('001', 6), Name: 'Elsewhere child', ParentId: id('001', 5) }
];

let test: TestOrg;

beforeAll(async () => {
    test = await startWith({ Account: accounts });
    // The trust fields the batch writes, on a few of the accounts below.
    const response = await call(test.org, 'PATCH', '/composite/sobjects', {
        allOrNone: true,
        records: [
            [id('001', 3), 31.5, 'At Risk'],
            [id('001', 4), 48.2, 'Fragile'],
            [id('001', 100), null, 'Not enough evidence']
        ].map(([Id, score, band]) => ({
            attributes: { type: 'Account' },
            Id,
            Current_Trust_Score__c: score,
            Current_Trust_Band__c: band,
            Trust_Scored_On__c: '2026-06-30'
        }))
    });
    expect(response.status).toBe(200);
});

afterAll(() => test?.close());

async function walkFrom(top: string): Promise<{ walk: HierarchyWalk; requests: number }> {
    const walk = new HierarchyWalk(top);
    let requests = 0;
    for (let request = walk.next(); request; request = walk.next()) {
        requests++;
        const { Account } = await records(test.org, HIERARCHY_QUERY, { ...request });
        expect(walk.answers(Account)).toBe(true);
        walk.take(Account);
    }
    return { walk, requests };
}

describe('the hierarchy query through the local org', () => {
    it('gives the walk every account below the parent, with the stored trust fields', async () => {
        const { walk, requests } = await walkFrom(TOP);
        const below = accounts.filter((a) => ![TOP, id('001', 5), id('001', 6)].includes(a.Id));
        expect(walk.accounts.map((a) => a.accountId).sort()).toEqual(below.map((a) => a.Id).sort());
        expect(walk.truncated).toBe(false);
        // Level 1 in two pages (230 > 200); level 2 asks for 230 parents in three chunks of
        // ids; then level 3, and level 4, which finds nothing below.
        expect(requests).toBe(7);

        const stored = await soql(
            test.org,
            `SELECT Id, Name, ParentId, Current_Trust_Score__c, Current_Trust_Band__c, Trust_Scored_On__c FROM Account WHERE Id IN ('${id('001', 3)}', '${id('001', 4)}', '${id('001', 100)}')`
        );
        for (const row of stored.records) {
            const read = walk.accounts.find((a) => a.accountId === row.Id);
            expect(read).toMatchObject({
                name: row.Name,
                parentId: row.ParentId,
                score: row.Current_Trust_Score__c,
                band: row.Current_Trust_Band__c,
                scoredOn: row.Trust_Scored_On__c
            });
        }
        expect(walk.accounts.find((a) => a.accountId === id('001', 4))?.level).toBe(3);
    });

    it('ends at once below an account without children', async () => {
        const { walk, requests } = await walkFrom(id('001', 6));
        expect(walk.accounts).toEqual([]);
        expect(requests).toBe(1);
    });
});
