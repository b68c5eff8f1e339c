/**
 * The local org's UI API GraphQL endpoint against the demo org: every filter operator, orders,
 * paging, relationships, directives and aliases answer the same records as the equivalent SOQL
 * through the REST query path; values and display values are typed as the UI API types them;
 * what a real org refuses comes back as GraphQL errors, never as a failed request.
 */
import type { LocalOrg } from '../../tools/localOrg';
import { call } from './helpers';
import { graphql, nodeIds, records, soqlIds, startDemoOrg, type Connection } from './uiapiSupport';

let org: LocalOrg;
beforeAll(async () => {
    org = await startDemoOrg();
});
afterAll(async () => {
    await org.close();
});

const ACCOUNT = '001Kd00000xIcg1IAC';

/** Opportunity ids a filter selects, all in one page, in Id order. */
async function opportunityIds(
    where: string,
    variables?: Record<string, unknown>,
    declared = ''
): Promise<unknown[]> {
    const result = await records(
        org,
        `query q${declared} { uiapi { query { Opportunity(where: ${where}, first: 2000) { edges { node { Id } } totalCount } } } }`,
        variables
    );
    const connection = result.Opportunity as Connection;
    expect(connection.totalCount).toBe(connection.edges.length);
    return nodeIds(connection);
}

describe('where', () => {
    const cases: Array<[string, string, string]> = [
        ['eq on a picklist', '{ Type: { eq: "Renewal" } }', "Type = 'Renewal'"],
        [
            'eq is case-insensitive like SOQL',
            '{ StageName: { eq: "closed won" } }',
            "StageName = 'Closed Won'"
        ],
        ['ne includes nulls like SOQL', '{ Type: { ne: "Renewal" } }', "Type != 'Renewal'"],
        ['eq null', '{ ContractId: { eq: null } }', 'ContractId = null'],
        ['ne null', '{ ContractId: { ne: null } }', 'ContractId != null'],
        ['lt on a currency', '{ Amount: { lt: 50000 } }', 'Amount < 50000'],
        ['lte', '{ Amount: { lte: 50000 } }', 'Amount <= 50000'],
        ['gt', '{ Amount: { gt: 50000 } }', 'Amount > 50000'],
        [
            'gte and lt together',
            '{ Amount: { gte: 10000, lt: 30000 } }',
            'Amount >= 10000 AND Amount < 30000'
        ],
        ['in', '{ Type: { in: ["Renewal", "New Customer"] } }', "Type IN ('Renewal', 'New Customer')"],
        ['nin', '{ Type: { nin: ["Renewal", "New Customer"] } }', "Type NOT IN ('Renewal', 'New Customer')"],
        ['like', '{ StageName: { like: "Closed%" } }', "StageName LIKE 'Closed%'"],
        ['a boolean', '{ IsWon: { eq: true } }', 'IsWon = TRUE'],
        ['a date value', '{ CloseDate: { gte: { value: "2025-01-01" } } }', 'CloseDate >= 2025-01-01'],
        ['a date literal', '{ CloseDate: { lt: { literal: THIS_YEAR } } }', 'CloseDate < THIS_YEAR'],
        [
            'a date range',
            '{ CloseDate: { eq: { range: { last_n_days: 365 } } } }',
            'CloseDate = LAST_N_DAYS:365'
        ],
        [
            'a datetime value',
            '{ CreatedDate: { gt: { value: "2025-06-30T00:00:00.000Z" } } }',
            'CreatedDate > 2025-06-30T00:00:00Z'
        ],
        [
            'and',
            '{ and: [{ IsWon: { eq: true } }, { Type: { eq: "Renewal" } }] }',
            "IsWon = TRUE AND Type = 'Renewal'"
        ],
        [
            'or',
            '{ or: [{ Amount: { gt: 90000 } }, { Type: { eq: "Renewal" } }] }',
            "Amount > 90000 OR Type = 'Renewal'"
        ],
        ['not', '{ not: { Type: { eq: "Renewal" } } }', "NOT Type = 'Renewal'"],
        ['a parent relationship', '{ Account: { Name: { like: "A%" } } }', "Account.Name LIKE 'A%'"],
        [
            'not of an and',
            '{ not: { and: [{ IsWon: { eq: true } }, { Type: { eq: "Renewal" } }] } }',
            "NOT (IsWon = TRUE AND Type = 'Renewal')"
        ],
        [
            'an or of a field and a parent field, and another field',
            '{ ContractId: { ne: null }, or: [{ Type: { eq: "Renewal" } }, { Account: { Name: { like: "B%" } } }] }',
            "ContractId != null AND (Type = 'Renewal' OR Account.Name LIKE 'B%')"
        ],
        ['an empty in matches nothing', '{ Type: { in: [] } }', 'Id = null'],
        ['an empty filter matches everything', '{}', 'Id != null']
    ];

    it.each(cases)('%s selects what SOQL selects', async (_name, where, soqlWhere) => {
        const expected = await soqlIds(org, `SELECT Id FROM Opportunity WHERE ${soqlWhere} ORDER BY Id`);
        const got = await opportunityIds(where);
        expect(got).toEqual(expected);
        // Each case must say something about the data: neither all 369 rows nor none, unless meant to.
        if (!soqlWhere.startsWith('Id ')) {
            expect(got.length).toBeGreaterThan(0);
            expect(got.length).toBeLessThan(369);
        }
    });

    it('takes values from variables', async () => {
        const got = await opportunityIds(
            '{ AccountId: { eq: $id }, Type: { in: $types } }',
            { id: ACCOUNT, types: ['New Customer', 'Renewal'] },
            '($id: ID, $types: [String])'
        );
        expect(got).toEqual(
            await soqlIds(
                org,
                `SELECT Id FROM Opportunity WHERE AccountId = '${ACCOUNT}' AND Type IN ('New Customer', 'Renewal') ORDER BY Id`
            )
        );
        expect(got.length).toBeGreaterThan(0);
    });

    it('filters a child object by its parent’s parent (OpportunityHistory by account)', async () => {
        const result = await records(
            org,
            `query h($id: ID) { uiapi { query { OpportunityHistory(where: { Opportunity: { AccountId: { eq: $id } } }, first: 2000) { edges { node { Id } } } } } }`,
            { id: ACCOUNT }
        );
        const expected = await soqlIds(
            org,
            `SELECT Id FROM OpportunityHistory WHERE Opportunity.AccountId = '${ACCOUNT}' ORDER BY Id`
        );
        expect(expected.length).toBeGreaterThan(1);
        expect(nodeIds(result.OpportunityHistory)).toEqual(expected);
    });
});

