/**
 * `model push` against the local org saves a version the way the setup page does: the
 * baselines the last batch run stored on the active version go with the new one, so the
 * panel keeps scoring with the org's own baselines, not the shipped defaults.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Connection } from '@jsforce/jsforce-node';
import { pushModel } from '../../cli/commands/model';
import { readModel } from '../../cli/args';
import { bufferIo } from '../support/bufferIo';
import { OrgApi } from '../../batch/org';
import { readActiveModel } from '../../batch/org/modelStore';
import { SMALL_ORG, withoutProgress } from '../support/cli';
import { cliAsync, localOrg } from '../support/localOrgRun';

jest.setTimeout(120_000);

const AS_OF = '2026-06-30';
const DEFAULT_MODEL = path.join(__dirname, '..', '..', 'config', 'default-model.json');
let scratch: string;

beforeAll(() => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'trust-ledger-push-'));
    process.env.TRUST_LEDGER_STATE_DIR = path.join(scratch, 'state');
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface VersionRow {
    Id: string;
    Version__c: number;
    Active__c: boolean;
    Baselines__c: string | null;
    Notes__c: string | null;
}

describe('model push', () => {
    it('carries the baselines the batch stored on the active version to the new version', async () => {
        const { org, conn } = await localOrg({ importFrom: SMALL_ORG });
        const orgArgs = ['--instance-url', org.instanceUrl, '--access-token', org.accessToken];
        try {
            const first = await cliAsync(['model', 'push', DEFAULT_MODEL, ...orgArgs]);
            expect(first.status).toBe(0);
            // The batch run computes the org's baselines and stores them on the active version.
            expect((await cliAsync(['score', ...orgArgs, '--as-of', AS_OF, '--quiet'])).status).toBe(0);
            const stored = (
                await conn.query<VersionRow>(
                    'SELECT Id, Baselines__c FROM Trust_Model__c WHERE Active__c = true'
                )
            ).records[0]?.Baselines__c;
            expect(JSON.parse(stored ?? 'null')).toMatchObject({ computedAsOf: AS_OF });

            const model = JSON.parse(readFileSync(DEFAULT_MODEL, 'utf8')) as { name: string };
            const file = path.join(scratch, 'model.json');
            writeFileSync(file, JSON.stringify({ ...model, name: 'Promises first' }));
            const second = await cliAsync(['model', 'push', file, ...orgArgs, '--notes', '  promises  ']);
            expect(withoutProgress(second.stderr)).toBe('');
            expect(second.status).toBe(0);
            expect(second.stdout).toMatch(/saved model "Promises first" as version 2 \(\w+\)/);

            const versions = await conn.query<VersionRow>(
                'SELECT Id, Version__c, Active__c, Baselines__c, Notes__c FROM Trust_Model__c ORDER BY Version__c'
            );
            expect(versions.records[1]?.Baselines__c).toBe(stored);
            expect(versions.records.map((r) => [r.Version__c, r.Active__c, r.Notes__c])).toEqual([
                [1, false, `Pushed from ${DEFAULT_MODEL}`],
                [2, true, 'promises']
            ]);
            // What the panel and a partial run read: the new version, with the org's baselines.
            const active = await readActiveModel(new OrgApi(conn));
            expect(active.model.name).toBe('Promises first');
            expect(active.storedBaselines).toMatchObject({ accounts: expect.any(Number) });
        } finally {
            await org.close();
        }
    });

    it('says which old version is still active when it cannot be deactivated, and still succeeds', async () => {
        // A connection whose org holds versions 1 (active, with baselines) and lets no one edit it.
        const requests: { method: string; url: string; body?: string }[] = [];
        const conn = {
            version: '62.0',
            instanceUrl: 'https://example.my.salesforce.com',
            request: (request: { method: string; url: string; body?: string }) => {
                requests.push(request);
                if (request.method === 'GET')
                    return Promise.resolve({
                        totalSize: 1,
                        done: true,
                        records: [
                            { Id: 'a0C1', Version__c: 1, Active__c: true, Baselines__c: '{"accounts":4}' }
                        ]
                    });
                if (request.method === 'POST')
                    return Promise.resolve({ id: 'a0C2', success: true, errors: [] });
                return Promise.reject(
                    Object.assign(new Error('insufficient access rights on object id'), {
                        errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY'
                    })
                );
            }
        } as unknown as Connection;
        const io = bufferIo();
        expect(await pushModel(new OrgApi(conn), readModel(DEFAULT_MODEL), 'Pushed', io)).toBe(0);
        expect(io.err()).toMatch(/could not deactivate version 1; the new version is used/);
        expect(io.out()).toMatch(/saved model "Default" as version 2 \(a0C2\)/);
        const created = JSON.parse(requests.find((r) => r.method === 'POST')?.body ?? '{}') as Record<
            string,
            unknown
        >;
        expect(created).toMatchObject({ Version__c: 2, Active__c: true, Baselines__c: '{"accounts":4}' });
        expect(requests.map((r) => `${r.method} ${r.url.split('?')[0]}`)).toEqual([
            'GET /services/data/v62.0/query',
            'POST /services/data/v62.0/sobjects/Trust_Model__c',
            'PATCH /services/data/v62.0/sobjects/Trust_Model__c/a0C1'
        ]);
    });
});
