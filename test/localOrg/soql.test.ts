/**
 * The local org's SOQL against hand-computed answers on a tiny org (5 accounts, 8
 * opportunities, 6 cases), at a fixed clock: Tuesday 2026-06-30 12:00 UTC. Each expectation
 * was worked out by hand from the rows below, as an org would answer.
 */
import { call, id, pluck, soql, soqlError, startWith, type Rows, type TestOrg } from './helpers';

const A = [0, 1, 2, 3, 4, 5].map((n) => id('001', n));
const O = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((n) => id('006', n));
const C = [0, 1, 2, 3, 4, 5, 6].map((n) => id('500', n));

const accounts: Rows = [
    { Id: A[1] as string, Name: 'Acme Corp', Current_Trust_Score__c: 80.5 },
    { Id: A[2] as string, Name: 'acme labs', Current_Trust_Score__c: null },
    { Id: A[3] as string, Name: 'Beta LLC', Current_Trust_Score__c: 40 },
    { Id: A[4] as string, Name: "O'Brien & Co", Current_Trust_Score__c: 65 },
    { Id: A[5] as string, Name: 'Zeta 100%', Current_Trust_Score__c: null }
];

const opp = (
    n: number,
    account: number | null,
    type: string | null,
    won: boolean | null,
    closeDate: string,
    createdDate: string,
    amount: number | null
) => ({
    Id: O[n] as string,
    AccountId: account === null ? null : (A[account] as string),
    Type: type,
    IsClosed: won !== null,
    IsWon: won === true,
    CloseDate: closeDate,
    CreatedDate: createdDate,
    StageName: won === null ? 'Prospecting' : won ? 'Closed Won' : 'Closed Lost',
    Amount: amount
});

const opportunities: Rows = [
    opp(1, 1, 'New Customer', true, '2026-06-30', '2026-06-30T08:00:00.000Z', 100),
    opp(2, 1, 'Renewal', false, '2026-06-29', '2026-06-29T23:59:59.999Z', 200),
    opp(3, 1, null, null, '2026-07-01', '2026-06-01T00:00:00.000Z', 300),
    opp(4, 2, 'Renewal', true, '2026-06-01', '2026-05-01T10:00:00.000Z', 400),
    opp(5, 2, 'Existing Customer - Upgrade', true, '2026-04-15', '2026-03-01T10:00:00.000Z', 500),
    opp(6, 3, 'New Customer', false, '2026-03-31', '2026-01-15T10:00:00.000Z', null),
    opp(7, 3, 'Renewal', true, '2025-12-31', '2025-10-01T10:00:00.000Z', 700),
    opp(8, null, 'New Customer', null, '2027-01-05', '2026-06-30T11:00:00.000Z', 800)
];

const kase = (n: number, account: number, priority: string, escalated: boolean, day: string) => ({
    Id: C[n] as string,
    AccountId: A[account] as string,
    Priority: priority,
    IsEscalated: escalated,
    IsClosed: !escalated,
    CreatedDate: `${day}T09:00:00.000Z`
});

const cases: Rows = [
    kase(1, 1, 'High', false, '2026-06-01'),
    kase(2, 1, 'High', true, '2026-06-02'),
    kase(3, 1, 'Medium', false, '2026-06-03'),
    kase(4, 1, 'Low', false, '2026-06-04'),
    kase(5, 1, 'Medium', false, '2026-06-05'),
    kase(6, 3, 'Low', false, '2026-05-01')
];

const DATA = { Account: accounts, Opportunity: opportunities, Case: cases };

/** Opportunity ids of a WHERE clause, in insertion order. */
let test: TestOrg;
const oppIds = async (where: string): Promise<unknown[]> =>
    pluck(await soql(test.org, `SELECT Id FROM Opportunity WHERE ${where}`), 'Id');
const opps = (...n: number[]): string[] => n.map((i) => O[i] as string);

beforeAll(async () => {
    test = await startWith(DATA);
});
afterAll(async () => {
    await test.close();
});