describe('orderBy', () => {
    const cases: Array<[string, string, string]> = [
        ['one field descending', '{ Amount: { order: DESC } }', 'Amount DESC'],
        ['nulls last', '{ Type: { order: ASC, nulls: LAST } }', 'Type ASC NULLS LAST'],
        [
            'several fields in the order written',
            '{ Type: { order: DESC, nulls: FIRST }, CloseDate: { order: ASC } }',
            'Type DESC NULLS FIRST, CloseDate ASC'
        ],
        [
            'the same fields the other way round',
            '{ CloseDate: { order: ASC }, Type: { order: DESC, nulls: FIRST } }',
            'CloseDate ASC, Type DESC NULLS FIRST'
        ],
        ['a parent field', '{ Account: { Name: { order: DESC } } }', 'Account.Name DESC']
    ];

    it.each(cases)('%s', async (_name, orderBy, soqlOrder) => {
        const result = await records(
            org,
            `{ uiapi { query { Opportunity(orderBy: ${orderBy}, first: 2000) { edges { node { Id } } } } } }`
        );
        const expected = await soqlIds(org, `SELECT Id FROM Opportunity ORDER BY ${soqlOrder}, Id`);
        expect(nodeIds(result.Opportunity)).toEqual(expected);
        // Differs from plain Id order, so the order really was applied.
        expect(expected).not.toEqual(await soqlIds(org, 'SELECT Id FROM Opportunity ORDER BY Id'));
    });

    it('keeps the key order of an orderBy variable', async () => {
        const query = `query o($order: Opportunity_OrderBy) { uiapi { query { Opportunity(orderBy: $order, first: 2000) { edges { node { Id } } } } } }`;
        const result = await records(org, query, {
            order: { CloseDate: { order: 'ASC' }, Type: { order: 'DESC', nulls: 'FIRST' } }
        });
        expect(nodeIds(result.Opportunity)).toEqual(
            await soqlIds(org, 'SELECT Id FROM Opportunity ORDER BY CloseDate ASC, Type DESC NULLS FIRST, Id')
        );
    });
});

