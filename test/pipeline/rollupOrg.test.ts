/**
 * Roll-ups to the parent account through the org path: the local org serves Account.ParentId,
 * the run gives the same roll-ups as `score --from` on the same export, and writes the roll-up
 * score and band on each parent Account (and clears them where there are no children).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TrustResult } from '../../engine/result';
import { generateDemoData } from '../../tools/demo';
import { cli } from '../support/cli';
import { cliAsync, localOrg } from '../support/localOrgRun';

jest.setTimeout(120_000);

const AS_OF = '2026-06-30';
let scratch: string;
let folder: string;
/** `score --from` on the same export: what the org path must give. */
let expected: TrustResult[];

const rollupsOf = (list: TrustResult[]) =>
    Object.fromEntries(list.filter((a) => a.rollup).map((a) => [a.accountId, a.rollup]));
const orgArgs = (org: { instanceUrl: string; accessToken: string }) => [
    '--instance-url',
    org.instanceUrl,
    '--access-token',
    org.accessToken
];

/** `score` against the org as of AS_OF, with more options. */
const scoreAsOf = (org: { instanceUrl: string; accessToken: string }, ...options: string[]) =>
    cliAsync(['score', ...orgArgs(org), '--as-of', AS_OF, ...options]);

beforeAll(async () => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'trust-ledger-rollup-'));
    folder = path.join(scratch, 'org');
    await generateDemoData({
        accounts: 90,
        outDir: folder,
        seed: 42,
        referenceDate: AS_OF,
        hierarchies: true
    });
    const offline = cli(['score', '--from', folder, '--as-of', AS_OF, '--format', 'json']);
    expected = (JSON.parse(offline.stdout) as { accounts: TrustResult[] }).accounts;
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

process.env.TRUST_LEDGER_STATE_DIR = path.join(os.tmpdir(), `trust-ledger-state-rollup-${process.pid}`);