describe('local org SOQL: result shape', () => {
    it('returns records with attributes and fields in their metadata casing', async () => {
        const body = await soql(test.org, `select id, NAME from account where id = '${A[1] as string}'`);
        expect(body).toEqual({
            totalSize: 1,
            done: true,
            records: [
                {
                    attributes: {
                        type: 'Account',
                        url: `/services/data/v62.0/sobjects/Account/${A[1] as string}`
                    },
                    Id: A[1],
                    Name: 'Acme Corp'
                }
            ]
        });
    });

    it('writes dates, datetimes, booleans and numbers as the REST API does', async () => {
        const body = await soql(
            test.org,
            `SELECT CloseDate, CreatedDate, IsWon, Amount, Type FROM Opportunity WHERE Id = '${O[1] as string}'`
        );
        expect(body.records[0]).toMatchObject({
            CloseDate: '2026-06-30',
            CreatedDate: '2026-06-30T08:00:00.000+0000',
            IsWon: true,
            Amount: 100,
            Type: 'New Customer'
        });
    });

    it('accepts 15-character ids in filters and returns 18-character ones', async () => {
        const id15 = (A[3] as string).slice(0, 15);
        expect(pluck(await soql(test.org, `SELECT Id FROM Account WHERE Id = '${id15}'`), 'Id')).toEqual([
            A[3]
        ]);
    });
});

