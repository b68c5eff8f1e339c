/**
 * Trust alerts end to end against the local org: a band drop sustained over the model's runs
 * becomes one Task for the account's owner; a one-run dip alerts nobody; re-runs, later runs
 * and a crashed run resumed create no second Task; a recovery closes the open alert; a dry
 * run reports and writes nothing. The earlier runs are Batch receipts stored beforehand, so
 * each case's band history is exact.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Connection } from '@jsforce/jsforce-node';
import defaultModelJson from '../../config/default-model.json';
import type { TrustResult } from '../../engine/result';
import { generateDemoData } from '../../tools/demo';
import { cliAsync, localOrg } from '../support/localOrgRun';

jest.setTimeout(240_000);

const AS_OF = '2026-06-30';
const DAY_1 = '2026-06-28';
const DAY_2 = '2026-06-29';
const DEMO = path.join(__dirname, '..', '..', 'data', 'demo');
const BANDS = defaultModelJson.bands.map((b) => b.name);
let scratch: string;
let modelFile: string;

process.env.TRUST_LEDGER_STATE_DIR = path.join(os.tmpdir(), `trust-ledger-alert-state-${process.pid}`);

beforeAll(() => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'trust-ledger-alerts-'));
    modelFile = path.join(scratch, 'model.json');
    const alerts = { enabled: true, sustainRuns: 2, subject: 'Trust drop', dueInDays: 5, priority: 'High' };
    writeFileSync(modelFile, JSON.stringify({ ...defaultModelJson, alerts }));
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Org = { instanceUrl: string; accessToken: string };
const orgArgs = (org: Org): string[] => [
    '--instance-url',
    org.instanceUrl,
    '--access-token',
    org.accessToken
];

interface TaskRow {
    Id: string;
    WhatId: string;
    OwnerId: string | null;
    Subject: string;
    Description: string | null;
    ActivityDate: string | null;
    Priority: string;
    Status: string;
    IsClosed: boolean;
}

async function tasks(conn: Connection): Promise<TaskRow[]> {
    const result = await conn.query<TaskRow>(
        'SELECT Id, WhatId, OwnerId, Subject, Description, ActivityDate, Priority, Status, IsClosed FROM Task ORDER BY WhatId, Subject',
        { autoFetch: true, maxFetch: 100_000 }
    );
    return result.records.map(
        ({ Id, WhatId, OwnerId, Subject, Description, ActivityDate, Priority, Status, IsClosed }) => ({
            Id,
            WhatId,
            OwnerId,
            Subject,
            Description,
            ActivityDate,
            Priority,
            Status,
            IsClosed
        })
    );
}

/** The org's active model gets alerts, and today's bands are read without writing. */
async function prepare(org: Org): Promise<TrustResult[]> {
    expect((await cliAsync(['model', 'push', modelFile, ...orgArgs(org)])).status).toBe(0);
    const dry = await cliAsync(['score', ...orgArgs(org), '--as-of', AS_OF, '--format', 'json', '--dry-run']);
    expect(dry.status).toBe(0);
    return (JSON.parse(dry.stdout) as { accounts: TrustResult[] }).accounts;
}

/** Stores Batch receipts of earlier days: [accountId, day, band]. */
async function storeRuns(conn: Connection, runs: [string, string, string][]): Promise<void> {
    const records = runs.map(([account, day, band]) => ({
        Key__c: `${account}:${day}`,
        Account__c: account,
        As_Of__c: day,
        Band__c: band,
        Source__c: 'Batch'
    }));
    for (let i = 0; i < records.length; i += 200) {
        const results = await conn
            .sobject('Trust_Score__c')
            .create(records.slice(i, i + 200), { allOrNone: true });
        expect(results.every((r) => r.success)).toBe(true);
    }
}

const above = (band: string): string => BANDS[BANDS.indexOf(band) + 1] as string;
/** Accounts with a band below the top one today. */
const droppable = (accounts: TrustResult[]): TrustResult[] =>
    accounts.filter((a) => a.band !== null && a.band !== BANDS[BANDS.length - 1]);

