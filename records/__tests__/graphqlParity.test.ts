/**
 * "Recalculate now" in the panel equals the batch CLI: the same export, read once as CSV by
 * `trust-ledger score --from` and once as UI API GraphQL pages through EvidencePager, with
 * the baselines the batch stores on the model, gives identical JSON for every account.
 */
import path from 'node:path';
import { computeBaselines, normaliseBaselines } from '../../engine/baselines';
import { parseDay } from '../../engine/dates';
import { defaultModel } from '../../engine/model';
import { scoreAccount } from '../../engine/score';
import type { AccountEvidence } from '../../engine/evidence';
import { EvidencePager } from '../graphqlEvidence';
import { cli, REPO, SMALL_ORG } from '../../test/support/cli';
import { evidenceQueries, pageEvidence, readCsvOrg } from '../../test/support/graphqlFake';
import { startLocalOrg, type LocalOrg } from '../../tools/localOrg';

// The demo export (150 accounts) is scored twice and served page by page over HTTP.
jest.setTimeout(60_000);

function evidenceOverGraphql(
    folder: string,
    pageSize: number
): { evidence: AccountEvidence[]; requests: number } {
    const org = readCsvOrg(folder);
    let requests = 0;
    const evidence = org.rows.Account.map((account) => {
        const pager = new EvidencePager(account.Id as string, pageSize, null);
        pageEvidence(org, pager);
        expect(pager.complete).toBe(true);
        requests += pager.requests;
        return pager.evidence();
    });
    return { evidence, requests };
}

describe.each([
    ['test/fixtures/small-org', SMALL_ORG, '2026-06-30', 2],
    ['data/demo', path.join(REPO, 'data', 'demo'), '2026-06-30', 7]
])('GraphQL evidence of %s', (_name, folder, asOf, pageSize) => {
    const cliRun = cli(['score', '--from', folder, '--as-of', asOf, '--format', 'json']);
    const expected = JSON.parse(cliRun.stdout) as { accounts: Array<{ accountId: string }> };
    const day = parseDay(asOf) as number;
    const model = defaultModel();
    const { evidence, requests } = evidenceOverGraphql(folder, pageSize);
    // What the batch stores in Trust_Model__c.Baselines__c and the panel reads back.
    const stored = normaliseBaselines(JSON.parse(JSON.stringify(computeBaselines(evidence, model, day))));

    it('pages every connection to the end (small pages force several requests per account)', () => {
        expect(cliRun.status).toBe(0);
        expect(requests).toBeGreaterThan(evidence.length);
    });

    it('scores every account exactly as `trust-ledger score --from` does', () => {
        const actual = evidence.map((e) => JSON.parse(JSON.stringify(scoreAccount(e, model, stored, day))));
        const byId = new Map(actual.map((r: { accountId: string }) => [r.accountId, r]));
        expect(expected.accounts.length).toBe(evidence.length);
        for (const account of expected.accounts) expect(byId.get(account.accountId)).toEqual(account);
    });
});

/**
 * The same proof through the local org's real UI API GraphQL endpoint (the one the browser
 * preview uses): the export imported into SQLite, the queries of c/trustQueries sent over
 * HTTP page by page, the answers read by EvidencePager.
 */
describe.each([
    ['test/fixtures/small-org', SMALL_ORG, 3],
    ['data/demo', path.join(REPO, 'data', 'demo'), 200]
])('GraphQL evidence of %s served by the local org', (_name, folder, pageSize) => {
    const asOf = '2026-06-30';
    const day = parseDay(asOf) as number;
    const model = defaultModel();
    const queries = evidenceQueries();
    let org: LocalOrg;
    beforeAll(async () => {
        org = await startLocalOrg({ dataDir: ':memory:', importFrom: folder, log: () => undefined });
    });
    afterAll(async () => {
        await org.close();
    });

    async function post(query: string, variables: Record<string, unknown>): Promise<unknown> {
        const response = await fetch(`${org.instanceUrl}/services/data/v62.0/graphql`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${org.accessToken}`, 'Content-Type': 'application/json' },
            body: JSON.stringify({ query, variables })
        });
        const body = (await response.json()) as { data?: { uiapi: { query: unknown } }; errors?: unknown };
        if (response.status !== 200 || body.errors) throw new Error(JSON.stringify(body));
        return body.data?.uiapi.query;
    }

    it('scores every account exactly as `trust-ledger score --from` does', async () => {
        const expected = JSON.parse(
            cli(['score', '--from', folder, '--as-of', asOf, '--format', 'json']).stdout
        ) as {
            accounts: Array<{ accountId: string }>;
        };
        const evidence: AccountEvidence[] = [];
        for (const account of expected.accounts) {
            // A page size of 200 or more is what the UI API allows with an upper bound.
            const pager = new EvidencePager(account.accountId, pageSize, pageSize >= 200 ? 20_000 : null);
            for (let step = pager.nextQuery; step !== null; step = pager.nextQuery) {
                pager.add((await post(queries[step], pager.variables())) as never);
            }
            expect(pager.complete).toBe(true);
            evidence.push(pager.evidence());
        }
        const stored = normaliseBaselines(JSON.parse(JSON.stringify(computeBaselines(evidence, model, day))));
        const actual = evidence.map((e) => JSON.parse(JSON.stringify(scoreAccount(e, model, stored, day))));
        expect(actual).toEqual(expected.accounts);
        // It starts the CLI and sends a few hundred HTTP requests: seconds on a busy machine.
    }, 60_000);
});
