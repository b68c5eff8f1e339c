/**
 * Governed overrides on the org path: the local org serves `Trust_Override__c` from the
 * package metadata, the batch reads it (REST and Bulk API 2.0) like every evidence object,
 * reports the band in force and stores both bands on the receipt.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TrustResult } from '../../engine/result';
import { cli, scratchCopy } from '../support/cli';
import { cliAsync, localOrg } from '../support/localOrgRun';

jest.setTimeout(120_000);

const AS_OF = '2026-06-30';
const NORTHWIND = '001000000000001AAA';

let scratch: { dir: string; cleanup: () => void };
let offline: TrustResult[];

beforeAll(() => {
    scratch = scratchCopy();
    writeFileSync(
        path.join(scratch.dir, 'Trust_Override__c.csv'),
        [
            'Id,Account__c,Band__c,Reason__c,Expires_On__c,CreatedDate',
            `a0O000000000001AAA,${NORTHWIND},At Risk,Legal dispute opened by the customer's CFO,2026-07-31,2026-06-01T09:00:00.000Z`,
            `a0O000000000002AAA,${NORTHWIND},Trusted,Superseded by the later override,2026-07-31,2026-05-01T09:00:00.000Z`
        ].join('\n') + '\n'
    );
    const run = cli(['score', '--from', scratch.dir, '--as-of', AS_OF, '--format', 'json']);
    expect(run.status).toBe(0);
    offline = (JSON.parse(run.stdout) as { accounts: TrustResult[] }).accounts;
});

afterAll(() => scratch.cleanup());

/** Runs keep their checkpoints apart from other test files'. */
process.env.TRUST_LEDGER_STATE_DIR = path.join(os.tmpdir(), `trust-ledger-state-overrides-${process.pid}`);

const byId = (list: TrustResult[]) => [...list].sort((x, y) => (x.accountId < y.accountId ? -1 : 1));

describe('overrides read from an org', () => {
    it('the export path applies the latest override', () => {
        const northwind = offline.find((a) => a.accountId === NORTHWIND);
        expect(northwind?.band).toBe('At Risk');
        expect(northwind?.override?.recordId).toBe('a0O000000000001AAA');
    });

    it.each([[[]], [['--bulk']]])('gives the export path’s result, override included (%j)', async (extra) => {
        const { org } = await localOrg({ importFrom: scratch.dir });
        try {
            const args = ['--instance-url', org.instanceUrl, '--access-token', org.accessToken];
            const online = await cliAsync([
                'score',
                ...args,
                ...extra,
                '--as-of',
                AS_OF,
                '--format',
                'json',
                '--dry-run'
            ]);
            expect(online.status).toBe(0);
            const accounts = (JSON.parse(online.stdout) as { accounts: TrustResult[] }).accounts;
            expect(byId(accounts)).toEqual(byId(offline));
        } finally {
            await org.close();
        }
    });

    it('stores both bands on the receipt and the override band on the Account', async () => {
        const { org, conn } = await localOrg({ importFrom: scratch.dir });
        try {
            const args = ['--instance-url', org.instanceUrl, '--access-token', org.accessToken];
            const run = await cliAsync(['score', ...args, '--as-of', AS_OF]);
            expect(run.status).toBe(0);
            const expected = offline.find((a) => a.accountId === NORTHWIND) as TrustResult;
            const receipts = await conn.query<Record<string, unknown>>(
                `SELECT Band__c, Computed_Band__c, Score__c FROM Trust_Score__c WHERE Account__c = '${NORTHWIND}'`
            );
            expect(receipts.records[0]).toMatchObject({
                Band__c: 'At Risk',
                Computed_Band__c: expected.override?.computedBand,
                Score__c: expected.score
            });
            const account = await conn.query<Record<string, unknown>>(
                `SELECT Current_Trust_Band__c FROM Account WHERE Id = '${NORTHWIND}'`
            );
            expect(account.records[0]?.Current_Trust_Band__c).toBe('At Risk');
        } finally {
            await org.close();
        }
    });
});