describe('paging', () => {
    const page = `query p($after: String, $first: Int) { uiapi { query {
        Case(first: $first, after: $after, orderBy: { CreatedDate: { order: DESC } }) {
            edges { node { Id } cursor } pageInfo { hasNextPage endCursor } totalCount } } } }`;

    it.each([[7], [50], [183]])('pages of %i give every case once, in order', async (size) => {
        const expected = await soqlIds(org, 'SELECT Id FROM Case ORDER BY CreatedDate DESC, Id');
        const seen: unknown[] = [];
        let after: string | null = null;
        let pages = 0;
        for (;;) {
            const result = await records(org, page, { first: size, after });
            const connection = result.Case as Connection;
            expect(connection.totalCount).toBe(expected.length);
            seen.push(...nodeIds(connection));
            pages++;
            const info = connection.pageInfo as { hasNextPage: boolean; endCursor: string | null };
            expect(info.endCursor).toBe(connection.edges.at(-1)?.cursor ?? null);
            if (!info.hasNextPage) break;
            after = info.endCursor;
        }
        expect(seen).toEqual(expected);
        expect(pages).toBe(Math.ceil(expected.length / size));
    });

    it('pages up to the upper bound and no further', async () => {
        const page = async (after: string | null) =>
            (
                await records(
                    org,
                    `query q($after: String) { uiapi { query { CaseMilestone(first: 200, upperBound: 200, after: $after) {
                    edges { node { Id } } pageInfo { hasNextPage endCursor } totalCount } } } }`,
                    { after }
                )
            ).CaseMilestone as Connection;
        const first = await page(null);
        expect(first.totalCount).toBeGreaterThan(200);
        expect(first.edges).toHaveLength(200);
        expect(first.pageInfo?.hasNextPage).toBe(false);
        expect((await page(first.pageInfo?.endCursor ?? null)).edges).toEqual([]);
    });

    it('returns 10 records by default, with Salesforce-shaped cursors', async () => {
        const result = await records(org, '{ uiapi { query { Case { edges { node { Id } cursor } } } } }');
        const edges = (result.Case as Connection).edges;
        expect(edges).toHaveLength(10);
        expect(edges[9]?.cursor).toBe('djE6OQ==');
    });

    it.each([
        ['first above 2000', 'first: 2001', /first must be between 0 and 2000/],
        ['a cursor it did not hand out', 'after: "bm9wZQ=="', /Invalid cursor/],
        [
            'pages under 200 with an upper bound',
            'first: 50, upperBound: 1000',
            /first must be between 200 and 2000 with upperBound/
        ],
        [
            'an upper bound below the page size',
            'first: 500, upperBound: 300',
            /upperBound must be at least first/
        ]
    ])('refuses %s with an error on that connection only', async (_name, args, message) => {
        const body = await graphql(
            org,
            `{ uiapi { query { Case(${args}) { totalCount } Account(first: 1) { totalCount } } } }`
        );
        expect(body.errors).toEqual([
            expect.objectContaining({
                message: expect.stringMatching(message),
                path: ['uiapi', 'query', 'Case']
            })
        ]);
        const query = (body.data as { uiapi: { query: Record<string, unknown> } }).uiapi.query;
        expect(query.Case).toBeNull();
        expect(query.Account).toEqual({ totalCount: 150 });
    });
});

