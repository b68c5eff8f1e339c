/**
 * Models per segment score alike in the panel and the batch: the demo export, with an Industry
 * column, is scored by `trust-ledger score --from` with two segment models and the default
 * (`--model` in priority order); the same models are pushed to a local org loaded with the same
 * export and a batch run stores each model's baselines. Then the panel's path, through the
 * local org's real UI API: PANEL_QUERY's Trust_Model__c versions (`modelsInForce`), the
 * account's segment field read as `getRecord` reads it (optional field), the account's model
 * and baselines (`accountModelVersion`), the evidence queries of c/trustQueries, and the
 * engine: for an account of each segment and one in none, the result is the CLI's.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDay } from '../../engine/dates';
import { defaultModel, type TrustModel } from '../../engine/model';
import type { TrustResult } from '../../engine/result';
import { scoreAccount } from '../../engine/score';
import { EvidencePager } from '../../records/graphqlEvidence';
import { accountModelVersion, modelsInForce, segmentReading } from '../../records/modelsInForce';
import { call } from '../localOrg/helpers';
import { records } from '../localOrg/uiapiSupport';
import { cli, REPO } from '../support/cli';
import { evidenceQueries, sharedQuery } from '../support/graphqlFake';
import { addAccountColumn } from '../support/segments';
import { cliAsync, localOrg, orgArgs } from '../support/localOrgRun';

jest.setTimeout(180_000);

const AS_OF = '2026-06-30';
/**
 * Two accounts in five are banks (60 of the 150: enough for their own baselines), one in five
 * retailers (30: too few, so their model takes the org-wide figures), the rest in no segment.
 */
const INDUSTRIES = ['Banking', 'Retail', 'Banking', 'Energy', ''];
let scratch: string;
let folder: string;
const files: Record<'banking' | 'retail' | 'fallback', string> = { banking: '', retail: '', fallback: '' };

function segmentModel(name: string, industry: string, weights: Partial<Record<string, number>>): TrustModel {
    const model = defaultModel();
    const signals = { ...model.signals };
    for (const [id, weight] of Object.entries(weights)) {
        const signal = signals[id as keyof typeof signals];
        signals[id as keyof typeof signals] = { ...signal, weight: weight as number };
    }
    return { ...model, name, signals, segment: { field: 'Industry', values: [industry] } };
}

beforeAll(() => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'trust-ledger-segments-panel-'));
    folder = path.join(scratch, 'org');
    cpSync(path.join(REPO, 'data', 'demo'), folder, { recursive: true });
    addAccountColumn(folder, 'Industry', (i) => INDUSTRIES[i % INDUSTRIES.length] as string);
    const models = {
        banking: segmentModel('Banks', 'Banking', { promiseKeeping: 9, winRate: 1 }),
        retail: segmentModel('Retailers', 'Retail', { caseHealth: 8, dealVelocity: 0 }),
        fallback: defaultModel()
    };
    for (const key of ['banking', 'retail', 'fallback'] as const) {
        files[key] = path.join(scratch, `${key}.json`);
        writeFileSync(files[key], JSON.stringify(models[key]));
    }
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

process.env.TRUST_LEDGER_STATE_DIR = path.join(
    os.tmpdir(),
    `trust-ledger-state-segments-panel-${process.pid}`
);

describe('models per segment in the panel', () => {
    it('recalculates an account of each segment, and one in none, exactly as `score --from` scores it', async () => {
        const modelArgs = ['--model', files.banking, '--model', files.retail, '--model', files.fallback];
        const offline = cli(['score', '--from', folder, '--as-of', AS_OF, '--format', 'json', ...modelArgs]);
        expect(offline.status).toBe(0);
        const expected = (JSON.parse(offline.stdout) as { accounts: TrustResult[] }).accounts;
        // One account scored by each model: a bank, a retailer, and an account in no segment.
        const sample = ['Banks', 'Retailers', 'Default'].map((name) => {
            const account = expected.find((a) => a.model?.name === name);
            if (!account) throw new Error(`no account scored by ${name}`);
            return account;
        });

        const { org } = await localOrg({ importFrom: folder });
        try {
            const push = (file: string, ...extra: string[]) =>
                cliAsync(['model', 'push', file, ...orgArgs(org), ...extra]);
            expect((await push(files.fallback)).status).toBe(0);
            expect((await push(files.retail, '--priority', '2')).status).toBe(0);
            expect((await push(files.banking, '--priority', '1')).status).toBe(0);
            // The nightly run: it stores each model's baselines on its Trust_Model__c.
            const run = await cliAsync(['score', ...orgArgs(org), '--as-of', AS_OF, '--format', 'json']);
            expect(run.status).toBe(0);

            const queries = evidenceQueries();
            const day = parseDay(AS_OF) as number;
            for (const account of sample) {
                const panel = await records(org, sharedQuery('PANEL_QUERY'), {
                    accountId: account.accountId
                });
                const inForce = modelsInForce(panel.Trust_Model__c);
                expect(inForce.problem).toBeNull();
                expect(inForce.versions.map((v) => v.name)).toEqual(['Banks', 'Retailers', 'Default']);
                const optional = inForce.segmentFields.map((f) => `Account.${f}`).join(',');
                const record = await call(
                    org,
                    'GET',
                    `/ui-api/records/${account.accountId}?optionalFields=${encodeURIComponent(optional)}`
                );
                expect(record.status).toBe(200);
                const reading = segmentReading(record.body as never, inForce.segmentFields);
                expect(reading.unread).toEqual([]);
                const version = accountModelVersion(inForce, reading.values);
                expect(version?.name).toBe(account.model?.name);
                // The batch stored baselines on every version: the panel scores with the chosen one's.
                expect(version?.hasStoredBaselines).toBe(true);

                const pager = new EvidencePager(account.accountId, 200, 20_000);
                for (let step = pager.nextQuery; step !== null; step = pager.nextQuery)
                    pager.add((await records(org, queries[step], pager.variables())) as never);
                expect(pager.complete).toBe(true);
                const result = scoreAccount(
                    pager.evidence(),
                    version?.model as TrustModel,
                    version?.baselines as never,
                    day
                );
                // Everything but the model's version, which the org numbers on push.
                const withoutVersion = (r: TrustResult) => ({ ...r, model: r.model?.name });
                expect(withoutVersion(JSON.parse(JSON.stringify(result)) as TrustResult)).toEqual(
                    withoutVersion(account)
                );
                // The choice mattered: the default model scores a segment's account otherwise.
                const fallback = inForce.versions[2];
                if (fallback && version !== fallback && fallback.model) {
                    const other = scoreAccount(pager.evidence(), fallback.model, fallback.baselines, day);
                    expect(other.score).not.toBe(result.score);
                }
            }
        } finally {
            await org.close();
        }
    });
});