describe('trust alerts of a batch run', () => {
    it('alert a sustained drop once, leave a dip alone, close a recovered alert; a dry run writes nothing', async () => {
        const { org, conn } = await localOrg({ importFrom: DEMO });
        try {
            const accounts = droppable(await prepare(org));
            const [dropped, dipped, recovered] = accounts as [TrustResult, TrustResult, TrustResult];
            const band = (a: TrustResult): string => a.band as string;
            await storeRuns(conn, [
                // Above for one run, then two runs (yesterday and today) below: a sustained drop.
                [dropped.accountId, DAY_1, above(band(dropped))],
                [dropped.accountId, DAY_2, band(dropped)],
                // Below today only: a one-run dip.
                [dipped.accountId, DAY_1, above(band(dipped))],
                [dipped.accountId, DAY_2, above(band(dipped))],
                [recovered.accountId, DAY_1, band(recovered)],
                [recovered.accountId, DAY_2, band(recovered)]
            ]);
            const oldSubject = `Trust drop: ${band(recovered)} → ${BANDS[0]} (since 2026-06-01)`;
            await conn.sobject('Task').create({
                WhatId: recovered.accountId,
                Subject: oldSubject,
                Description: 'Why it fell.',
                Priority: 'High',
                Status: 'Not Started'
            });

            const dry = await cliAsync(['score', ...orgArgs(org), '--as-of', AS_OF, '--dry-run']);
            expect(dry.status).toBe(0);
            expect(dry.stderr + dry.stdout).toMatch(
                /Would create 1 trust alert \(Task\) and close 1 whose band recovered/
            );
            const subject = `Trust drop: ${above(band(dropped))} → ${band(dropped)} (since ${DAY_2})`;
            expect(dry.stderr + dry.stdout).toContain(subject);
            expect((await tasks(conn)).map((t) => t.Subject)).toEqual([oldSubject]);

            const run = await cliAsync(['score', ...orgArgs(org), '--as-of', AS_OF]);
            expect(run.status).toBe(0);
            expect(run.stdout).toMatch(/Created 1 trust alert \(Task\) and closed 1 whose band recovered/);
            const after = await tasks(conn);
            const owner = await conn.query<{ OwnerId: string }>(
                `SELECT OwnerId FROM Account WHERE Id = '${dropped.accountId}'`
            );
            const created = after.find((t) => t.WhatId === dropped.accountId);
            expect(created).toMatchObject({
                OwnerId: owner.records[0]?.OwnerId,
                Subject: subject,
                ActivityDate: '2026-07-05',
                Priority: 'High',
                Status: 'Not Started',
                IsClosed: false
            });
            const worst = [...dropped.drivers].sort((a, b) => a.impact - b.impact)[0];
            expect(worst?.impact).toBeLessThan(0);
            expect(created?.Description).toContain(worst?.summary);
            expect(after.filter((t) => t.WhatId === dipped.accountId)).toEqual([]);
            expect(after.find((t) => t.WhatId === recovered.accountId)).toMatchObject({
                Subject: oldSubject,
                Status: 'Completed',
                IsClosed: true,
                Description: `Why it fell.\n\nClosed on ${AS_OF}: the trust band recovered to ${band(recovered)}.`
            });

            // The same day again, then the next day with the band still low: no second Task.
            expect((await cliAsync(['score', ...orgArgs(org), '--as-of', AS_OF])).status).toBe(0);
            expect(await tasks(conn)).toEqual(after);
            // Whatever its band the next day (still low, lower, or recovered), the drop has one Task.
            expect((await cliAsync(['score', ...orgArgs(org), '--as-of', '2026-07-01'])).status).toBe(0);
            expect((await tasks(conn)).filter((t) => t.WhatId === dropped.accountId)).toHaveLength(1);
        } finally {
            await org.close();
        }
    });
});

/** Today's run as JSON, writing nothing. */
const dryRunJson = (org: Org) =>
    cliAsync(['score', ...orgArgs(org), '--as-of', AS_OF, '--format', 'json', '--dry-run']);

