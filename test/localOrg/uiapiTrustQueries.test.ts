/**
 * The GraphQL queries the Lightning components send (every gql literal of c/trustQueries and
 * c/trustSetupQueries, read from the component source) run against the local org loaded with
 * the demo export plus receipts and models, and answer exactly the records and values the
 * equivalent SOQL returns through the REST API, across pages of a small page size.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LocalOrg } from '../../tools/localOrg';
import { gqlLiterals } from '../../tools/metadata/graphqlCheck';
import { componentDir } from '../../tools/metadata/paths';
import { call, soql } from './helpers';
import { graphql, nodeIds, records, soqlIds, startDemoOrg, type Connection } from './uiapiSupport';

const literals = (bundle: string): Map<string, string> =>
    new Map(
        gqlLiterals(readFileSync(path.join(componentDir(bundle), `${bundle}.js`), 'utf8')).map((l) => [
            l.name,
            l.text
        ])
    );
const TRUST_QUERIES = literals('trustQueries');
const SETUP_QUERIES = literals('trustSetupQueries');
const query = (queries: Map<string, string>, name: string): string => {
    const text = queries.get(name);
    if (text === undefined) throw new Error(`no query ${name}`);
    return text;
};

type Row = Record<string, unknown>;

/** The demo account with open promises and the most cases (112), and one with a reference. */
const ACCOUNT = '001Kd00000xIcgeIAC';
const OTHER = '001Kd00000xIcg1IAC';

let org: LocalOrg;

async function insert(type: string, rows: Row[]): Promise<string[]> {
    const response = await call(org, 'POST', '/composite/sobjects', {
        allOrNone: true,
        records: rows.map((row) => ({ attributes: { type }, ...row }))
    });
    const results = response.body as Array<{ id: string; success: boolean; errors: unknown[] }>;
    if (!results.every((r) => r.success)) throw new Error(JSON.stringify(results));
    return results.map((r) => r.id);
}

beforeAll(async () => {
    org = await startDemoOrg();
    const models = await insert('Trust_Model__c', [
        { Name: 'Default', Version__c: 1, Active__c: false, Definition__c: '{"v":1}' },
        { Name: 'Default', Version__c: 2, Active__c: true, Definition__c: '{"v":2}', Baselines__c: '{}' },
        { Name: 'Tuned', Version__c: 3, Active__c: true, Definition__c: '{"v":3}', Notes__c: 'weights' }
    ]);
    const receipt = (account: string, day: number): Row => {
        const asOf = `2026-06-${String(day).padStart(2, '0')}`;
        return {
            Account__c: account,
            As_Of__c: asOf,
            Key__c: `${account}:${asOf}`,
            Score__c: 40 + day,
            Band__c: day % 2 === 0 ? 'Steady' : 'Fragile',
            Confidence__c: 0.5,
            Win_Rate__c: day % 3 === 0 ? null : 60 + day,
            Drivers__c: `{"day":${day}}`,
            Scored_At__c: `${asOf}T0${day % 10}:30:00.000Z`,
            Source__c: 'Batch',
            Model__c: day % 4 === 0 ? null : models[day % 3]
        };
    };
    await insert('Trust_Score__c', [
        ...Array.from({ length: 14 }, (_v, i) => receipt(ACCOUNT, i + 1)),
        receipt(OTHER, 3),
        receipt(OTHER, 9)
    ]);
    await insert('Trust_Commitment__c', [
        {
            Name: 'Roadmap',
            Account__c: ACCOUNT,
            Status__c: 'Open',
            Due_On__c: '2026-07-15',
            Description__c: 'Roadmap review'
        },
        {
            Name: 'Invoice',
            Account__c: ACCOUNT,
            Status__c: 'Open',
            Due_On__c: '2026-05-01',
            Description__c: 'Fix the invoice'
        },
        {
            Name: 'Kick-off',
            Account__c: ACCOUNT,
            Status__c: 'Kept',
            Due_On__c: '2026-04-01',
            Description__c: 'Kick-off'
        }
    ]);
    await call(org, 'PATCH', '/composite/sobjects', {
        allOrNone: true,
        records: [
            {
                attributes: { type: 'Account' },
                Id: ACCOUNT,
                Current_Trust_Score__c: 54,
                Current_Trust_Band__c: 'Steady',
                Trust_Score_Change__c: -1.5,
                Trust_Scored_On__c: '2026-06-14'
            },
            {
                attributes: { type: 'Account' },
                Id: OTHER,
                Current_Trust_Score__c: 49,
                Current_Trust_Band__c: 'Fragile',
                Trust_Scored_On__c: '2026-06-09'
            }
        ]
    });
});
afterAll(async () => {
    await org.close();
});