describe('local org SOQL: WHERE', () => {
    it.each([
        ['Amount > 300', [4, 5, 7, 8]],
        ['Amount >= 300', [3, 4, 5, 7, 8]],
        ['Amount < 200', [1]],
        ['Amount <= 200', [1, 2]],
        ['Amount = 400', [4]],
        // != keeps rows whose field is null (O6 has no amount), as SOQL does.
        ['Amount != 400', [1, 2, 3, 5, 6, 7, 8]],
        ["Type != 'Renewal'", [1, 3, 5, 6, 8]],
        ['Type = null', [3]],
        ['Type != null', [1, 2, 4, 5, 6, 7, 8]],
        ['IsWon = true', [1, 4, 5, 7]],
        ['IsWon = false', [2, 3, 6, 8]]
    ])('compares: %s', async (where, expected) => {
        expect(await oppIds(where)).toEqual(opps(...expected));
    });

    it.each([
        ["(Type = 'Renewal' OR Type = 'New Customer') AND IsWon = true", [1, 4, 7]],
        ["NOT Type = 'Renewal'", [1, 3, 5, 6, 8]],
        // Two-valued logic: O6 (null amount, lost) is neither, so NOT (…) keeps it.
        ['NOT (Amount > 300 OR IsWon = true)', [2, 3, 6]],
        ["IsClosed = true AND (NOT Type = 'Renewal') AND Amount > 0", [1, 5]],
        ["Type = 'Renewal' AND IsWon = true AND Amount > 500", [7]],
        ['Amount < 150 OR Amount > 750 OR Amount = null', [1, 6, 8]]
    ])('combines with AND / OR / NOT: %s', async (where, expected) => {
        expect(await oppIds(where)).toEqual(opps(...expected));
    });

    it('refuses AND and OR mixed without parentheses, as an org does', async () => {
        const error = await soqlError(
            test.org,
            "SELECT Id FROM Opportunity WHERE Type = 'Renewal' AND IsWon = true OR Amount > 700"
        );
        expect(error).toMatchObject({ status: 400, errorCode: 'MALFORMED_QUERY' });
        expect(error.message).toContain("unexpected token: 'OR'");
    });

    it.each([
        ["Type IN ('Renewal', 'Existing Customer - Upgrade')", [2, 4, 5, 7]],
        ["Type NOT IN ('Renewal')", [1, 3, 5, 6, 8]],
        [`AccountId IN ('${A[2] as string}', '${(A[3] as string).slice(0, 15)}')`, [4, 5, 6, 7]],
        ['Amount IN (100, 800)', [1, 8]]
    ])('matches lists: %s', async (where, expected) => {
        expect(await oppIds(where)).toEqual(opps(...expected));
    });

    it.each([
        ["Name LIKE 'acme%'", ['Acme Corp', 'acme labs']],
        ["Name LIKE 'ACME C%'", ['Acme Corp']],
        ["Name LIKE '%100\\%'", ['Zeta 100%']],
        ["Name LIKE '_eta%'", ['Beta LLC', 'Zeta 100%']],
        ["Name LIKE '%&%'", ["O'Brien & Co"]],
        ["Name = 'O\\'Brien & Co'", ["O'Brien & Co"]],
        ["Name = 'ACME LABS'", ['acme labs']],
        ['Current_Trust_Score__c >= 65', ['Acme Corp', "O'Brien & Co"]]
    ])('matches text case-insensitively, with escapes: %s', async (where, expected) => {
        expect(pluck(await soql(test.org, `SELECT Name FROM Account WHERE ${where}`), 'Name')).toEqual(
            expected
        );
    });

    it.each([
        ['CloseDate = TODAY', [1]],
        ['CloseDate = YESTERDAY', [2]],
        ['CloseDate = TOMORROW', [3]],
        ['CloseDate = LAST_N_DAYS:30', [1, 2, 4]],
        ['CloseDate = NEXT_N_DAYS:7', [3]],
        ['CloseDate = N_DAYS_AGO:1', [2]],
        ['CloseDate = THIS_WEEK', [1, 2, 3]],
        ['CloseDate = THIS_MONTH', [1, 2, 4]],
        ['CloseDate = THIS_QUARTER', [1, 2, 4, 5]],
        ['CloseDate = LAST_QUARTER', [6]],
        ['CloseDate = THIS_YEAR', [1, 2, 3, 4, 5, 6]],
        ['CloseDate = LAST_YEAR', [7]],
        ['CloseDate = NEXT_YEAR', [8]],
        ['CloseDate = LAST_N_MONTHS:3', [5, 6]],
        ['CloseDate > TODAY', [3, 8]],
        ['CloseDate < TODAY', [2, 4, 5, 6, 7]],
        ['CloseDate <= LAST_YEAR', [7]],
        ['CloseDate >= THIS_QUARTER', [1, 2, 3, 4, 5, 8]],
        ['CloseDate != THIS_MONTH', [3, 5, 6, 7, 8]],
        ['CloseDate IN (TODAY, TOMORROW)', [1, 3]],
        ['CloseDate >= 2026-06-01 AND CloseDate <= 2026-06-30', [1, 2, 4]],
        ['CreatedDate = TODAY', [1, 8]],
        ['CreatedDate = YESTERDAY', [2]],
        ['CreatedDate = LAST_N_DAYS:1', [1, 2, 8]],
        ['CreatedDate > 2026-06-29T23:59:59Z', [1, 2, 8]],
        ['CreatedDate > 2026-06-30T09:00:00+02:00', [1, 8]],
        ['CreatedDate < 2026-01-01T00:00:00Z', [7]]
    ])('evaluates dates and date literals (today 2026-06-30): %s', async (where, expected) => {
        expect(await oppIds(where)).toEqual(opps(...expected));
    });

    it('filters on parent fields and by semi-join', async () => {
        expect(await oppIds("Account.Name LIKE 'acme%'")).toEqual(opps(1, 2, 3, 4, 5));
        const won = await soql(
            test.org,
            'SELECT Name FROM Account WHERE Id IN (SELECT AccountId FROM Opportunity WHERE IsWon = true) ORDER BY Name'
        );
        expect(pluck(won, 'Name')).toEqual(['Acme Corp', 'acme labs', 'Beta LLC']);
        const none = await soql(
            test.org,
            'SELECT Name FROM Account WHERE Id NOT IN (SELECT AccountId FROM Opportunity) ORDER BY Name'
        );
        expect(pluck(none, 'Name')).toEqual(["O'Brien & Co", 'Zeta 100%']);
    });
});

