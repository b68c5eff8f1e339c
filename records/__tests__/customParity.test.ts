/**
 * A model with custom signals scores alike in the panel and the batch: the custom-signals
 * example export, read once as CSV by `trust-ledger score --from` and once through the local
 * org's real UI API GraphQL endpoint (the catalog queries of c/trustQueries, then one query
 * per custom object built from the model; any error fails), gives identical JSON for every
 * account.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { computeBaselines, normaliseBaselines } from '../../engine/baselines';
import { parseDay } from '../../engine/dates';
import { parseModelJson } from '../../engine/model';
import { scoreAccount } from '../../engine/score';
import type { AccountEvidence } from '../../engine/evidence';
import { customEvidenceObjects } from '../customEvidence';
import { EvidencePager } from '../graphqlEvidence';
import { cli, REPO } from '../../test/support/cli';
import { evidenceQueries } from '../../test/support/graphqlFake';
import { records } from '../../test/localOrg/uiapiSupport';
import { startLocalOrg, type LocalOrg } from '../../tools/localOrg';

jest.setTimeout(60_000);

const EXAMPLES = path.join(REPO, 'examples', 'custom-signals');
const FOLDER = path.join(EXAMPLES, 'export');
const AS_OF = '2026-06-30';

type Signals = Record<string, { score: number | null }>;

describe.each([
    [
        'product usage',
        path.join(EXAMPLES, 'product-usage-model.json'),
        ['Product_Usage__c'],
        ['productUsage']
    ],
    [
        'recipes',
        path.join(EXAMPLES, 'recipes-model.json'),
        ['Product_Usage__c', 'Survey__c', 'Event', 'Invoice__c'],
        ['productUsage', 'nps', 'csat', 'meetingsHeld', 'overdueInvoices']
    ]
])('custom signals of the %s model over the local org', (_name, modelFile, objectNames, signalIds) => {
    const model = parseModelJson(readFileSync(modelFile, 'utf8'), modelFile);
    const day = parseDay(AS_OF) as number;
    const queries = evidenceQueries();
    let org: LocalOrg;
    beforeAll(async () => {
        org = await startLocalOrg({ dataDir: ':memory:', importFrom: FOLDER, log: () => undefined });
    });
    afterAll(async () => {
        await org.close();
    });

    it('scores every account exactly as `trust-ledger score --from` does', async () => {
        const args = ['score', '--from', FOLDER, '--model', modelFile, '--as-of', AS_OF, '--format', 'json'];
        const run = cli(args);
        expect(run.status).toBe(0);
        const expected = JSON.parse(run.stdout) as {
            accounts: Array<{ accountId: string; signals: Signals }>;
        };
        const objects = customEvidenceObjects(model);
        expect(objects.map((o) => o.object)).toEqual(objectNames);
        const evidence: AccountEvidence[] = [];
        let customRequests = 0;
        for (const account of expected.accounts) {
            const pager = new EvidencePager(account.accountId, 200, 20_000, objects);
            for (let step = pager.nextQuery; step !== null; step = pager.nextQuery) {
                pager.add((await records(org, queries[step], pager.variables())) as never);
            }
            for (let text = pager.customQuery(); text !== null; text = pager.customQuery()) {
                customRequests += 1;
                pager.add((await records(org, text, pager.variables())) as never);
            }
            expect(pager.done).toBe(true);
            expect(pager.complete).toBe(true);
            evidence.push(pager.evidence());
        }
        expect(customRequests).toBe(objects.length * expected.accounts.length);
        // The records did arrive: the first account has rows of every custom object.
        const first = Object.values(evidence[0]?.custom ?? {});
        expect(first).toHaveLength(objects.length);
        for (const rows of first) expect(rows.length).toBeGreaterThan(0);
        const stored = normaliseBaselines(JSON.parse(JSON.stringify(computeBaselines(evidence, model, day))));
        const actual = evidence.map((e) => JSON.parse(JSON.stringify(scoreAccount(e, model, stored, day))));
        expect(actual).toEqual(expected.accounts);
        // The custom signals were scored, not left out: the parity covers them.
        for (const id of signalIds) expect(expected.accounts[0]?.signals[id]?.score).not.toBeNull();
    });
});