/** A REST value in the UI API's form: datetimes end in `Z`, not `+0000`. */
const uiForm = (value: unknown): unknown =>
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T[\d:.]+\+0000$/.test(value)
        ? value.replace('+0000', 'Z')
        : value;

/** A GraphQL node as the SOQL record of the same fields (`X { value }` → `X`, parents nested). */
function asSoqlRecord(node: Row): Row {
    const out: Row = {};
    for (const [key, value] of Object.entries(node)) {
        if (key === 'Id') out.Id = value;
        else if (value !== null && typeof value === 'object' && 'value' in value)
            out[key] = (value as Row).value;
        else out[key] = value === null ? null : asSoqlRecord(value as Row);
    }
    return out;
}

/** The SOQL records of `select`, without attributes, datetimes in UI API form. */
async function soqlRecords(text: string): Promise<Row[]> {
    const body = await soql(org, text);
    expect(body.done).toBe(true);
    const clean = (record: Row): Row =>
        Object.fromEntries(
            Object.entries(record)
                .filter(([key]) => key !== 'attributes')
                .map(([key, value]) => [
                    key,
                    value !== null && typeof value === 'object' ? clean(value as Row) : uiForm(value)
                ])
        );
    return body.records.map(clean);
}

/** The SOQL SELECT list of a connection's node fields (`Model__r { Name }` → `Model__r.Name`). */
function selectList(node: Row, prefix = ''): string[] {
    return Object.entries(node).flatMap(([key, value]) => {
        if (key === 'Id' || (value !== null && typeof value === 'object' && 'value' in value))
            return [`${prefix}${key}`];
        return value === null ? [] : selectList(value as Row, `${prefix}${key}.`);
    });
}

describe('c/trustQueries PANEL_QUERY', () => {
    let panel: Record<string, Connection>;
    beforeAll(async () => {
        panel = await records(org, query(TRUST_QUERIES, 'PANEL_QUERY'), { accountId: ACCOUNT });
    });

    it('answers the account and its trust fields', async () => {
        const [expected] = await soqlRecords(
            `SELECT Id, Name, Current_Trust_Score__c, Current_Trust_Band__c, Trust_Score_Change__c, Trust_Scored_On__c FROM Account WHERE Id = '${ACCOUNT}'`
        );
        expect(panel.Account?.edges.map((e) => asSoqlRecord(e.node))).toEqual([expected]);
        expect(panel.Account?.edges[0]?.node.Trust_Scored_On__c).toEqual({
            value: '2026-06-14',
            displayValue: '6/14/2026'
        });
    });

    it.each([
        [
            'the last 12 receipts, newest first, with their model',
            'Trust_Score__c',
            `Account__c = '${ACCOUNT}' ORDER BY As_Of__c DESC, Id LIMIT 12`,
            12
        ],
        [
            'open promises by due date',
            'Trust_Commitment__c',
            `Account__c = '${ACCOUNT}' AND Status__c = 'Open' ORDER BY Due_On__c ASC, Id LIMIT 50`,
            -1
        ],
        [
            'every active model (one per segment), highest version first',
            'Trust_Model__c',
            'Active__c = TRUE ORDER BY Version__c DESC, Id LIMIT 50',
            2
        ]
    ])('answers %s', async (_name, object, soqlTail, count) => {
        const connection = panel[object] as Connection;
        const first = connection.edges[0]?.node as Row;
        const expected = await soqlRecords(
            `SELECT ${selectList(first).join(', ')} FROM ${object} WHERE ${soqlTail}`
        );
        if (count >= 0) expect(expected).toHaveLength(count);
        expect(connection.edges.map((e) => asSoqlRecord(e.node))).toEqual(expected);
    });

    it('counts every open promise and links receipts to their model version', async () => {
        const open = await soql(
            org,
            `SELECT COUNT() FROM Trust_Commitment__c WHERE Account__c = '${ACCOUNT}' AND Status__c = 'Open'`
        );
        expect(panel.Trust_Commitment__c?.totalCount).toBe(open.totalSize);
        const models = panel.Trust_Score__c?.edges.map((e) => e.node.Model__r) ?? [];
        expect(models).toContainEqual({ Name: { value: 'Tuned' }, Version__c: { value: 3 } });
        expect(models).toContainEqual(null);
        expect(panel.Trust_Model__c?.edges[0]?.node.Version__c).toEqual({ value: 3 });
    });
});

