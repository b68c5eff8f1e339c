/**
 * The batch pipeline end to end through jsforce against the embedded local org: the same
 * scores as the offline path, idempotent re-runs, fault tolerance, crash recovery, limits.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TrustResult } from '../../engine/result';
import { generateDemoData } from '../../tools/demo';
import { cli } from '../support/cli';
import { cliAsync, localOrg, orgState } from '../support/localOrgRun';

jest.setTimeout(120_000);

/** The run under injected faults: its retries wait, and a busy CI machine slows it further. */
const FAULTY_RUN_MS = 180_000;

const AS_OF = '2026-06-30';
const DEMO = path.join(__dirname, '..', '..', 'data', 'demo');
let scratch: string;
let bigOrg: string;

beforeAll(async () => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'trust-ledger-pipeline-'));
    bigOrg = path.join(scratch, 'org-1000');
    await generateDemoData({ accounts: 1000, outDir: bigOrg, seed: 11, referenceDate: AS_OF });
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every run gets its own checkpoint folder unless a test shares one on purpose. */
process.env.TRUST_LEDGER_STATE_DIR = path.join(os.tmpdir(), `trust-ledger-state-${process.pid}`);

const orgArgs = (org: { instanceUrl: string; accessToken: string }): string[] => [
    '--instance-url',
    org.instanceUrl,
    '--access-token',
    org.accessToken
];

describe('score against an org', () => {
    it('gives exactly the scores of the offline path for the same data, in the same JSON shape', async () => {
        const { org } = await localOrg({ importFrom: DEMO });
        try {
            const online = await cliAsync([
                'score',
                ...orgArgs(org),
                '--as-of',
                AS_OF,
                '--format',
                'json',
                '--dry-run'
            ]);
            expect(online.status).toBe(0);
            const offline = cli(['score', '--from', DEMO, '--as-of', AS_OF, '--format', 'json']);
            const a = JSON.parse(online.stdout) as { accounts: TrustResult[] };
            const b = JSON.parse(offline.stdout) as { accounts: TrustResult[] };
            const byId = (list: TrustResult[]) =>
                [...list].sort((x, y) => (x.accountId < y.accountId ? -1 : 1));
            expect(byId(a.accounts)).toEqual(byId(b.accounts));
            expect(online.stderr).toMatch(/Dry run: nothing was written/);
            expect(online.stderr).not.toContain(org.accessToken);
        } finally {
            await org.close();
        }
    });

    it('writes one receipt per account per day, and a second run updates instead of duplicating', async () => {
        const { org, conn } = await localOrg({ importFrom: DEMO });
        try {
            const first = await cliAsync(['score', ...orgArgs(org), '--as-of', AS_OF]);
            expect(first.status).toBe(0);
            expect(first.stdout).toMatch(/Scored 150 of 150 accounts/);
            const afterFirst = await orgState(conn);
            expect(afterFirst.receipts).toHaveLength(150);
            expect(new Set(afterFirst.receipts.map((r) => r.Key__c)).size).toBe(150);
            const second = await cliAsync(['score', ...orgArgs(org), '--as-of', AS_OF]);
            expect(second.status).toBe(0);
            expect(await orgState(conn)).toEqual(afterFirst);
            // The Account fields carry the latest score for reports and list views.
            const scored = afterFirst.accounts.filter((a) => a.Trust_Scored_On__c === AS_OF);
            expect(scored).toHaveLength(150);
            // Thin evidence is not a band: the receipt is flagged and the Account says so.
            const provisional = afterFirst.receipts.filter((r) => r.Provisional__c === true);
            expect(provisional.length).toBeGreaterThan(0);
            for (const r of provisional) expect(r).toMatchObject({ Band__c: null });
            expect(provisional.every((r) => typeof r.Score__c === 'number')).toBe(true);
            const provisionalIds = new Set(provisional.map((r) => r.Account__c));
            for (const a of scored.filter((x) => provisionalIds.has(x.Id)))
                expect(a.Current_Trust_Band__c).toBe('Not enough evidence');
            expect(first.stdout).toContain(`provisional: ${provisional.length}`);
            // The next day adds a receipt per account and records the change.
            const next = await cliAsync(['score', ...orgArgs(org), '--as-of', '2026-07-31']);
            expect(next.status).toBe(0);
            const later = await orgState(conn);
            expect(later.receipts).toHaveLength(300);
            const moved = later.receipts.filter(
                (r) => r.As_Of__c === '2026-07-31' && r.Previous_Score__c !== null
            );
            expect(moved.length).toBeGreaterThan(0);
            for (const r of moved) {
                expect(r.Score_Change__c).toBeCloseTo(
                    (r.Score__c as number) - (r.Previous_Score__c as number),
                    5
                );
            }
        } finally {
            await org.close();
        }
    });

    it("refuses a bad token with the org's error and never prints the token", async () => {
        const { org } = await localOrg({ importFrom: DEMO });
        try {
            const token = '00DXX0000000001!AQ4AQFakeTokenValue1234567890';
            const run = await cliAsync(['score', '--instance-url', org.instanceUrl, '--access-token', token]);
            expect(run.status).toBe(2);
            expect(run.stderr).toMatch(/INVALID_SESSION_ID/);
            expect(run.stderr + run.stdout).not.toContain(token);
        } finally {
            await org.close();
        }
    });
});