describe('local org SOQL: ORDER BY, LIMIT, OFFSET, COUNT()', () => {
    it.each([
        // Ascending puts nulls first, descending last (SOQL's defaults).
        ['Amount DESC', [8, 7, 5, 4, 3, 2, 1, 6]],
        ['Amount', [6, 1, 2, 3, 4, 5, 7, 8]],
        ['Amount ASC NULLS LAST', [1, 2, 3, 4, 5, 7, 8, 6]],
        ['Amount DESC NULLS FIRST', [6, 8, 7, 5, 4, 3, 2, 1]],
        ['Type, CloseDate DESC', [3, 5, 8, 1, 6, 2, 4, 7]],
        ['Account.Name, CloseDate', [8, 2, 1, 3, 5, 4, 7, 6]]
    ])('orders by %s', async (orderBy, expected) => {
        const body = await soql(test.org, `SELECT Id FROM Opportunity ORDER BY ${orderBy}`);
        expect(pluck(body, 'Id')).toEqual(opps(...expected));
    });

    it('orders text case-insensitively', async () => {
        const body = await soql(test.org, 'SELECT Name FROM Account ORDER BY Name DESC');
        expect(pluck(body, 'Name')).toEqual([
            'Zeta 100%',
            "O'Brien & Co",
            'Beta LLC',
            'acme labs',
            'Acme Corp'
        ]);
    });

    it('applies LIMIT and OFFSET after ordering', async () => {
        const body = await soql(test.org, 'SELECT Id FROM Opportunity ORDER BY Amount DESC LIMIT 2 OFFSET 1');
        expect(body.totalSize).toBe(2);
        expect(pluck(body, 'Id')).toEqual(opps(7, 5));
        expect((await soql(test.org, 'SELECT Id FROM Opportunity LIMIT 0')).records).toEqual([]);
    });

    it('counts with COUNT()', async () => {
        expect(await soql(test.org, 'SELECT COUNT() FROM Opportunity WHERE IsWon = true')).toEqual({
            totalSize: 4,
            done: true,
            records: []
        });
    });
});

describe('local org SOQL: relationships', () => {
    it('nests parent fields, null when there is no parent', async () => {
        const body = await soql(
            test.org,
            `SELECT Id, account.name, Account.Owner.Name FROM Opportunity WHERE Id IN ('${O[1] as string}', '${O[8] as string}')`
        );
        expect(body.records[0]).toEqual({
            attributes: {
                type: 'Opportunity',
                url: `/services/data/v62.0/sobjects/Opportunity/${O[1] as string}`
            },
            Id: O[1],
            Account: {
                attributes: {
                    type: 'Account',
                    url: `/services/data/v62.0/sobjects/Account/${A[1] as string}`
                },
                Name: 'Acme Corp',
                Owner: {
                    attributes: {
                        type: 'User',
                        url: expect.stringMatching(/\/sobjects\/User\/005/) as unknown
                    },
                    Name: 'Local Org Integration'
                }
            }
        });
        expect(body.records[1]).toMatchObject({ Id: O[8], Account: null });
    });

    it('returns child subqueries with their own WHERE, ORDER BY and LIMIT, null when empty', async () => {
        const body = await soql(
            test.org,
            'SELECT Name, (SELECT Id, Amount FROM Opportunities WHERE IsWon = true ORDER BY Amount DESC LIMIT 1), ' +
                "(SELECT Id FROM Cases WHERE Priority != 'Low' ORDER BY CreatedDate DESC) FROM Account ORDER BY Name"
        );
        const summary = body.records.map((r) => {
            const opportunities = r.Opportunities as {
                totalSize: number;
                records: Array<{ Id: string }>;
            } | null;
            const caseResult = r.Cases as {
                totalSize: number;
                done: boolean;
                records: Array<{ Id: string }>;
            } | null;
            return {
                name: r.Name,
                opportunities: opportunities && opportunities.records.map((o) => o.Id),
                cases: caseResult && caseResult.records.map((c) => c.Id)
            };
        });
        expect(summary).toEqual([
            { name: 'Acme Corp', opportunities: opps(1), cases: [C[5], C[3], C[2], C[1]] },
            { name: 'acme labs', opportunities: opps(5), cases: null },
            { name: 'Beta LLC', opportunities: opps(7), cases: null },
            { name: "O'Brien & Co", opportunities: null, cases: null },
            { name: 'Zeta 100%', opportunities: null, cases: null }
        ]);
        expect(body.records[0]?.Cases).toMatchObject({ totalSize: 4, done: true });
        expect(Object.keys(body.records[0]?.Cases as object)).toEqual(['totalSize', 'done', 'records']);
    });

    it('pages a parent’s children through their own nextRecordsUrl', async () => {
        const small = await startWith(DATA, { childBatchSize: 2 });
        try {
            const body = await soql(
                small.org,
                `SELECT Id, (SELECT Id FROM Cases) FROM Account WHERE Id = '${A[1] as string}'`
            );
            const first = body.records[0]?.Cases as {
                totalSize: number;
                done: boolean;
                nextRecordsUrl: string;
                records: unknown[];
            };
            expect(first).toMatchObject({ totalSize: 5, done: false });
            expect(first.records).toHaveLength(2);
            expect(first.nextRecordsUrl).toMatch(/^\/services\/data\/v62\.0\/query\/01g[0-9A-Za-z]{15}-2$/);
            const seen = [...first.records];
            let next: string | undefined = first.nextRecordsUrl;
            for (let page = 0; next !== undefined && page < 5; page++) {
                const more = (await call(small.org, 'GET', next)).body as {
                    nextRecordsUrl?: string;
                    records: unknown[];
                };
                seen.push(...more.records);
                next = more.nextRecordsUrl;
            }
            expect(next).toBeUndefined();
            expect(seen.map((r) => (r as { Id: string }).Id)).toEqual([C[1], C[2], C[3], C[4], C[5]]);
        } finally {
            await small.close();
        }
    });
});

