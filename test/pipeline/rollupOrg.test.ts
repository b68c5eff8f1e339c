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
