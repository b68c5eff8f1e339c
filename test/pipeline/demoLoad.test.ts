/**
 * `demo-data load` end to end: the bundled demo export created in an empty local org through
 * the CLI, with the org refusing what a real org refuses (derived fields, audit fields without
 * the permission, activated contracts on insert, history and milestone rows).
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Connection } from '@jsforce/jsforce-node';
import type { TrustResult } from '../../engine/result';
import { generateDemoData } from '../../tools/demo';
import { OrgApi } from '../../batch/org';
import { createSafely } from '../../tools/demo/load/safeCreate';
import { BIN, cli } from '../support/cli';
import { cliAsync, localOrg } from '../support/localOrgRun';

jest.setTimeout(180_000);

const AS_OF = '2026-06-30';
const DEMO = path.join(__dirname, '..', '..', 'data', 'demo');
let scratch: string;

beforeAll(() => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'trust-ledger-demo-load-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Csv = Record<string, string>[];
const csv = (folder: string, object: string): Csv =>
    parse(readFileSync(path.join(folder, `${object}.csv`)), { columns: true, bom: true }) as Csv;

/** A fresh state folder, so each load starts with its own id map. */
let stateCount = 0;
const freshState = (): string => path.join(scratch, `state-${++stateCount}`);

const orgArgs = (org: { instanceUrl: string; accessToken: string }): string[] => [
    '--instance-url',
    org.instanceUrl,
    '--access-token',
    org.accessToken
];

interface LoadJson {
    auditFields: boolean;
    objects: Record<string, { inExport: number; created: number; alreadyThere: number; failed: number }>;
    activated: number;
    stale: number;
    failures: { file: string; line: number; error: string }[];
    idMapFile: string;
    apiCalls: number;
    totals: { created: number; failed: number };
}

async function load(
    org: { instanceUrl: string; accessToken: string },
    stateDir: string,
    folder = DEMO
): Promise<{ status: number | null; json: LoadJson | null; stderr: string; stdout: string }> {
    const run = await cliAsync(['demo-data', 'load', '--from', folder, ...orgArgs(org), '--json'], {
        env: { TRUST_LEDGER_STATE_DIR: stateDir }
    });
    const json = run.status === 0 || run.status === 3 ? (JSON.parse(run.stdout) as LoadJson) : null;
    return { status: run.status, json, stderr: run.stderr, stdout: run.stdout };
}

/** Export id → org id, per object, as the load recorded it. */
const idMapOf = (file: string): Record<string, Record<string, string>> =>
    (JSON.parse(readFileSync(file, 'utf8')) as { objects: Record<string, Record<string, string>> }).objects;

async function all(conn: Connection, soql: string): Promise<Record<string, unknown>[]> {
    const result = await conn.query<Record<string, unknown>>(soql, { autoFetch: true, maxFetch: 1_000_000 });
    return result.records;
}

const COUNTS: Record<string, number> = Object.fromEntries(
    ['Account', 'Contract', 'Opportunity', 'Case', 'Trust_Commitment__c', 'Customer_Reference__c'].map(
        (object) => [object, csv(DEMO, object).length]
    )
);

async function countsOf(conn: Connection): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const object of Object.keys(COUNTS))
        counts[object] = (await all(conn, `SELECT Id FROM ${object}`)).length;
    return counts;
}