/**
 * Evidence connections: the query that reads each, its cursor variable there, and the SOQL
 * filter of the same rows.
 */
const EVIDENCE: Array<[object: string, queryName: string, after: string, soqlWhere: string]> = [
    ['Opportunity', 'EVIDENCE_CORE_QUERY', 'opportunitiesAfter', 'AccountId = :id'],
    ['Case', 'EVIDENCE_CORE_QUERY', 'casesAfter', 'AccountId = :id'],
    ['Contract', 'EVIDENCE_CORE_QUERY', 'contractsAfter', 'AccountId = :id'],
    ['Trust_Commitment__c', 'EVIDENCE_CORE_QUERY', 'commitmentsAfter', 'Account__c = :id'],
    ['Customer_Reference__c', 'EVIDENCE_CORE_QUERY', 'referencesAfter', 'Account__c = :id'],
    ['OpportunityHistory', 'EVIDENCE_HISTORY_QUERY', 'after', 'Opportunity.AccountId = :id'],
    ['CaseMilestone', 'EVIDENCE_MILESTONE_QUERY', 'after', 'Case.AccountId = :id']
];

/**
 * Pages the evidence queries as EvidencePager does: the core query until each of its
 * connections has no next page (a complete connection is asked again from its last cursor
 * and must answer with an empty page), then each supplementary query on its own.
 */
async function pageEvidence(accountId: string, pageSize: number, upperBound: number | null) {
    const nodes = new Map<string, Row[]>(EVIDENCE.map(([object]) => [object, []]));
    const pages = new Map<string, number>(EVIDENCE.map(([object]) => [object, 0]));
    let account: Connection | undefined;
    for (const queryName of ['EVIDENCE_CORE_QUERY', 'EVIDENCE_HISTORY_QUERY', 'EVIDENCE_MILESTONE_QUERY']) {
        const connections = EVIDENCE.filter(([, name]) => name === queryName);
        const done = new Set<string>();
        const variables: Row = { accountId, pageSize, upperBound };
        for (const [, , after] of connections) variables[after] = null;
        for (let round = 0; done.size < connections.length; round++) {
            if (round > 200) throw new Error('paging does not end');
            const result = await records(org, query(TRUST_QUERIES, queryName), variables);
            if (queryName === 'EVIDENCE_CORE_QUERY') account ??= result.Account;
            for (const [object, , after] of connections) {
                const connection = result[object] as Connection;
                if (done.has(object)) {
                    expect({ object, edges: connection.edges }).toEqual({ object, edges: [] });
                    continue;
                }
                nodes.get(object)?.push(...connection.edges.map((e) => e.node));
                pages.set(object, (pages.get(object) ?? 0) + 1);
                expect(connection.edges.length).toBeLessThanOrEqual(pageSize);
                if (connection.pageInfo?.endCursor) variables[after] = connection.pageInfo.endCursor;
                if (connection.pageInfo?.hasNextPage !== true) done.add(object);
            }
        }
    }
    return { account, nodes, pages };
}

