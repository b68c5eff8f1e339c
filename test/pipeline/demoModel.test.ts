/**
 * `npm start`'s demo model: saved into an org with no model version at all, so the first run
 * scores the demo export's product usage as a custom signal; never over a model saved since.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TrustResult } from '../../engine/result';
import { connect, OrgApi } from '../../batch/org';
import { runOrgScore } from '../../batch/run';
import { DEMO_FOLDER, readAsOf } from '../../cli/args';
import { ensureDemoModel } from '../../cli/commands/demoModel';
import { startLocalOrg, type LocalOrg } from '../../tools/localOrg';

let org: LocalOrg;
let api: OrgApi;

beforeAll(async () => {
    org = await startLocalOrg({ dataDir: ':memory:', importFrom: DEMO_FOLDER, log: () => undefined });
    api = new OrgApi(await connect({ instanceUrl: org.instanceUrl, accessToken: org.accessToken }));
}, 60_000);
afterAll(() => org.close());

type ModelRow = { Name: string; Version__c: number; Active__c: boolean; Definition__c: string };
const models = async () =>
    (await api.query<ModelRow>('SELECT Name, Version__c, Active__c, Definition__c FROM Trust_Model__c'))
        .records;

describe("npm start's demo model", () => {
    it('is saved as the active version 1 of an org without a model, and scores product usage', async () => {
        const saved = await ensureDemoModel(api);
        expect(saved?.customSignals?.map((s) => s.id)).toEqual(['productUsage']);
        const rows = await models();
        expect(rows.map((r) => [r.Name, r.Version__c, r.Active__c])).toEqual([
            ['Default with product usage', 1, true]
        ]);
        const results: TrustResult[] = [];
        const summary = await runOrgScore({
            api,
            asOf: readAsOf('2026-06-30'),
            bulk: false,
            dryRun: true,
            onlyChangedSince: null,
            checkpointDir: mkdtempSync(path.join(os.tmpdir(), 'trust-ledger-demo-model-')),
            onResult: async (result) => {
                results.push(result);
            }
        });
        expect([summary.model.name, summary.accountsScored]).toEqual(['Default with product usage', 150]);
        // The demo export has usage rows for most accounts: the signal is scored, not left out.
        const withUsage = results.filter((r) => typeof r.signals.productUsage?.score === 'number');
        expect(withUsage.length).toBeGreaterThan(100);
    }, 60_000);

    it('leaves an org that has a model as it is', async () => {
        await expect(ensureDemoModel(api)).resolves.toBeNull();
        expect(await models()).toHaveLength(1);
    });
});
