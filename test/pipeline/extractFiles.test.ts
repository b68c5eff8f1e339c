/**
 * The chunked extract is a full copy of the org's evidence on disk: it must be readable by the
 * run's user only (folders 0700, files 0600), and a run killed before it could remove it must
 * not leave it there for good: the next run removes extracts of dead runs.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateDemoData } from '../../tools/demo';
import { cliWithFileLimit } from '../support/fileLimit';
import { cliAsync, localOrg } from '../support/localOrgRun';

jest.setTimeout(120_000);

const AS_OF = '2026-06-30';
let scratch: string;
let folder: string;

beforeAll(async () => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'trust-ledger-extract-'));
    folder = path.join(scratch, 'org');
    await generateDemoData({ accounts: 200, outDir: folder, seed: 5, referenceDate: AS_OF });
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every folder and file under `dir` with its permission bits, relative to `dir`. */
function modes(dir: string): Record<string, number> {
    const found: Record<string, number> = { '.': statSync(dir).mode & 0o777 };
    for (const entry of readdirSync(dir, { recursive: true }) as string[])
        found[entry] = statSync(path.join(dir, entry)).mode & 0o777;
    return found;
}

describe('the chunked extract on disk', () => {
    it('is owner-only, and a killed run’s extract is removed by the next run', async () => {
        const { org } = await localOrg({ importFrom: folder });
        const state = path.join(scratch, 'state');
        const args = [
            'score',
            '--instance-url',
            org.instanceUrl,
            '--access-token',
            org.accessToken,
            '--as-of',
            AS_OF
        ];
        const env = { TRUST_LEDGER_STATE_DIR: state, TRUST_LEDGER_CHUNK_ACCOUNTS: '50' };
        try {
            const killed = await cliAsync(args, { env: { ...env, TRUST_LEDGER_CRASH_AFTER_BATCHES: '1' } });
            expect(killed.status).toBeNull();
            const left = readdirSync(state).filter((name) => name.startsWith('extract-'));
            expect(left).toHaveLength(1);
            const extract = path.join(state, left[0] as string);
            const found = modes(extract);
            const files = Object.keys(found).filter((name) => name.endsWith('.csv'));
            expect(files.length).toBeGreaterThanOrEqual(4);
            for (const [name, mode] of Object.entries(found))
                expect([name, mode.toString(8)]).toEqual([name, name.endsWith('.csv') ? '600' : '700']);

            const rerun = await cliAsync(args, { env });
            expect(rerun.status).toBe(0);
            expect(readdirSync(state).filter((name) => name.startsWith('extract-'))).toEqual([]);
        } finally {
            await org.close();
        }
    });

    it('a full disk during the extract stops the run and removes the extract', async () => {
        const { org } = await localOrg({ importFrom: folder });
        const state = path.join(scratch, 'full');
        try {
            // 16 KiB per file: the first chunk's Opportunity.csv does not fit.
            const run = await cliWithFileLimit(
                16,
                [
                    'score',
                    '--instance-url',
                    org.instanceUrl,
                    '--access-token',
                    org.accessToken,
                    '--as-of',
                    AS_OF
                ],
                { TRUST_LEDGER_STATE_DIR: state, TRUST_LEDGER_CHUNK_ACCOUNTS: '100' }
            );
            expect(run.status).toBe(1);
            expect(run.stderr).toContain('EFBIG');
            expect(run.stderr).not.toContain("Unhandled 'error' event");
            expect(readdirSync(state).filter((name) => name.startsWith('extract-'))).toEqual([]);
        } finally {
            await org.close();
        }
    });
});