describe('a dry run with --format json', () => {
    it('ends the JSON with the alerts it would create and close, the accounts as without alerts', async () => {
        const { org, conn } = await localOrg({ importFrom: DEMO });
        try {
            const accounts = droppable(await prepare(org));
            const [dropped, recovered] = accounts as [TrustResult, TrustResult];
            const band = (a: TrustResult): string => a.band as string;
            await storeRuns(conn, [
                [dropped.accountId, DAY_1, above(band(dropped))],
                [dropped.accountId, DAY_2, band(dropped)],
                [recovered.accountId, DAY_1, band(recovered)],
                [recovered.accountId, DAY_2, band(recovered)]
            ]);
            const oldSubject = `Trust drop: ${band(recovered)} → ${BANDS[0]} (since 2026-06-01)`;
            const task = await conn.sobject('Task').create({
                WhatId: recovered.accountId,
                Subject: oldSubject,
                Priority: 'High',
                Status: 'Not Started'
            });

            const dry = await dryRunJson(org);
            expect(dry.status).toBe(0);
            const json = JSON.parse(dry.stdout) as { accounts: TrustResult[]; dryRun: unknown };
            expect(Object.keys(json)).toEqual(['asOf', 'model', 'accounts', 'dryRun']);
            expect(json.dryRun).toEqual({
                alerts: {
                    create: [
                        {
                            accountId: dropped.accountId,
                            accountName: dropped.accountName,
                            subject: `Trust drop: ${above(band(dropped))} → ${band(dropped)} (since ${DAY_2})`,
                            from: above(band(dropped)),
                            to: band(dropped),
                            since: DAY_2
                        }
                    ],
                    close: [
                        {
                            accountId: recovered.accountId,
                            accountName: recovered.accountName,
                            taskId: (task as { id: string }).id,
                            subject: oldSubject,
                            band: band(recovered)
                        }
                    ]
                }
            });
            // The per-account shape is the one a run without alerts prints.
            expect(json.accounts.find((a) => a.accountId === dropped.accountId)).toEqual(dropped);
            expect((await tasks(conn)).map((t) => t.Subject)).toEqual([oldSubject]);
        } finally {
            await org.close();
        }
    });
});

describe('a run with alerts killed after two batches', () => {
    it('creates every alert of a clean run once when resumed', async () => {
        const bigOrg = path.join(scratch, 'org-600');
        await generateDemoData({ accounts: 600, outDir: bigOrg, seed: 11, referenceDate: AS_OF });
        const clean = await localOrg({ importFrom: bigOrg });
        const crashed = await localOrg({ importFrom: bigOrg });
        const env = { TRUST_LEDGER_STATE_DIR: path.join(scratch, 'crash-state') };
        try {
            for (const { org, conn } of [clean, crashed]) {
                const accounts = droppable(await prepare(org));
                await storeRuns(
                    conn,
                    accounts.flatMap((a): [string, string, string][] => [
                        [a.accountId, DAY_1, above(a.band as string)],
                        [a.accountId, DAY_2, a.band as string]
                    ])
                );
            }
            expect((await cliAsync(['score', ...orgArgs(clean.org), '--as-of', AS_OF])).status).toBe(0);
            const killed = await cliAsync(['score', ...orgArgs(crashed.org), '--as-of', AS_OF], {
                env: { ...env, TRUST_LEDGER_CRASH_AFTER_BATCHES: '2' }
            });
            expect(killed.status).toBeNull();
            const partial = await tasks(crashed.conn);
            expect(partial.length).toBeGreaterThan(0);
            const resumed = await cliAsync(['score', ...orgArgs(crashed.org), '--as-of', AS_OF], { env });
            expect(resumed.status).toBe(0);
            expect(resumed.stdout).toMatch(/Resumed an interrupted run/);
            const key = (t: TaskRow): string => `${t.WhatId} ${t.Subject} ${t.Status}`;
            const expected = (await tasks(clean.conn)).map(key);
            expect(expected.length).toBeGreaterThan(partial.length);
            expect((await tasks(crashed.conn)).map(key)).toEqual(expected);
        } finally {
            await clean.org.close();
            await crashed.org.close();
        }
    });
});
