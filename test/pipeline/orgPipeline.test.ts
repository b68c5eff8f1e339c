/**
 * The batch pipeline end to end through jsforce against the embedded local org: the same
 * scores as the offline path, idempotent re-runs, fault tolerance, crash recovery, limits.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TrustResult } from '../../engine/result';
import { generateDemoData } from '../../scripts/demo';
import { cli } from '../support/cli';
import { cliAsync, localOrg, orgState } from '../support/localOrgRun';

jest.setTimeout(120_000);

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

    it('ends a run with 20% injected faults in the same state as a clean run', async () => {
        const clean = await localOrg({ importFrom: bigOrg });
        const dataDir = path.join(scratch, 'faulty');
        let faulty = await localOrg({ importFrom: bigOrg, dataDir, faultRate: 0.2, seed: 7 });
        try {
            expect((await cliAsync(['score', ...orgArgs(clean.org), '--as-of', AS_OF])).status).toBe(0);
            const outcomes: (number | null)[] = [];
            // REQUEST_LIMIT_EXCEEDED stops a run cleanly (exit 3); the next run resumes.
            for (let attempt = 0; attempt < 60; attempt++) {
                const run = await cliAsync(['score', ...orgArgs(faulty.org), '--as-of', AS_OF]);
                outcomes.push(run.status);
                if (run.status === 0) break;
                expect(run.status).toBe(3);
                expect(run.stdout).toMatch(/run the same command again to resume/);
            }
            expect(outcomes[outcomes.length - 1]).toBe(0);
            expect(outcomes.length).toBeGreaterThan(1); // the fault plan did stop some runs
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
    });

    it('recovers from a crash mid-run: a re-run resumes and ends in the same state', async () => {
        const clean = await localOrg({ importFrom: bigOrg });
        const crashed = await localOrg({ importFrom: bigOrg });
        const checkpoints = path.join(scratch, 'crash-state');
        const env = { TRUST_LEDGER_STATE_DIR: checkpoints };
        const crashAfterTwoBatches = { ...env, TRUST_LEDGER_CRASH_AFTER_BATCHES: '2' };
        try {
            expect((await cliAsync(['score', ...orgArgs(clean.org), '--as-of', AS_OF])).status).toBe(0);
            const killed = await cliAsync(['score', ...orgArgs(crashed.org), '--as-of', AS_OF], {
                env: crashAfterTwoBatches
            });
            expect(killed.status).toBeNull(); // killed by signal, mid-run
            const partial = await orgState(crashed.conn);
            expect(partial.receipts).toHaveLength(400); // two batches of 200 made it
            expect(existsSync(checkpoints) && readdirSync(checkpoints).some((f) => f.endsWith('.json'))).toBe(
                true
            );
            const rerun = await cliAsync(['score', ...orgArgs(crashed.org), '--as-of', AS_OF], { env });
            expect(rerun.status).toBe(0);
            expect(rerun.stdout).toMatch(
                /Resumed an interrupted run: the first 400 accounts were already written/
            );
            expect(await orgState(crashed.conn)).toEqual(await orgState(clean.conn));
        } finally {
            await clean.org.close();
            await crashed.org.close();
        }
    });

    it('stops cleanly at the API limit with a checkpoint, and a later run resumes and finishes', async () => {
        const clean = await localOrg({ importFrom: bigOrg });
        const dataDir = path.join(scratch, 'limited');
        let limited = await localOrg({ importFrom: bigOrg, dataDir, apiLimit: 32 });
        try {
            expect((await cliAsync(['score', ...orgArgs(clean.org), '--as-of', AS_OF])).status).toBe(0);
            const run = await cliAsync(['score', ...orgArgs(limited.org), '--as-of', AS_OF]);
            expect(run.status).toBe(3);
            expect(run.stdout).toMatch(/API request limit is exhausted \(REQUEST_LIMIT_EXCEEDED\)/);
            expect(run.stdout).toMatch(/Stopped early/);
            // The next day the limit is fresh: the same command resumes where it stopped.
            await limited.org.close();
            limited = await localOrg({ dataDir });
            const resumed = await cliAsync(['score', ...orgArgs(limited.org), '--as-of', AS_OF]);
            expect(resumed.status).toBe(0);
            expect(resumed.stdout).toMatch(
                /Resumed an interrupted run: the first [\d,]+ accounts were already written/
            );
            expect(await orgState(limited.conn)).toEqual(await orgState(clean.conn));
        } finally {
            await clean.org.close();
            await limited.org.close();
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
