/**
 * `demo-data load` of an export with account hierarchies, into an empty local org through the
 * CLI: every ParentId is written on create, pointed at the parent's new id (parents are created
 * in an earlier call than the accounts below them), a re-run adds nothing, and the loaded org
 * has the export's hierarchies for the roll-ups. A ParentId cycle is refused before the org is touched.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { TrustResult } from '../../engine/result';
import { generateDemoData } from '../../tools/demo';
import { cli } from '../support/cli';
import { cliAsync, localOrg, orgArgs } from '../support/localOrgRun';

jest.setTimeout(180_000);

const AS_OF = '2026-06-30';
let scratch: string;
let folder: string;

type Csv = Record<string, string>[];
const accountsOf = (dir: string): Csv =>
    parse(readFileSync(path.join(dir, 'Account.csv')), { columns: true, bom: true }) as Csv;

beforeAll(async () => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'trust-ledger-load-hierarchy-'));
    folder = path.join(scratch, 'export');
    await generateDemoData({
        accounts: 60,
        outDir: folder,
        seed: 11,
        referenceDate: AS_OF,
        hierarchies: true
    });
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function load(org: { instanceUrl: string; accessToken: string }, stateDir: string, from = folder) {
    const run = await cliAsync(['demo-data', 'load', '--from', from, ...orgArgs(org), '--json'], {
        env: { TRUST_LEDGER_STATE_DIR: stateDir }
    });
    return {
        status: run.status,
        stderr: run.stderr,
        json:
            run.status === 0
                ? (JSON.parse(run.stdout) as {
                      idMapFile: string;
                      totals: { created: number; failed: number };
                      failures: unknown[];
                  })
                : null
    };
}

describe('demo-data load of account hierarchies', () => {
    it('writes every ParentId to the parent’s new id, adds nothing when run again, and keeps the export’s hierarchies', async () => {
        const exported = accountsOf(folder);
        const withParent = exported.filter((a) => a.ParentId !== '');
        // Two blocks of the demo's hierarchy shape: a top with three children, one with a child.
        expect(withParent).toHaveLength(8);
        const state = path.join(scratch, 'state');
        const { org, conn } = await localOrg({ auditFields: true });
        try {
            const run = await load(org, state);
            expect(run.status).toBe(0);
            expect(run.json?.failures).toEqual([]);
            const ids = (
                JSON.parse(readFileSync(run.json?.idMapFile as string, 'utf8')) as {
                    objects: { Account: Record<string, string> };
                }
            ).objects.Account;
            const rows = await conn.query<{ Id: string; ParentId: string | null }>(
                'SELECT Id, ParentId FROM Account'
            );
            const parentInOrg = new Map(rows.records.map((r) => [r.Id, r.ParentId]));
            for (const a of exported) {
                const expected = a.ParentId === '' ? null : ids[a.ParentId as string];
                expect([a.Id, parentInOrg.get(ids[a.Id as string] as string)]).toEqual([a.Id, expected]);
            }

            const again = await load(org, state);
            expect(again.json?.totals).toEqual({ created: 0, failed: 0 });

            // The loaded org has the export's hierarchies: the same parents with the same accounts
            // below and weights. (Its scores differ: history and milestone rows cannot be loaded.)
            const offline = JSON.parse(
                cli(['score', '--from', folder, '--as-of', AS_OF, '--format', 'json']).stdout
            ) as { accounts: TrustResult[] };
            const online = await cliAsync(['score', ...orgArgs(org), '--as-of', AS_OF, '--format', 'json']);
            expect(online.status).toBe(0);
            const exportIdOf = new Map(Object.entries(ids).map(([exportId, orgId]) => [orgId, exportId]));
            const rollups = (accounts: TrustResult[], idOf: (id: string) => string) =>
                Object.fromEntries(
                    accounts
                        .filter((a) => a.rollup)
                        .map((a) => [idOf(a.accountId), [a.rollup?.children, a.rollup?.weightBasis]])
                );
            expect(
                rollups(
                    (JSON.parse(online.stdout) as { accounts: TrustResult[] }).accounts,
                    (id) => exportIdOf.get(id) ?? id
                )
            ).toEqual(rollups(offline.accounts, (id) => id));
        } finally {
            await org.close();
        }
    });

    it('refuses a ParentId cycle with exit 2 and the line, before the org is touched', async () => {
        const cyclic = path.join(scratch, 'cyclic');
        await generateDemoData({
            accounts: 30,
            outDir: cyclic,
            seed: 11,
            referenceDate: AS_OF,
            hierarchies: true
        });
        const lines = readFileSync(path.join(cyclic, 'Account.csv'), 'utf8').split('\n');
        // The top of the hierarchy (line 2) is put under its own child (line 3).
        const child = (lines[2] as string).split(',')[0] as string;
        lines[1] = (lines[1] as string).replace(/,$/, `,${child}`);
        writeFileSync(path.join(cyclic, 'Account.csv'), lines.join('\n'));
        const { org, conn } = await localOrg();
        try {
            const run = await load(org, path.join(scratch, 'state-cyclic'), cyclic);
            expect(run.status).toBe(2);
            expect(run.stderr).toMatch(/Account\.csv:\d+.*ParentId/);
            expect((await conn.query('SELECT Id FROM Account')).totalSize).toBe(0);
        } finally {
            await org.close();
        }
    });
});