describe('demo-data load into an org with audit-field access', () => {
    let test: Awaited<ReturnType<typeof localOrg>>;
    let loaded: LoadJson;
    let ids: Record<string, Record<string, string>>;
    const state = path.join(os.tmpdir(), `trust-ledger-demo-load-state-${process.pid}`);

    beforeAll(async () => {
        test = await localOrg({ auditFields: true });
        const run = await load(test.org, state);
        expect(run.stderr).toMatch(/kept as exported/);
        loaded = run.json as LoadJson;
        ids = idMapOf(loaded.idMapFile);
    });
    afterAll(async () => {
        await test.org.close();
        rmSync(state, { recursive: true, force: true });
    });

    it('creates every account and child, under new ids, with every reference remapped', async () => {
        expect(loaded.totals).toEqual({ created: 1049, failed: 0 });
        expect(await countsOf(test.conn)).toEqual(COUNTS);
        const account = (id: string): string | null => (id === '' ? null : (ids.Account?.[id] ?? 'unmapped'));
        const exported = csv(DEMO, 'Account');
        expect(exported.every((a) => ids.Account?.[a.Id as string] !== a.Id)).toBe(true);
        const names = new Map(
            (await all(test.conn, 'SELECT Id, Name FROM Account')).map((r) => [r.Id, r.Name])
        );
        for (const a of exported) expect(names.get(ids.Account?.[a.Id as string])).toBe(a.Name);

        const opps = new Map(
            (await all(test.conn, 'SELECT Id, AccountId, ContractId FROM Opportunity')).map((r) => [r.Id, r])
        );
        for (const o of csv(DEMO, 'Opportunity')) {
            const row = opps.get(ids.Opportunity?.[o.Id as string]);
            expect([row?.AccountId, row?.ContractId ?? null]).toEqual([
                account(o.AccountId as string),
                o.ContractId === '' ? null : ids.Contract?.[o.ContractId as string]
            ]);
        }
        const cases = new Map(
            (await all(test.conn, 'SELECT Id, AccountId FROM Case')).map((r) => [r.Id, r.AccountId])
        );
        for (const c of csv(DEMO, 'Case'))
            expect(cases.get(ids.Case?.[c.Id as string])).toBe(account(c.AccountId as string));
        const promises = new Map(
            (
                await all(test.conn, 'SELECT Id, Name, Account__c, Opportunity__c FROM Trust_Commitment__c')
            ).map((r) => [r.Id, r])
        );
        for (const t of csv(DEMO, 'Trust_Commitment__c')) {
            const row = promises.get(ids.Trust_Commitment__c?.[t.Id as string]);
            expect(row?.Account__c).toBe(account(t.Account__c as string));
            expect(row?.Opportunity__c ?? null).toBe(
                t.Opportunity__c === '' ? null : ids.Opportunity?.[t.Opportunity__c as string]
            );
            expect(String(row?.Name).length).toBeGreaterThan(0);
            expect(String(row?.Name).length).toBeLessThanOrEqual(80);
        }
        // The export names contacts it does not contain: the lookup is left empty, the rest loads.
        const references = await all(test.conn, 'SELECT Account__c, Contact__c FROM Customer_Reference__c');
        expect(references.every((r) => r.Contact__c === null && typeof r.Account__c === 'string')).toBe(true);
    });

    it('writes stages that give the exported IsWon/IsClosed, and activates contracts after creating them', async () => {
        const opps = new Map(
            (await all(test.conn, 'SELECT Id, Name, IsWon, IsClosed, StageName FROM Opportunity')).map(
                (r) => [r.Id, r]
            )
        );
        for (const o of csv(DEMO, 'Opportunity')) {
            const row = opps.get(ids.Opportunity?.[o.Id as string]);
            expect([row?.IsWon, row?.IsClosed]).toEqual([o.IsWon === 'true', o.IsClosed === 'true']);
            // An org requires a name; the export has none, so the loader makes one.
            expect(String(row?.Name)).toMatch(/\S/);
        }
        const contracts = new Map(
            (await all(test.conn, 'SELECT Id, Status, StatusCode, StartDate, EndDate FROM Contract')).map(
                (r) => [r.Id, r]
            )
        );
        const exported = csv(DEMO, 'Contract');
        for (const c of exported) {
            const row = contracts.get(ids.Contract?.[c.Id as string]);
            // EndDate is the org's own (StartDate + ContractTerm), equal to the export's.
            expect([row?.StartDate, row?.EndDate]).toEqual([c.StartDate, c.EndDate]);
            expect(row?.StatusCode).toBe(c.Status === 'Draft' ? 'Draft' : 'Activated');
        }
        expect(loaded.activated).toBe(exported.filter((c) => c.Status !== 'Draft').length);
        expect(loaded.activated).toBeGreaterThan(0);
    });

    it('keeps CreatedDate and ClosedDate, so the org scores as the export does without history and milestones', async () => {
        const folder = path.join(scratch, 'demo-without-platform-rows');
        cpSync(DEMO, folder, { recursive: true });
        rmSync(path.join(folder, 'OpportunityHistory.csv'));
        rmSync(path.join(folder, 'CaseMilestone.csv'));
        const offline = cli(['score', '--from', folder, '--as-of', AS_OF, '--format', 'json']);
        expect(offline.status).toBe(0);
        const online = await cliAsync([
            'score',
            ...orgArgs(test.org),
            '--as-of',
            AS_OF,
            '--format',
            'json',
            '--dry-run'
        ]);
        expect(online.status).toBe(0);
        // Read the org's ids as the export's, so receipts and evidence compare record by record.
        const back = new Map(
            Object.values(ids).flatMap((m) => Object.entries(m).map(([from, to]) => [to, from]))
        );
        const asExport = online.stdout.replace(/\b[a-zA-Z0-9]{18}\b/g, (id) => back.get(id) ?? id);
        const byId = (list: TrustResult[]) => [...list].sort((x, y) => (x.accountId < y.accountId ? -1 : 1));
        const org = byId((JSON.parse(asExport) as { accounts: TrustResult[] }).accounts);
        expect(org).toHaveLength(150);
        expect(org).toEqual(byId((JSON.parse(offline.stdout) as { accounts: TrustResult[] }).accounts));
        // What could not be loaded does count: the full export scores differently.
        const full = cli(['score', '--from', DEMO, '--as-of', AS_OF, '--format', 'json']);
        expect(byId((JSON.parse(full.stdout) as { accounts: TrustResult[] }).accounts)).not.toEqual(org);
    });

    it('adds nothing when run again, and checks what it finds with a query per 200 records', async () => {
        const again = await load(test.org, state);
        expect(again.status).toBe(0);
        expect(again.json?.totals).toEqual({ created: 0, failed: 0 });
        expect(again.json?.objects.Case).toEqual({ inExport: 312, created: 0, alreadyThere: 312, failed: 0 });
        expect(again.json?.activated).toBe(0);
        expect(await countsOf(test.conn)).toEqual(COUNTS);
        // 6 describes and one verifying query per 200 records of each object (Opportunity and
        // Case need two): no writes.
        expect(again.json?.apiCalls).toBe(14);
    });
});