describe('roll-ups against an org', () => {
    it('writes the roll-ups of score --from on the parent Accounts', async () => {
        const { org, conn } = await localOrg({ importFrom: folder });
        try {
            const parents = expected.filter((a) => a.rollup);
            expect(parents).toHaveLength(6);

            const run = await cliAsync(['score', ...orgArgs(org), '--as-of', AS_OF, '--format', 'json']);
            expect(run.status).toBe(0);
            const online = (JSON.parse(run.stdout) as { accounts: TrustResult[] }).accounts;
            expect(rollupsOf(online)).toEqual(rollupsOf(expected));

            const stored = await conn.query<{
                Id: string;
                Trust_Rollup_Score__c: number | null;
                Trust_Rollup_Band__c: string | null;
            }>('SELECT Id, Trust_Rollup_Score__c, Trust_Rollup_Band__c FROM Account');
            const byId = new Map(stored.records.map((r) => [r.Id, r]));
            for (const a of expected) {
                const r = byId.get(a.accountId);
                expect([r?.Trust_Rollup_Score__c ?? null, r?.Trust_Rollup_Band__c ?? null]).toEqual([
                    a.rollup?.score ?? null,
                    a.rollup?.band ?? null
                ]);
            }
        } finally {
            await org.close();
        }
    });

    it.each([
        ['REST', []],
        ['Bulk API 2.0', ['--bulk']]
    ])(
        '--only-changed-since refreshes the roll-up of every account above a rescored one (%s)',
        async (_how, bulk) => {
            const { org, conn } = await localOrg({ importFrom: folder });
            try {
                expect((await cliAsync(['score', ...orgArgs(org), '--as-of', AS_OF])).status).toBe(0);
                // The deepest account of a three-level tree: its parent and its grandparent roll it up.
                const links = await conn.query<{ Id: string; ParentId: string | null }>(
                    'SELECT Id, ParentId FROM Account'
                );
                const parentOf = new Map(links.records.map((r) => [r.Id, r.ParentId]));
                const leaf = [...parentOf.keys()].find((id) => {
                    const parent = parentOf.get(id);
                    return parent && parentOf.get(parent);
                }) as string;
                const parent = parentOf.get(leaf) as string;
                const top = parentOf.get(parent) as string;
                const fields = async (): Promise<Map<string, Record<string, unknown>>> => {
                    const rows = await conn.query<Record<string, unknown> & { Id: string }>(
                        'SELECT Id, Current_Trust_Score__c, Trust_Scored_On__c, Trust_Rollup_Score__c, Trust_Rollup_Band__c FROM Account'
                    );
                    return new Map(rows.records.map(({ attributes: _a, ...r }) => [r.Id, r]));
                };
                const before = await fields();

                // Two broken promises on the leaf after the full run: only the leaf changed.
                const since = new Date().toISOString();
                await new Promise((resolve) => setTimeout(resolve, 20));
                for (const name of ['Data migration', 'Single sign-on'])
                    await conn.sobject('Trust_Commitment__c').create({
                        Name: name,
                        Account__c: leaf,
                        Status__c: 'Broken',
                        Promised_On__c: '2026-05-01',
                        Due_On__c: '2026-06-01',
                        Description__c: `${name} by June`
                    });
                const partial = await scoreAsOf(
                    org,
                    '--only-changed-since',
                    since,
                    '--format',
                    'json',
                    ...bulk
                );
                expect(partial.status).toBe(0);
                const rescored = (JSON.parse(partial.stdout) as { accounts: TrustResult[] }).accounts;
                expect(rescored.map((a) => a.accountId)).toEqual([leaf]);
                expect(partial.stderr).toMatch(
                    /Refreshed the roll-up of 2 parent accounts above the rescored ones/
                );

                // What a full run computes now is what the parent and the top hold, though neither was rescored.
                const full = await scoreAsOf(org, '--format', 'json', '--dry-run');
                const now = rollupsOf((JSON.parse(full.stdout) as { accounts: TrustResult[] }).accounts);
                const after = await fields();
                for (const id of [parent, top]) {
                    const expectedRollup = now[id] as TrustResult['rollup'];
                    expect(after.get(id)).toEqual({
                        ...before.get(id),
                        Trust_Rollup_Score__c: expectedRollup?.score,
                        Trust_Rollup_Band__c: expectedRollup?.band
                    });
                    expect(after.get(id)?.Trust_Rollup_Score__c).not.toBe(
                        before.get(id)?.Trust_Rollup_Score__c
                    );
                }
                // Nothing else moved but the leaf's own fields.
                for (const [id, row] of after)
                    if (![parent, top, leaf].includes(id)) expect(row).toEqual(before.get(id));
            } finally {
                await org.close();
            }
        }
    );

    it('explains a parent of an org with its roll-up, reading only its subtree once baselines are stored', async () => {
        const { org } = await localOrg({ importFrom: folder });
        try {
            const model = path.join(__dirname, '..', '..', 'config', 'default-model.json');
            expect((await cliAsync(['model', 'push', model, ...orgArgs(org)])).status).toBe(0);
            expect((await cliAsync(['score', ...orgArgs(org), '--as-of', AS_OF])).status).toBe(0);
            const parent = expected.find((a) => a.rollup && a.rollup.children > 1) as TrustResult;
            const offline = await cliAsync(['explain', parent.accountId, '--from', folder, '--as-of', AS_OF]);
            const online = await cliAsync(['explain', parent.accountId, ...orgArgs(org), '--as-of', AS_OF]);
            expect(online.status).toBe(0);
            expect(offline.stdout).toContain(`Roll-up of the ${parent.rollup?.children} accounts below`);
            expect(online.stdout).toBe(
                `${offline.stdout.trimEnd()}\n\n(baselines stored by the last batch run)\n`
            );
        } finally {
            await org.close();
        }
    });

    it('gives the same roll-ups when the org is read in chunks that split the hierarchies', async () => {
        const { org } = await localOrg({ importFrom: folder });
        try {
            // 20 accounts a chunk: a parent (every 30th account) and its children land in different chunks.
            const run = await cliAsync(
                ['score', ...orgArgs(org), '--as-of', AS_OF, '--format', 'json', '--dry-run'],
                {
                    env: { TRUST_LEDGER_CHUNK_ACCOUNTS: '20' }
                }
            );
            expect(run.status).toBe(0);
            const online = (JSON.parse(run.stdout) as { accounts: TrustResult[] }).accounts;
            expect(Object.keys(rollupsOf(online))).toHaveLength(6);
            expect(rollupsOf(online)).toEqual(rollupsOf(expected));
        } finally {
            await org.close();
        }
    });
});
