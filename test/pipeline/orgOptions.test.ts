/**
 * The org path's options and the model's life in the org: Bulk API 2.0, dry runs,
 * rescoring only what changed, the active model and its baselines, model pull/push, explain.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TrustResult } from '../../engine/result';
import { cliAsync, localOrg, orgState } from '../support/localOrgRun';

jest.setTimeout(120_000);

const AS_OF = '2026-06-30';
const DEMO = path.join(__dirname, '..', '..', 'data', 'demo');
const DEFAULT_MODEL = path.join(__dirname, '..', '..', 'config', 'default-model.json');
let scratch: string;

beforeAll(() => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'trust-ledger-options-'));
    process.env.TRUST_LEDGER_STATE_DIR = path.join(scratch, 'state');
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const orgArgs = (org: { instanceUrl: string; accessToken: string }): string[] => [
    '--instance-url',
    org.instanceUrl,
    '--access-token',
    org.accessToken
];

describe('score against an org, options', () => {
    it('--bulk reads and writes through Bulk API 2.0 and leaves the same state as REST', async () => {
        const rest = await localOrg({ importFrom: DEMO });
        const bulk = await localOrg({ importFrom: DEMO });
        try {
            expect((await cliAsync(['score', ...orgArgs(rest.org), '--as-of', AS_OF])).status).toBe(0);
            // --quiet: a run over a second prints progress lines to stderr, and a busy machine is slow.
            const run = await cliAsync([
                'score',
                ...orgArgs(bulk.org),
                '--as-of',
                AS_OF,
                '--bulk',
                '--quiet'
            ]);
            expect(run.stderr).toBe('');
            expect(run.status).toBe(0);
            expect(run.stdout).toMatch(/in 2 Bulk API jobs/);
            expect(await orgState(bulk.conn)).toEqual(await orgState(rest.conn));
        } finally {
            await rest.org.close();
            await bulk.org.close();
        }
    });

    it('switches to Bulk API 2.0 by itself above the configured org size', async () => {
        const { org } = await localOrg({ importFrom: DEMO });
        try {
            const run = await cliAsync(['score', ...orgArgs(org), '--as-of', AS_OF], {
                env: { TRUST_LEDGER_BULK_FROM_ACCOUNTS: '50' }
            });
            expect(run.status).toBe(0);
            expect(run.stdout).toMatch(/Used Bulk API 2\.0: with 150 accounts/);
            expect(run.stdout).toMatch(/in 2 Bulk API jobs/);
        } finally {
            await org.close();
        }
    });

    it('--dry-run scores and reports but writes nothing', async () => {
        const { org, conn } = await localOrg({ importFrom: DEMO });
        try {
            const run = await cliAsync(['score', ...orgArgs(org), '--as-of', AS_OF, '--dry-run']);
            expect(run.status).toBe(0);
            expect(run.stdout).toMatch(/Scored 150 of 150 accounts/);
            expect(run.stdout).toMatch(/Dry run: nothing was written to the org/);
            const state = await orgState(conn);
            expect(state.receipts).toEqual([]);
            expect(state.accounts.every((a) => a.Trust_Scored_On__c === null)).toBe(true);
        } finally {
            await org.close();
        }
    });

    it('reads the active model, stamps receipts with it and writes the baselines back; --only-changed-since rescores only changed accounts with them', async () => {
        const { org, conn } = await localOrg({ importFrom: DEMO });
        try {
            const model = JSON.parse(readFileSync(DEFAULT_MODEL, 'utf8')) as {
                name: string;
                signals: { renewalTimeliness: { weight: number } };
            };
            model.name = 'Renewals first';
            model.signals.renewalTimeliness.weight = 6;
            const file = path.join(scratch, 'model.json');
            writeFileSync(file, JSON.stringify(model));
            const push = await cliAsync([
                'model',
                'push',
                file,
                ...orgArgs(org),
                '--notes',
                'renewals matter most'
            ]);
            expect(push.stdout).toMatch(
                /saved model "Renewals first" as version 1 \(\w+\) and made it the active one/
            );

            const full = await cliAsync(['score', ...orgArgs(org), '--as-of', AS_OF]);
            expect(full.stdout).toMatch(/with Renewals first v1/);
            const saved = await conn.query<{ Id: string; Baselines__c: string }>(
                'SELECT Id, Baselines__c FROM Trust_Model__c WHERE Active__c = true'
            );
            const record = saved.records[0];
            expect(JSON.parse(record?.Baselines__c ?? '{}')).toMatchObject({
                computedAsOf: AS_OF,
                accounts: 150
            });
            const stamped = await conn.query<{ Model__c: string }>('SELECT Model__c FROM Trust_Score__c');
            expect(new Set(stamped.records.map((r) => r.Model__c))).toEqual(new Set([record?.Id]));

            // One account's promise changes after the full run; only that account is rescored.
            const account = (await conn.query<{ Id: string }>('SELECT Id FROM Account ORDER BY Id LIMIT 1'))
                .records[0]?.Id as string;
            const since = new Date().toISOString();
            await new Promise((resolve) => setTimeout(resolve, 20));
            await conn.sobject('Trust_Commitment__c').create({
                Name: 'Data migration',
                Account__c: account,
                Status__c: 'Broken',
                Promised_On__c: '2026-05-01',
                Due_On__c: '2026-06-01',
                Description__c: 'Data migration by June'
            });
            const partial = await cliAsync([
                'score',
                ...orgArgs(org),
                '--as-of',
                AS_OF,
                '--only-changed-since',
                since,
                '--format',
                'json'
            ]);
            expect(partial.status).toBe(0);
            expect(partial.stderr).toMatch(/Scored 1 of 150 accounts/);
            expect(partial.stderr).toMatch(/baselines stored/);
            const rescored = JSON.parse(partial.stdout) as { accounts: TrustResult[] };
            expect(rescored.accounts.map((a) => a.accountId)).toEqual([account]);
            expect(
                rescored.accounts[0]?.signals.promiseKeeping.evidence.some((e) =>
                    e.summary.includes('Data migration by June')
                )
            ).toBe(true);
        } finally {
            await org.close();
        }
    });

    it('model pull gives the active model as JSON; an invalid push is refused and saves nothing', async () => {
        const { org, conn } = await localOrg({ importFrom: DEMO });
        try {
            const pulled = await cliAsync(['model', 'pull', ...orgArgs(org)]);
            expect(pulled.status).toBe(0);
            expect(pulled.stderr).toMatch(/no active Trust_Model__c; this is the default model/);
            expect(JSON.parse(pulled.stdout)).toMatchObject({ name: 'Default', version: 1 });
            const bad = path.join(scratch, 'bad-model.json');
            writeFileSync(bad, JSON.stringify({ ...JSON.parse(pulled.stdout), halfLifeDays: 0 }));
            const push = await cliAsync(['model', 'push', bad, ...orgArgs(org)]);
            expect(push.status).toBe(2);
            expect(push.stderr).toMatch(/halfLifeDays: must be at least 7 \(got 0\)/);
            expect((await conn.query('SELECT Id FROM Trust_Model__c')).totalSize).toBe(0);
        } finally {
            await org.close();
        }
    });

    it('explains one account of an org in words', async () => {
        const { org } = await localOrg({ importFrom: DEMO });
        try {
            const offline = await cliAsync([
                'explain',
                '001Kd00000xIcgVIAS',
                '--from',
                DEMO,
                '--as-of',
                AS_OF
            ]);
            const online = await cliAsync([
                'explain',
                '001Kd00000xIcgVIAS',
                ...orgArgs(org),
                '--as-of',
                AS_OF
            ]);
            expect(online.status).toBe(0);
            // Same receipt; the org path also says where its baselines came from.
            expect(online.stdout).toBe(
                `${offline.stdout.trimEnd()}\n\n(baselines computed from the whole org)\n`
            );
        } finally {
            await org.close();
        }
    });
});