/** The checkpoint a run left behind: how many accounts (Id order) it says the org holds. */
function checkpointWritten(folder: string): number {
    if (!existsSync(folder)) return 0;
    const file = readdirSync(folder).find((f) => f.endsWith('.json'));
    if (file === undefined) return 0;
    return (JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as { written: number }).written;
}

/** Accounts (Id order) whose receipt of the day and Account trust fields are all in the org. */
function completeAccounts(state: Awaited<ReturnType<typeof orgState>>): number {
    const receipts = new Set(state.receipts.map((r) => r.Account__c));
    let complete = 0;
    for (const account of state.accounts) {
        if (!receipts.has(account.Id) || account.Trust_Scored_On__c !== AS_OF) break;
        complete++;
    }
    return complete;
}

describe.each([
    ['REST', [] as string[]],
    ['Bulk API 2.0', ['--bulk']]
])('a batch run over %s, interrupted or faulty', (label, flags) => {
    const tag = label.startsWith('REST') ? 'rest' : 'bulk';

    it(
        'ends one run under 20% injected faults in the same state as a clean run, without a re-run',
        async () => {
            const clean = await localOrg({ importFrom: bigOrg });
            const dataDir = path.join(scratch, `faulty-${tag}`);
            let faulty = await localOrg({ importFrom: bigOrg, dataDir, faultRate: 0.2, seed: 7 });
            try {
                expect((await cliAsync(['score', ...orgArgs(clean.org), '--as-of', AS_OF])).status).toBe(0);
                // Transient faults (503s, dropped connections, row locks, too many concurrent
                // requests) are retried; only the daily limit stops a run, and it is far away here.
                // Retries back off, so on a busy machine this run can take a minute or more.
                const run = await cliAsync(['score', ...orgArgs(faulty.org), '--as-of', AS_OF, ...flags], {
                    timeoutMs: FAULTY_RUN_MS
                });
                expect(run.stderr).not.toMatch(/Error|at .*\.ts:\d+/);
                expect(run.status).toBe(0);
                expect(run.stdout).toMatch(/Scored 1,000 of 1,000 accounts/);
                expect(run.stdout).not.toMatch(/could not be written/);
                expect(run.stdout).toMatch(/API calls: [\d,]+ made \([1-9][\d,]* retried\)/);
                // Read the result without faults: the same database, served again (it persists).
                await faulty.org.close();
                faulty = await localOrg({ dataDir });
                const actual = await orgState(faulty.conn);
                expect(actual.receipts).toHaveLength(1000);
                expect(actual).toEqual(await orgState(clean.conn));
            } finally {
                await clean.org.close();
                await faulty.org.close();
            }
        },
        FAULTY_RUN_MS + 120_000
    );

    it('stops cleanly at the API limit with a checkpoint no further than the org, and a later run finishes', async () => {
        const clean = await localOrg({ importFrom: bigOrg });
        const dataDir = path.join(scratch, `limited-${tag}`);
        const checkpoints = path.join(scratch, `limit-state-${tag}`);
        const env = { TRUST_LEDGER_STATE_DIR: checkpoints };
        let limited: Awaited<ReturnType<typeof localOrg>> | null = null;
        try {
            const cleanRun = await cliAsync(['score', ...orgArgs(clean.org), '--as-of', AS_OF, ...flags]);
            expect(cleanRun.status).toBe(0);
            // REST: stop within the first upserts. Bulk: stop while the ingest jobs run, the
            // last steps of a run (each job: create, upload, close, poll, two result downloads).
            const apiLimit = tag === 'rest' ? 32 : clean.org.apiCalls() - 8;
            limited = await localOrg({ importFrom: bigOrg, dataDir, apiLimit });
            const run = await cliAsync(['score', ...orgArgs(limited.org), '--as-of', AS_OF, ...flags], {
                env
            });
            expect(run.stderr).not.toMatch(/Error|at .*\.ts:\d+/);
            expect(run.status).toBe(3);
            expect(run.stdout).toMatch(/API request limit is exhausted \(REQUEST_LIMIT_EXCEEDED\)/);
            expect(run.stdout).toMatch(/Stopped early/);
            // Bulk: the limit is met while the ingest jobs run, after every row was queued.
            if (tag === 'bulk') expect(run.stdout).toMatch(/Stopped early: \w+ \S*\/jobs\/ingest/);
            // The next day the limit is fresh: the org's state is readable again, and the same
            // command resumes where it stopped.
            await limited.org.close();
            limited = await localOrg({ dataDir });
            const partial = await orgState(limited.conn);
            const saved = checkpointWritten(checkpoints);
            expect(completeAccounts(partial)).toBeGreaterThanOrEqual(saved);
            // The run did stop part-way through writing.
            expect(partial.accounts.filter((a) => a.Trust_Scored_On__c === AS_OF).length).toBeLessThan(1000);
            const resumed = await cliAsync(['score', ...orgArgs(limited.org), '--as-of', AS_OF, ...flags], {
                env
            });
            expect(resumed.status).toBe(0);
            if (saved > 0)
                expect(resumed.stdout).toMatch(
                    new RegExp(
                        `Resumed an interrupted run: the first ${saved.toLocaleString('en-US')} accounts`
                    )
                );
            else expect(resumed.stdout).not.toMatch(/Resumed an interrupted run/);
            expect(await orgState(limited.conn)).toEqual(await orgState(clean.conn));
        } finally {
            await clean.org.close();
            await limited?.org.close();
        }
    });
});