describe('demo-data load without audit-field access', () => {
    it('says what missing dates do to the scores and loads everything anyway', async () => {
        const test = await localOrg();
        const before = Date.now();
        try {
            const run = await load(test.org, freshState());
            expect(run.status).toBe(0);
            expect(run.json?.auditFields).toBe(false);
            expect(run.stderr).toMatch(/lacks "Set Audit Fields upon Record Creation"/);
            expect(run.stderr).toMatch(
                /deal cycle times \(CloseDate − CreatedDate\) and case ages start today/
            );
            expect(run.stderr).toMatch(/Skipped 891 OpportunityHistory and 254 CaseMilestone rows/);
            expect(run.json?.totals).toEqual({ created: 1049, failed: 0 });
            expect(await countsOf(test.conn)).toEqual(COUNTS);
            const cases = await all(test.conn, 'SELECT CreatedDate, ClosedDate, IsClosed FROM Case');
            const closed = cases.filter((c) => c.IsClosed === true);
            expect(closed).toHaveLength(csv(DEMO, 'Case').filter((c) => c.IsClosed === 'true').length);
            // Created and closed when loaded, whatever the export said.
            for (const c of closed) {
                expect(Date.parse(String(c.CreatedDate).replace('+0000', 'Z'))).toBeGreaterThanOrEqual(
                    before - 1000
                );
                expect(Date.parse(String(c.ClosedDate).replace('+0000', 'Z'))).toBeGreaterThanOrEqual(
                    before - 1000
                );
            }
        } finally {
            await test.org.close();
        }
    });
});

describe('local-org start --audit-fields', () => {
    it('serves an org whose API user may set audit fields, as the loader detects', async () => {
        const cwd = path.join(scratch, 'local-org-cli');
        mkdirSync(cwd, { recursive: true });
        const child = spawn(process.execPath, [BIN, 'local-org', 'start', '--json', '--audit-fields'], {
            cwd,
            stdio: ['ignore', 'pipe', 'pipe']
        });
        try {
            const ready = await new Promise<{ instanceUrl: string; accessToken: string }>(
                (resolve, reject) => {
                    let stdout = '';
                    child.stdout.on('data', (chunk: Buffer) => {
                        stdout += chunk.toString();
                        if (stdout.includes('\n')) resolve(JSON.parse(stdout.split('\n')[0] as string));
                    });
                    child.on('close', (code) =>
                        reject(new Error(`local-org start exited (${String(code)})`))
                    );
                }
            );
            const run = await load(ready, freshState());
            expect(run.status).toBe(0);
            expect(run.json?.auditFields).toBe(true);
            expect(run.stderr).toMatch(/CreatedDate and Case ClosedDate kept as exported/);
        } finally {
            child.kill('SIGTERM');
        }
    });
});

