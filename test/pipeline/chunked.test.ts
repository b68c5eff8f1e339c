/**
 * Large orgs are extracted once to disk and scored a chunk of accounts at a time (memory
 * bounded by a chunk). Forcing tiny chunks on a 1,000-account org must change nothing:
 * the same receipts, the same org state, the same API economy class.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TrustResult } from '../../engine/result';
import { generateDemoData } from '../../tools/demo';
import { cli } from '../support/cli';
import { cliAsync, localOrg, orgState } from '../support/localOrgRun';

jest.setTimeout(180_000);

const AS_OF = '2026-06-30';
let scratch: string;
let folder: string;

beforeAll(async () => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'trust-ledger-chunks-'));
    folder = path.join(scratch, 'org');
    await generateDemoData({ accounts: 1000, outDir: folder, seed: 23, referenceDate: AS_OF });
    process.env.TRUST_LEDGER_STATE_DIR = path.join(scratch, 'state');
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const orgArgs = (org: { instanceUrl: string; accessToken: string }): string[] => [
    '--instance-url',
    org.instanceUrl,
    '--access-token',
    org.accessToken
];
const SMALL_CHUNKS = { TRUST_LEDGER_CHUNK_ACCOUNTS: '150' };

describe('chunked extraction for large orgs', () => {
    it.each([
        ['REST', []],
        ['Bulk API 2.0', ['--bulk']]
    ])(
        'over %s leaves exactly the state of an in-memory run, and the same receipts as the CSV path',
        async (_label, flags) => {
            const whole = await localOrg({ importFrom: folder });
            const chunked = await localOrg({ importFrom: folder });
            try {
                expect((await cliAsync(['score', ...orgArgs(whole.org), '--as-of', AS_OF])).status).toBe(0);
                const run = await cliAsync(
                    ['score', ...orgArgs(chunked.org), '--as-of', AS_OF, '--format', 'json', ...flags],
                    { env: SMALL_CHUNKS }
                );
                expect(run.stderr).toMatch(/Scored 1,000 of 1,000 accounts/);
                expect(run.status).toBe(0);
                expect(await orgState(chunked.conn)).toEqual(await orgState(whole.conn));
                const offline = JSON.parse(
                    cli(['score', '--from', folder, '--as-of', AS_OF, '--format', 'json']).stdout
                ) as { accounts: TrustResult[] };
                expect((JSON.parse(run.stdout) as { accounts: TrustResult[] }).accounts).toEqual(
                    offline.accounts
                );
            } finally {
                await whole.org.close();
                await chunked.org.close();
            }
        }
    );

    it('resumes a crashed chunked run and ends in the same state', async () => {
        const clean = await localOrg({ importFrom: folder });
        const crashed = await localOrg({ importFrom: folder });
        const env = { ...SMALL_CHUNKS, TRUST_LEDGER_STATE_DIR: path.join(scratch, 'crash') };
        try {
            expect((await cliAsync(['score', ...orgArgs(clean.org), '--as-of', AS_OF])).status).toBe(0);
            const killed = await cliAsync(['score', ...orgArgs(crashed.org), '--as-of', AS_OF], {
                env: { ...env, TRUST_LEDGER_CRASH_AFTER_BATCHES: '3' }
            });
            expect(killed.status).toBeNull();
            const rerun = await cliAsync(['score', ...orgArgs(crashed.org), '--as-of', AS_OF], { env });
            expect(rerun.status).toBe(0);
            expect(rerun.stdout).toMatch(
                /Resumed an interrupted run: the first 600 accounts were already written/
            );
            expect(await orgState(crashed.conn)).toEqual(await orgState(clean.conn));
        } finally {
            await clean.org.close();
            await crashed.org.close();
        }
    });
});
