// The hierarchy reader without the DOM: what it asks the wire, which answers it takes, and the
// states it reports.
jest.mock('c/trustQueries', () => ({ HIERARCHY_QUERY: 'HIERARCHY_QUERY' }));
const { HierarchyReader, IDLE_HIERARCHY } = require('c/trustHierarchy');

const TOP = '001Kd00000000TOPAA';
const node = (id, parent, band = 'Steady') => ({
    node: {
        Id: id,
        Name: { value: `Account ${id}` },
        ParentId: { value: parent },
        Current_Trust_Score__c: { value: 50 },
        Current_Trust_Band__c: { value: band },
        Trust_Scored_On__c: { value: '2026-06-30' }
    }
});
const answer = (edges, endCursor = null) => ({
    data: {
        uiapi: { query: { Account: { edges, pageInfo: { hasNextPage: endCursor !== null, endCursor } } } }
    },
    errors: undefined
});

function reader() {
    const seen = { asked: [], states: [] };
    const r = new HierarchyReader({
        ask: (request) => seen.asked.push(request),
        changed: (state) => seen.states.push(state)
    });
    return { r, seen };
}

describe('HierarchyReader', () => {
    it('starts idle and asks for the accounts below, page after page and level after level', () => {
        expect(IDLE_HIERARCHY).toEqual({ phase: 'idle', accounts: [], cut: null });
        const { r, seen } = reader();
        r.start(TOP);
        expect(seen.asked).toEqual([
            { query: 'HIERARCHY_QUERY', variables: { parentIds: [TOP], after: null } }
        ]);
        r.wired(answer([node('001A', TOP)], 'cursor1'));
        expect(seen.asked[1].variables).toEqual({ parentIds: [TOP], after: 'cursor1' });
        r.wired(answer([node('001B', TOP)]));
        expect(seen.asked[2].variables).toEqual({ parentIds: ['001A', '001B'], after: null });
        r.wired(answer([]));
        const last = seen.states[seen.states.length - 1];
        expect(last.phase).toBe('read');
        expect(last.accounts.map((a) => a.accountId)).toEqual(['001A', '001B']);
        expect(last.cut).toBeNull();
    });

    it('ignores answers to other requests, and data the wire holds before any request', () => {
        const { r, seen } = reader();
        r.wired(answer([node('001A', TOP)]));
        expect(seen.states).toEqual([]);
        r.start(TOP);
        r.wired(answer([node('001Z', '001OTHER')]));
        r.wired({ data: undefined, errors: undefined });
        expect(seen.asked).toHaveLength(1);
        expect(seen.states.map((s) => s.phase)).toEqual(['reading']);
    });

    it('reads an account once however often it is started', () => {
        const { r, seen } = reader();
        r.start(TOP);
        r.start(TOP);
        expect(seen.asked).toHaveLength(1);
    });

    it('reports a failed reading and takes nothing after it', () => {
        const { r, seen } = reader();
        r.start(TOP);
        r.wired({ data: undefined, errors: [{ message: 'Insufficient access' }] });
        r.wired(answer([node('001A', TOP)]));
        expect(seen.states.map((s) => s.phase)).toEqual(['reading', 'failed']);
    });
});