describe('relationships', () => {
    it('nests parents by relationship name, null when there is none', async () => {
        const result = await records(
            org,
            `{ uiapi { query { Opportunity(first: 2000, orderBy: { ContractId: { order: ASC, nulls: FIRST } }) {
                edges { node { Id Contract { Id EndDate { value } } Account { Name { value } } } } } } } }`
        );
        const soqlRows = await soqlRecords(
            'SELECT Id, Contract.Id, Contract.EndDate, Account.Name FROM Opportunity ORDER BY ContractId ASC NULLS FIRST, Id'
        );
        const edges = (result.Opportunity as Connection).edges;
        expect(edges.map((e) => e.node)).toEqual(
            soqlRows.map((r) => ({
                Id: r.Id,
                Contract:
                    r.Contract === null
                        ? null
                        : { Id: (r.Contract as Row).Id, EndDate: { value: (r.Contract as Row).EndDate } },
                Account: { Name: { value: (r.Account as Row).Name } }
            }))
        );
        expect(edges.some((e) => e.node.Contract === null)).toBe(true);
        expect(edges.some((e) => e.node.Contract !== null)).toBe(true);
    });

    it('pages child connections per parent, with their own where, orderBy and totalCount', async () => {
        const result = await records(
            org,
            `{ uiapi { query { Account(first: 200) { edges { node { Id
                Opportunities(first: 2, where: { IsWon: { eq: true } }, orderBy: { CloseDate: { order: DESC } }) {
                    edges { node { Id } } totalCount pageInfo { hasNextPage } } } } } } } }`
        );
        const soqlRows = await soqlRecords(
            'SELECT Id, (SELECT Id FROM Opportunities WHERE IsWon = TRUE ORDER BY CloseDate DESC, Id) FROM Account ORDER BY Id'
        );
        const got = (result.Account as Connection).edges.map((e) => {
            const children = e.node.Opportunities as Connection & { pageInfo: { hasNextPage: boolean } };
            return [e.node.Id, nodeIds(children), children.totalCount, children.pageInfo.hasNextPage];
        });
        const expected = soqlRows.map((r) => {
            const ids = ((r.Opportunities as { records: Row[] } | null)?.records ?? []).map((c) => c.Id);
            return [r.Id, ids.slice(0, 2), ids.length, ids.length > 2];
        });
        expect(got).toEqual(expected);
        expect(expected.some((e) => (e[2] as number) > 2)).toBe(true);
    });

    it('names custom child relationships from the metadata (Trust_Commitments__r)', async () => {
        const result = await records(
            org,
            `query c($id: ID) { uiapi { query { Account(where: { Id: { eq: $id } }) { edges { node {
                Trust_Commitments__r(first: 100) { edges { node { Id Status__c { value } } } } } } } } } }`,
            { id: ACCOUNT }
        );
        const node = (result.Account as Connection).edges[0]?.node as Record<string, Connection>;
        const expected = await soqlIds(
            org,
            `SELECT Id FROM Trust_Commitment__c WHERE Account__c = '${ACCOUNT}' ORDER BY Id`
        );
        expect(expected.length).toBeGreaterThan(0);
        expect(nodeIds(node.Trust_Commitments__r)).toEqual(expected);
    });
});

type Row = Record<string, unknown>;
async function soqlRecords(query: string): Promise<Row[]> {
    const response = await call(org, 'GET', `/query?q=${encodeURIComponent(query)}`);
    const body = response.body as { done: boolean; records: Row[] };
    expect(body.done).toBe(true);
    return body.records;
}

describe('values', () => {
    it.each([
        [
            'a currency',
            'Opportunity',
            '006Kd00000s91v3IAA',
            'Amount',
            { value: 50000, displayValue: '$50,000.00' }
        ],
        [
            'a date',
            'Opportunity',
            '006Kd00000s91v3IAA',
            'CloseDate',
            { value: '2024-12-22', displayValue: '12/22/2024' }
        ],
        [
            'a datetime',
            'Opportunity',
            '006Kd00000s91v3IAA',
            'CreatedDate',
            { value: '2024-10-15T10:05:32.000Z', displayValue: '10/15/2024 10:05 AM' }
        ],
        ['a checkbox', 'Opportunity', '006Kd00000s91v3IAA', 'IsWon', { value: true, displayValue: null }],
        [
            'a picklist',
            'Opportunity',
            '006Kd00000s91v3IAA',
            'StageName',
            { value: 'Closed Won', displayValue: 'Closed Won' }
        ],
        ['a text', 'Account', ACCOUNT, 'Name', { value: 'Adelaide Networks Inc.', displayValue: null }],
        [
            'a reference',
            'Opportunity',
            '006Kd00000s91v3IAA',
            'AccountId',
            { value: ACCOUNT, displayValue: null }
        ],
        ['a null', 'Opportunity', '006Kd00000s91v3IAA', 'ContractId', { value: null, displayValue: null }],
        [
            'an unchecked checkbox',
            'Case',
            '500Kd00000HEL8zIAH',
            'IsEscalated',
            { value: false, displayValue: null }
        ]
    ])('%s', async (_name, object, id, field, expected) => {
        const result = await records(
            org,
            `query v($id: ID) { uiapi { query { ${object}(where: { Id: { eq: $id } }) { edges { node { ${field} { value displayValue } } } } } } }`,
            { id }
        );
        expect((result[object] as Connection).edges[0]?.node[field]).toEqual(expected);
    });

    it('answers __typename, aliases and several connections in one query', async () => {
        const result = await records(
            org,
            `query a($id: ID) { uiapi { query {
                won: Opportunity(where: { AccountId: { eq: $id }, IsWon: { eq: true } }) { totalCount __typename }
                lost: Opportunity(where: { AccountId: { eq: $id }, IsWon: { eq: false } }) { totalCount }
                Account(where: { Id: { eq: $id } }) { edges { __typename node { __typename ApiName title: Name { __typename value } } } }
            } } }`,
            { id: ACCOUNT }
        );
        const won = await soqlIds(
            org,
            `SELECT Id FROM Opportunity WHERE AccountId = '${ACCOUNT}' AND IsWon = TRUE`
        );
        const lost = await soqlIds(
            org,
            `SELECT Id FROM Opportunity WHERE AccountId = '${ACCOUNT}' AND IsWon = FALSE`
        );
        expect(result.won).toEqual({ totalCount: won.length, __typename: 'OpportunityConnection' });
        expect(result.lost).toEqual({ totalCount: lost.length });
        expect(result.Account?.edges[0]).toEqual({
            __typename: 'AccountEdge',
            node: {
                __typename: 'Account',
                ApiName: 'Account',
                title: { __typename: 'StringValue', value: 'Adelaide Networks Inc.' }
            }
        });
    });

    it.each([
        [{ withCases: true, skipContracts: false }, ['Case', 'Contract']],
        [{ withCases: false, skipContracts: false }, ['Contract']],
        [{ withCases: true, skipContracts: true }, ['Case']]
    ])('runs only the connections @include/@skip keep (%j)', async (variables, expected) => {
        const result = await records(
            org,
            `query d($withCases: Boolean!, $skipContracts: Boolean!) { uiapi { query {
                Case @include(if: $withCases) { totalCount }
                Contract @skip(if: $skipContracts) { totalCount } } } }`,
            variables
        );
        expect(Object.keys(result)).toEqual(expected);
    });
});