describe('c/trustQueries OPEN_ALERT_QUERY', () => {
    it('answers the account’s open tasks whose subject begins with the prefix, newest first, like SOQL', async () => {
        const task = (what: string, subject: string, status = 'Not Started'): Row => ({
            WhatId: what,
            Subject: subject,
            Status: status,
            ActivityDate: '2026-07-07',
            Priority: 'High'
        });
        await insert('Task', [
            task(ACCOUNT, 'Trust drop: Trusted → Steady (since 2026-03-31)', 'Completed'),
            task(ACCOUNT, 'Trust drop: Steady → Fragile (since 2026-06-11)'),
            task(ACCOUNT, 'Call about the trust drop'),
            task(ACCOUNT, 'Trust drops: a note'),
            task(OTHER, 'Trust drop: Steady → Fragile (since 2026-06-11)')
        ]);
        const answer = await records(org, query(TRUST_QUERIES, 'OPEN_ALERT_QUERY'), {
            accountId: ACCOUNT,
            subjectLike: 'Trust drop: %'
        });
        const expected = await soqlIds(
            org,
            `SELECT Id FROM Task WHERE WhatId = '${ACCOUNT}' AND IsClosed = FALSE AND Subject LIKE 'Trust drop: %' ORDER BY CreatedDate DESC, Id LIMIT 5`
        );
        expect(expected).toHaveLength(1);
        expect(nodeIds(answer.Task)).toEqual(expected);
        expect(answer.Task?.edges[0]?.node).toMatchObject({
            Subject: { value: 'Trust drop: Steady → Fragile (since 2026-06-11)' },
            ActivityDate: { value: '2026-07-07' }
        });
    });
});

describe('c/trustQueries evidence queries', () => {
    it.each([
        [ACCOUNT, 3, null],
        [ACCOUNT, 2000, 20000],
        [ACCOUNT, 200, 20000],
        [OTHER, 4, null]
    ])(
        'pages every evidence connection of %s (page size %i, upper bound %p) to the records SOQL returns',
        async (accountId, pageSize, upperBound) => {
            const { account, nodes, pages } = await pageEvidence(accountId, pageSize, upperBound);
            expect(account?.edges.map((e) => e.node)).toEqual([
                {
                    Id: accountId,
                    Name: expect.objectContaining({ value: expect.any(String) }),
                    // The bundled demo is flat: no account has a parent.
                    ParentId: { value: null }
                }
            ]);
            let multiPage = 0;
            for (const [object, , , where] of EVIDENCE) {
                const got = nodes.get(object) ?? [];
                const fields = selectList(got[0] ?? { Id: null });
                const expected = await soqlRecords(
                    `SELECT ${fields.join(', ')} FROM ${object} WHERE ${where.replace(':id', `'${accountId}'`)} ORDER BY Id`
                );
                expect({ object, records: got.map(asSoqlRecord) }).toEqual({ object, records: expected });
                expect(pages.get(object)).toBe(Math.max(1, Math.ceil(expected.length / pageSize)));
                if ((pages.get(object) ?? 0) > 2) multiPage++;
            }
            if (pageSize === 3 && accountId === ACCOUNT) expect(multiPage).toBeGreaterThanOrEqual(3);
        }
    );
});

describe('c/trustSetupQueries', () => {
    it('MODEL_VERSIONS_QUERY answers every model version, highest first', async () => {
        const result = await records(org, query(SETUP_QUERIES, 'MODEL_VERSIONS_QUERY'));
        const connection = result.Trust_Model__c as Connection;
        const fields = selectList(connection.edges[0]?.node as Row);
        expect(connection.edges.map((e) => asSoqlRecord(e.node))).toEqual(
            await soqlRecords(`SELECT ${fields.join(', ')} FROM Trust_Model__c ORDER BY Version__c DESC, Id`)
        );
        expect(connection.edges).toHaveLength(3);
    });

    it('LATEST_RECEIPTS_QUERY pages scored accounts with their newest receipt', async () => {
        const seen: Row[] = [];
        let after: string | null = null;
        for (;;) {
            const result = await records(org, query(SETUP_QUERIES, 'LATEST_RECEIPTS_QUERY'), {
                pageSize: 1,
                after
            });
            const connection = result.Account as Connection;
            seen.push(...connection.edges.map((e) => e.node));
            if (connection.pageInfo?.hasNextPage !== true) break;
            after = connection.pageInfo.endCursor;
        }
        const expected = await soqlRecords(
            `SELECT Id, Name, (SELECT Id, As_Of__c, Score__c FROM Trust_Scores__r ORDER BY As_Of__c DESC, Id LIMIT 1) FROM Account WHERE Trust_Scored_On__c != null ORDER BY Id`
        );
        expect(seen).toHaveLength(2);
        expect(
            seen.map((node) => {
                const latest = (node.Trust_Scores__r as Connection).edges[0]?.node as Row;
                return [node.Id, latest.Id, (latest.As_Of__c as Row).value, (latest.Score__c as Row).value];
            })
        ).toEqual(
            expected.map((r) => {
                const latest = (r.Trust_Scores__r as { records: Row[] }).records[0] as Row;
                return [r.Id, latest.Id, latest.As_Of__c, latest.Score__c];
            })
        );
    });
});