describe('demo-data load: re-runs, faults and bad input', () => {
    it('does not trust an id map left by another org on the same host', async () => {
        const state = freshState();
        const first = await localOrg();
        const second = await localOrg();
        try {
            expect((await load(first.org, state)).json?.totals.created).toBe(1049);
            const run = await load(second.org, state);
            expect(run.json?.stale).toBe(1049);
            expect(run.json?.totals).toEqual({ created: 1049, failed: 0 });
            expect(await countsOf(second.conn)).toEqual(COUNTS);
        } finally {
            await first.org.close();
            await second.org.close();
        }
    });

    it('reports the records the org refuses with file:line, loads the rest, and a re-run loads only those', async () => {
        const dir = path.join(scratch, 'refused');
        cpSync(DEMO, dir, { recursive: true });
        // Too long a name (Account.Name is Text(255)), and a value outside a restricted picklist.
        replaceLine(dir, 'Account.csv', 2, (line) => line.replace(/,[^,]*,$/, `,${'Adelaide '.repeat(30)},`));
        replaceLine(dir, 'Trust_Commitment__c.csv', 5, (line) => line.replace(',Kept,', ',Kept maybe,'));
        const account = csv(DEMO, 'Account')[0]?.Id as string;
        const children = ['Contract', 'Opportunity', 'Case', 'Customer_Reference__c', 'Trust_Commitment__c']
            .map((o) => csv(DEMO, o).filter((r) => (r.AccountId ?? r.Account__c) === account).length)
            .reduce((a, b) => a + b, 0);
        const state = freshState();
        const { org, conn } = await localOrg({ auditFields: true });
        try {
            const run = await load(org, state, dir);
            expect(run.status).toBe(0);
            const failures = run.json?.failures ?? [];
            expect(failures[0]).toMatchObject({ file: 'Account.csv', line: 2 });
            expect(failures[0]?.error).toMatch(/^STRING_TOO_LONG: Account Name: data value too large/);
            expect(failures.filter((f) => /was not loaded/.test(f.error))).toHaveLength(children);
            expect(failures).toContainEqual(
                expect.objectContaining({
                    file: 'Trust_Commitment__c.csv',
                    line: 5,
                    error: expect.stringMatching(/^INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST/) as unknown
                })
            );
            expect(run.json?.totals).toEqual({ created: 1049 - children - 2, failed: children + 2 });
            expect(run.stderr).toMatch(
                /could not be loaded \(the rest were; re-run to retry them\):\n {2}Account\.csv:2: /
            );
            // Fixed, the same command creates exactly what was missing.
            cpSync(DEMO, dir, { recursive: true });
            const again = await load(org, state, dir);
            expect(again.json?.totals).toEqual({ created: children + 2, failed: 0 });
            expect(await countsOf(conn)).toEqual(COUNTS);
        } finally {
            await org.close();
        }
    });

    it('stops at the API limit with exit 3 and finishes on the next run, activating what it left in draft', async () => {
        const dataDir = path.join(scratch, 'limited-org');
        const state = freshState();
        // 6 describes, then the Account and Contract creates: the activation is refused.
        let limited = await localOrg({ dataDir, apiLimit: 8 });
        try {
            const stopped = await load(limited.org, state);
            expect(stopped.status).toBe(3);
            expect(stopped.stderr).toMatch(
                /Stopped early: .*REQUEST_LIMIT_EXCEEDED.*run the same command again/
            );
            expect(stopped.json?.objects.Contract?.created).toBe(132);
            expect(stopped.json?.activated).toBe(0);
            await limited.org.close();
            // The next day the limit is fresh.
            limited = await localOrg({ dataDir });
            const resumed = await load(limited.org, state);
            expect(resumed.status).toBe(0);
            expect(resumed.json?.objects.Contract).toMatchObject({ created: 0, alreadyThere: 132 });
            expect(resumed.json?.activated).toBe(132);
            expect(await countsOf(limited.conn)).toEqual(COUNTS);
            const codes = await all(limited.conn, 'SELECT StatusCode FROM Contract');
            expect(codes.filter((c) => c.StatusCode === 'Activated')).toHaveLength(132);
        } finally {
            await limited.org.close();
        }
    });

    it('creates records once when the answer to a create is lost after the org saved them', async () => {
        const { org, conn } = await localOrg();
        try {
            // The first create reaches the org and is saved; its answer is lost on the way back.
            class LosingApi extends OrgApi {
                lost = 0;
                override async createOnce(sobject: string, records: Record<string, unknown>[]) {
                    const results = await super.createOnce(sobject, records);
                    if (this.lost++ > 0) return results;
                    throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
                }
            }
            const api = new LosingApi(conn);
            const records = Array.from({ length: 5 }, (_v, i) => ({ Name: `Lost answer ${i % 3}` }));
            const results = await createSafely(api, 'Account', records, {
                since: '2020-01-01T00:00:00Z',
                taken: () => new Set(),
                sleep: async () => undefined
            });
            expect(api.lost).toBe(1); // the answer was lost once, and not sent again
            const rows = await all(
                conn,
                "SELECT Id, Name FROM Account WHERE Name LIKE 'Lost answer%' ORDER BY Id"
            );
            expect(rows).toHaveLength(5);
            expect(results.map((r) => r.success)).toEqual([true, true, true, true, true]);
            expect(new Set(results.map((r) => r.id)).size).toBe(5);
            const names = new Map(rows.map((r) => [r.Id, r.Name]));
            expect(results.map((r) => names.get(r.id as string))).toEqual(records.map((r) => r.Name));
        } finally {
            await org.close();
        }
    });

    it('ends one load under 20% injected faults with every record created exactly once, without a re-run', async () => {
        const folder = path.join(scratch, 'org-150');
        await generateDemoData({ accounts: 150, outDir: folder, seed: 5, referenceDate: AS_OF });
        const expected = Object.fromEntries(Object.keys(COUNTS).map((o) => [o, csv(folder, o).length]));
        const state = freshState();
        // With this seed the answer to a create is lost after the org saved it (a naive retry
        // duplicates 150 accounts), so the load must find what was saved instead of resending it.
        const faulty = await localOrg({ faultRate: 0.2, seed: 6 });
        try {
            // Every injected fault is transient (the daily limit is far away): one run finishes.
            const run = await load(faulty.org, state, folder);
            expect(run.status).toBe(0);
            // Count through the same faulty org: jsforce retries a failed read, and so does this.
            const counts: Record<string, number> = {};
            for (const object of Object.keys(COUNTS)) {
                for (let tries = 0; counts[object] === undefined && tries < 20; tries++) {
                    counts[object] = await all(faulty.conn, `SELECT Id FROM ${object}`).then(
                        (rows) => rows.length,
                        () => undefined as unknown as number
                    );
                }
            }
            expect(counts).toEqual(expected);
        } finally {
            await faulty.org.close();
        }
    });

    it.each([
        [
            'a cell of the wrong type',
            (dir: string) =>
                replaceLine(dir, 'Case.csv', 3, (line) =>
                    line.replace(/,(true|false),(true|false),/, ',$1,maybe,')
                ),
            /Case\.csv:3: column IsEscalated: "maybe" is not true or false/
        ],
        [
            'a reference to a record the export does not have',
            (dir: string) =>
                replaceLine(dir, 'Opportunity.csv', 4, (line) =>
                    line.replace(/,001[A-Za-z0-9]{15},/, ',001Kd00000zzzzzIAA,')
                ),
            /Opportunity\.csv:4: column AccountId: 001Kd00000zzzzzIAA is not in Account\.csv/
        ],
        [
            'a missing required column',
            (dir: string) =>
                replaceLine(dir, 'Contract.csv', 1, (line) => line.replace('EndDate', 'End_Date')),
            /Contract\.csv:1: column EndDate: required column missing from the header/
        ]
    ])('stops on %s with exit 2 and file:line, before any call to the org', async (_what, spoil, message) => {
        const dir = path.join(scratch, `bad-${++stateCount}`);
        cpSync(DEMO, dir, { recursive: true });
        spoil(dir);
        const { org, conn } = await localOrg();
        try {
            const run = await load(org, freshState(), dir);
            expect(run.status).toBe(2);
            expect(run.stderr).toMatch(message);
            expect(org.apiCalls()).toBe(0);
            expect(await all(conn, 'SELECT Id FROM Account')).toHaveLength(0);
        } finally {
            await org.close();
        }
    });
});