describe('errors', () => {
    it.each([
        [
            'an unknown field',
            '{ uiapi { query { Account { edges { node { Foo__c { value } } } } } } }',
            "Validation error (FieldUndefined@[uiapi/query/Account/edges/node/Foo__c]) : Field 'Foo__c' in type 'Account' is undefined"
        ],
        [
            'an unknown object',
            '{ uiapi { query { Nope__c { totalCount } } } }',
            "Validation error (FieldUndefined@[uiapi/query/Nope__c]) : Field 'Nope__c' in type 'RecordQuery' is undefined"
        ],
        [
            'an unknown parent field',
            '{ uiapi { query { Trust_Score__c { edges { node { Model__r { Nope { value } } } } } } } }',
            "Validation error (FieldUndefined@[uiapi/query/Trust_Score__c/edges/node/Model__r/Nope]) : Field 'Nope' in type 'Trust_Model__c' is undefined"
        ],
        [
            'an unknown filter field',
            '{ uiapi { query { Account(where: { Nope: { eq: "x" } }) { totalCount } } } }',
            /Nope/
        ],
        ['a syntax error', '{ uiapi { query { Account( } } }', /^Invalid Syntax/],
        [
            'a long text filter (not filterable)',
            '{ uiapi { query { Trust_Model__c(where: { Definition__c: { eq: "x" } }) { totalCount } } } }',
            /Definition__c/
        ]
    ])('%s is a GraphQL error without data', async (_name, query, message) => {
        const body = await graphql(org, query);
        expect(body.data).toBeUndefined();
        expect(body.errors).toEqual([
            expect.objectContaining({
                message: typeof message === 'string' ? message : expect.stringMatching(message),
                extensions: { classification: expect.stringMatching(/^(ValidationError|InvalidSyntax)$/) }
            })
        ]);
    });

    it('an invalid id in a filter is an error of its connection, worded as SOQL words it', async () => {
        const body = await graphql(
            org,
            '{ uiapi { query { Account(where: { Id: { eq: "nope" } }) { totalCount } } } }'
        );
        expect(body.errors?.[0]?.message).toBe('invalid ID field: nope');
        expect(body.data).toEqual({ uiapi: { query: { Account: null } } });
    });

    it('a variable of the wrong type is an error before anything runs', async () => {
        const body = await graphql(
            org,
            'query q($n: Int) { uiapi { query { Account(first: $n) { totalCount } } } }',
            {
                n: 'ten'
            }
        );
        expect(body.data).toBeUndefined();
        expect(body.errors?.[0]?.message).toMatch(/\$n/);
    });

    it('a body without a query is a JSON_PARSER_ERROR', async () => {
        const response = await call(org, 'POST', '/graphql', { variables: {} });
        expect(response.status).toBe(400);
        expect(response.body).toEqual([expect.objectContaining({ errorCode: 'JSON_PARSER_ERROR' })]);
    });
});

it('counts every GraphQL call in /limits', async () => {
    const before = org.apiCalls();
    await graphql(org, '{ uiapi { query { Account { totalCount } } } }');
    await graphql(org, '{ uiapi { query { Nope { totalCount } } } }');
    expect(org.apiCalls()).toBe(before + 2);
});