describe('local org SOQL: errors as Salesforce sends them', () => {
    it.each([
        ['SELECT Id FROM Account WHERE', 400, 'MALFORMED_QUERY', "unexpected token: '<EOF>'"],
        ['SELEC Id FROM Account', 400, 'MALFORMED_QUERY', 'unexpected token'],
        [
            'SELECT Id, Foo__c FROM Account',
            400,
            'INVALID_FIELD',
            "No such column 'Foo__c' on entity 'Account'"
        ],
        // Opportunity.Description exists in every org but not in the local org's schema: the query fails.
        [
            'SELECT Description FROM Opportunity',
            400,
            'INVALID_FIELD',
            "No such column 'Description' on entity 'Opportunity'"
        ],
        ['SELECT Acct.Name FROM Opportunity', 400, 'INVALID_FIELD', "Didn't understand relationship 'Acct'"],
        [
            "SELECT Id FROM Opportunity WHERE CloseDate = '2026-06-30'",
            400,
            'INVALID_FIELD',
            'must be of type date'
        ],
        [
            'SELECT Id FROM Opportunity WHERE CreatedDate = 2026-06-30',
            400,
            'INVALID_FIELD',
            'must be of type dateTime'
        ],
        ["SELECT Id FROM Opportunity WHERE Amount = '5'", 400, 'INVALID_FIELD', 'must be of type double'],
        ['SELECT Id FROM Widget__c', 400, 'INVALID_TYPE', "sObject type 'Widget__c' is not supported"],
        [
            'SELECT Id, (SELECT Id FROM Widgets__r) FROM Account',
            400,
            'INVALID_TYPE',
            "relationship 'Widgets__r'"
        ],
        [
            "SELECT Id FROM Account WHERE Id = 'abc'",
            400,
            'INVALID_QUERY_FILTER_OPERATOR',
            'invalid ID field: abc'
        ],
        ['SELECT Id FROM Account LIMIT 10 OFFSET 2001', 400, 'NUMBER_OUTSIDE_VALID_RANGE', 'offset'],
        ['SELECT Type, COUNT(Id) FROM Opportunity GROUP BY Type', 400, 'MALFORMED_QUERY', 'not supported']
    ])('%s → %i %s', async (query, status, errorCode, message) => {
        const error = await soqlError(test.org, query);
        expect(error).toMatchObject({ status, errorCode });
        expect(error.message).toContain(message);
    });

    it('refuses a missing or wrong token with 401 INVALID_SESSION_ID', async () => {
        const expected = [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }];
        for (const token of ['not-the-token', null]) {
            const response = await call(test.org, 'GET', '/query?q=SELECT+Id+FROM+Account', undefined, {
                token
            });
            expect(response.status).toBe(401);
            expect(response.body).toEqual(expected);
        }
    });

    it('refuses an unknown query locator', async () => {
        const response = await call(test.org, 'GET', '/query/01gKd0000000001AAA-2000');
        expect(response.status).toBe(400);
        expect(response.body).toEqual([
            { message: 'invalid query locator', errorCode: 'INVALID_QUERY_LOCATOR' }
        ]);
    });

    it('accepts any API version and answers unknown resources with NOT_FOUND', async () => {
        const other = await call(
            test.org,
            'GET',
            `/services/data/v58.0/query?q=${encodeURIComponent('SELECT COUNT() FROM Account')}`
        );
        expect(other.body).toMatchObject({ totalSize: 5 });
        const missing = await call(test.org, 'GET', '/nothing/here');
        expect(missing.status).toBe(404);
        expect(missing.body).toEqual([
            { errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }
        ]);
    });
});