function replaceLine(dir: string, file: string, line: number, change: (text: string) => string): void {
    const full = path.join(dir, file);
    const lines = readFileSync(full, 'utf8').split('\n');
    const before = lines[line - 1] as string;
    lines[line - 1] = change(before);
    if (lines[line - 1] === before) throw new Error(`${file}:${line} did not change`);
    writeFileSync(full, lines.join('\n'));
}

describe('the local org refuses what a real org refuses', () => {
    interface Result {
        success: boolean;
        id?: string;
        errors: { statusCode: string; fields?: string[] }[];
    }
    const codes = (results: Result[]) =>
        results.map((r) =>
            r.success ? 'ok' : `${r.errors[0]?.statusCode} ${(r.errors[0]?.fields ?? []).join(',')}`.trim()
        );

    async function withOrg(
        auditFields: boolean,
        run: (conn: Connection, account: string) => Promise<void>
    ): Promise<void> {
        const { org, conn } = await localOrg({ auditFields });
        try {
            const [account] = (await conn
                .sobject('Account')
                .create([{ Name: 'Rules' }])) as unknown as Result[];
            await run(conn, account?.id as string);
        } finally {
            await org.close();
        }
    }
    const create = async (conn: Connection, type: string, records: Record<string, unknown>[]) =>
        (await conn.requestPost('/composite/sobjects', {
            allOrNone: false,
            records: records.map((r) => ({ attributes: { type }, ...r }))
        })) as Result[];
    const update = async (conn: Connection, type: string, records: Record<string, unknown>[]) =>
        (await conn.request({
            method: 'PATCH',
            url: '/composite/sobjects',
            body: JSON.stringify({
                allOrNone: false,
                records: records.map((r) => ({ attributes: { type }, ...r }))
            }),
            headers: { 'Content-Type': 'application/json' }
        })) as Result[];

    it('derives IsWon/IsClosed from StageName and refuses them as input', async () => {
        await withOrg(false, async (conn, account) => {
            const opp = { Name: 'Rules deal', AccountId: account, CloseDate: '2026-06-01' };
            const results = await create(conn, 'Opportunity', [
                { ...opp, StageName: 'Closed Won' },
                { ...opp, StageName: 'Prospecting', IsWon: true },
                { ...opp, StageName: 'Closed Lost', IsClosed: true }
            ]);
            expect(codes(results)).toEqual([
                'ok',
                'INVALID_FIELD_FOR_INSERT_UPDATE IsWon',
                'INVALID_FIELD_FOR_INSERT_UPDATE IsClosed'
            ]);
            const id = results[0]?.id as string;
            expect(codes(await update(conn, 'Opportunity', [{ Id: id, IsWon: false }]))).toEqual([
                'INVALID_FIELD_FOR_INSERT_UPDATE IsWon'
            ]);
            const read = async () =>
                (await all(conn, `SELECT IsWon, IsClosed FROM Opportunity WHERE Id = '${id}'`))[0];
            expect(await read()).toMatchObject({ IsWon: true, IsClosed: true });
            expect(codes(await update(conn, 'Opportunity', [{ Id: id, StageName: 'Closed Lost' }]))).toEqual([
                'ok'
            ]);
            expect(await read()).toMatchObject({ IsWon: false, IsClosed: true });
            expect(
                codes(await update(conn, 'Opportunity', [{ Id: id, StageName: 'Negotiation/Review' }]))
            ).toEqual(['ok']);
            expect(await read()).toMatchObject({ IsWon: false, IsClosed: false });
        });
    });

    it('takes CreatedDate and Case ClosedDate on insert only, and only with audit-field access', async () => {
        const kase = {
            Status: 'Closed',
            CreatedDate: '2025-01-02T03:04:05.000Z',
            ClosedDate: '2025-01-03T00:00:00.000Z'
        };
        await withOrg(false, async (conn, account) => {
            expect(codes(await create(conn, 'Case', [{ AccountId: account, ...kase }]))).toEqual([
                'INVALID_FIELD_FOR_INSERT_UPDATE CreatedDate,ClosedDate'
            ]);
            const describe = await conn.describe('Case');
            expect(describe.fields.find((f) => f.name === 'CreatedDate')?.createable).toBe(false);
        });
        await withOrg(true, async (conn, account) => {
            const describe = await conn.describe('Case');
            expect(describe.fields.find((f) => f.name === 'CreatedDate')?.createable).toBe(true);
            expect(describe.fields.find((f) => f.name === 'ClosedDate')?.updateable).toBe(false);
            const [created] = await create(conn, 'Case', [{ AccountId: account, ...kase }]);
            expect(created?.success).toBe(true);
            const [row] = await all(
                conn,
                `SELECT CreatedDate, ClosedDate, IsClosed FROM Case WHERE Id = '${created?.id as string}'`
            );
            expect(row).toMatchObject({
                CreatedDate: '2025-01-02T03:04:05.000+0000',
                ClosedDate: '2025-01-03T00:00:00.000+0000',
                IsClosed: true
            });
            expect(
                codes(await update(conn, 'Case', [{ Id: created?.id, CreatedDate: '2024-01-01T00:00:00Z' }]))
            ).toEqual(['INVALID_FIELD_FOR_INSERT_UPDATE CreatedDate']);
            // The permission covers inserts, not upserts (Salesforce: "not UPSERT").
            const upsert = (await conn.sobject('Trust_Score__c').upsert(
                [
                    {
                        Key__c: `${account}:2026-06-30`,
                        Account__c: account,
                        As_Of__c: '2026-06-30',
                        CreatedDate: '2024-01-01T00:00:00Z'
                    }
                ],
                'Key__c'
            )) as unknown as Result[];
            expect(codes(upsert)).toEqual(['INVALID_FIELD_FOR_INSERT_UPDATE CreatedDate']);
        });
    });

    it('creates contracts as drafts only, activates them by update and computes EndDate', async () => {
        await withOrg(true, async (conn, account) => {
            const contract = { AccountId: account, StartDate: '2025-03-01', ContractTerm: 12 };
            const results = await create(conn, 'Contract', [
                { ...contract, Status: 'Activated' },
                { ...contract, Status: 'Draft', EndDate: '2026-02-28' },
                { ...contract, Status: 'Draft' }
            ]);
            expect(codes(results)).toEqual([
                'FAILED_ACTIVATION Status',
                'INVALID_FIELD_FOR_INSERT_UPDATE EndDate',
                'ok'
            ]);
            const id = results[2]?.id as string;
            expect(codes(await update(conn, 'Contract', [{ Id: id, Status: 'Activated' }]))).toEqual(['ok']);
            const [row] = await all(conn, `SELECT StatusCode, EndDate FROM Contract WHERE Id = '${id}'`);
            expect(row).toMatchObject({ StatusCode: 'Activated', EndDate: '2026-02-28' });
        });
    });

    it('refuses to insert OpportunityHistory and CaseMilestone rows', async () => {
        await withOrg(true, async (conn, account) => {
            const [opp] = await create(conn, 'Opportunity', [
                { Name: 'Rules deal', AccountId: account, StageName: 'Prospecting', CloseDate: '2026-06-01' }
            ]);
            const [kase] = await create(conn, 'Case', [{ AccountId: account, Status: 'New' }]);
            expect(
                codes([
                    ...(await create(conn, 'OpportunityHistory', [
                        { OpportunityId: opp?.id, StageName: 'Prospecting' }
                    ])),
                    ...(await create(conn, 'CaseMilestone', [{ CaseId: kase?.id, IsCompleted: true }]))
                ])
            ).toEqual(['CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY', 'CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY']);
            expect((await conn.describe('OpportunityHistory')).createable).toBe(false);
            expect(await all(conn, 'SELECT Id FROM OpportunityHistory')).toHaveLength(0);
        });
    });
});