describe('c/trustSetupQueries PREDICTIVE_CHECK_QUERY', () => {
    const AS_OF = '2025-06-15';
    const UNTIL = '2025-12-12';
    beforeAll(async () => {
        // Receipts older than the check's as-of day (the suite's others are from June 2026,
        // after it, and must not be read), one of them too new by a day.
        await insert('Trust_Score__c', [
            { Account__c: ACCOUNT, As_Of__c: '2025-06-01', Key__c: `${ACCOUNT}:2025-06-01`, Win_Rate__c: 71 },
            { Account__c: ACCOUNT, As_Of__c: '2025-06-16', Key__c: `${ACCOUNT}:2025-06-16`, Win_Rate__c: 12 },
            { Account__c: OTHER, As_Of__c: '2025-05-01', Key__c: `${OTHER}:2025-05-01`, Win_Rate__c: 55 }
        ]);
    });

    it('pages scored accounts with their receipt as of the day and the deals closed in the window, like SOQL', async () => {
        const seen: Row[] = [];
        let after: string | null = null;
        for (;;) {
            const result = await records(org, query(SETUP_QUERIES, 'PREDICTIVE_CHECK_QUERY'), {
                asOf: AS_OF,
                until: UNTIL,
                pageSize: 1,
                after
            });
            const connection = result.Account as Connection;
            seen.push(...connection.edges.map((e) => e.node));
            if (connection.pageInfo?.hasNextPage !== true) break;
            after = connection.pageInfo.endCursor;
        }
        const expected = await soqlRecords(
            `SELECT Id, (SELECT Id, As_Of__c, Win_Rate__c FROM Trust_Scores__r WHERE As_Of__c <= ${AS_OF} ORDER BY As_Of__c DESC, Id LIMIT 1), (SELECT Id, Type, IsClosed, IsWon, CloseDate, Amount FROM Opportunities WHERE IsClosed = true AND CloseDate > ${AS_OF} AND CloseDate <= ${UNTIL} ORDER BY CloseDate ASC, Id LIMIT 50) FROM Account WHERE Trust_Scored_On__c != null ORDER BY Id`
        );
        // soqlRecords keeps a subquery's records as an object keyed by index.
        const children = (r: Row, key: string): Row[] =>
            Object.values((r[key] as { records: Record<string, Row> } | null)?.records ?? {});
        const fromGraphql = seen.map((node) => [
            node.Id,
            (node.Trust_Scores__r as Connection).edges.map((e) => [
                e.node.Id,
                (e.node.As_Of__c as Row).value,
                (e.node.Win_Rate__c as Row).value
            ]),
            (node.Opportunities as Connection).edges.map((e) => asSoqlRecord(e.node))
        ]);
        expect(fromGraphql).toEqual(
            expected.map((r) => [
                r.Id,
                children(r, 'Trust_Scores__r').map((c) => [c.Id, c.As_Of__c, c.Win_Rate__c]),
                children(r, 'Opportunities')
            ])
        );
        // Not vacuous: the receipt of 1 June is the one read, and the renewal won in November is in the window.
        expect(fromGraphql).toContainEqual([
            ACCOUNT,
            [[expect.any(String), '2025-06-01', 71]],
            expect.arrayContaining([expect.objectContaining({ Type: 'Renewal', CloseDate: '2025-11-13' })])
        ]);
    });
});

it('every gql literal of the components validates against the local org', async () => {
    const all = [...TRUST_QUERIES, ...SETUP_QUERIES];
    expect(all.length).toBeGreaterThanOrEqual(4);
    for (const [name, text] of all) {
        const body = await graphql(org, text, {
            accountId: ACCOUNT,
            pageSize: 200,
            upperBound: 20000,
            asOf: '2025-06-15',
            until: '2025-12-12'
        });
        expect({ name, errors: body.errors }).toEqual({ name, errors: undefined });
    }
});