describe.each([
    // REST writes each batch as it goes: two batches of 200 are in the org.
    ['REST', [] as string[], {}, 400],
    // Bulk queues every row for one ingest job per object: nothing is in the org yet.
    ['Bulk API 2.0, one job per object', ['--bulk'], {}, 0],
    // Bulk with small jobs (a job of each object every batch): two batches are in the org.
    ['Bulk API 2.0, small jobs', ['--bulk'], { TRUST_LEDGER_BULK_UPLOAD_CHARS: '100000' }, 400]
])('a run over %s killed after two batches', (label, flags, extraEnv, inOrg) => {
    it('leaves a checkpoint no further than the org, and a re-run resumes and ends in the same state', async () => {
        const clean = await localOrg({ importFrom: bigOrg });
        const crashed = await localOrg({ importFrom: bigOrg });
        const checkpoints = path.join(scratch, `crash-state-${label.replace(/\W+/g, '-')}`);
        const env = { ...extraEnv, TRUST_LEDGER_STATE_DIR: checkpoints };
        try {
            expect((await cliAsync(['score', ...orgArgs(clean.org), '--as-of', AS_OF])).status).toBe(0);
            const killed = await cliAsync(['score', ...orgArgs(crashed.org), '--as-of', AS_OF, ...flags], {
                env: { ...env, TRUST_LEDGER_CRASH_AFTER_BATCHES: '2' }
            });
            expect(killed.status).toBeNull(); // killed by signal, mid-run
            const partial = await orgState(crashed.conn);
            expect(partial.receipts).toHaveLength(inOrg);
            expect(completeAccounts(partial)).toBe(inOrg);
            // Never ahead of the org: what it claims is written is there, receipts and Account fields.
            expect(checkpointWritten(checkpoints)).toBe(inOrg);
            const rerun = await cliAsync(['score', ...orgArgs(crashed.org), '--as-of', AS_OF, ...flags], {
                env
            });
            expect(rerun.status).toBe(0);
            if (inOrg > 0)
                expect(rerun.stdout).toMatch(
                    /Resumed an interrupted run: the first 400 accounts were already written/
                );
            else expect(rerun.stdout).not.toMatch(/Resumed an interrupted run/);
            expect(await orgState(crashed.conn)).toEqual(await orgState(clean.conn));
        } finally {
            await clean.org.close();
            await crashed.org.close();
        }
    });
});
