/**
 * The org path reads the objects a model's custom signals read once, with the same staging as
 * a CSV export: one query (REST) or one Bulk API 2.0 job per object, chunked like the other
 * evidence, into the `custom` evidence the engine receives (dates as whole UTC days, a datetime
 * as its day), the same through REST, Bulk and chunks, and scored as `score --from` scores
 * the export it came from.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AccountEvidence } from '../../engine/evidence';
import { defaultModel, type TrustModel } from '../../engine/model';
import { OrgApi } from '../../batch/org/orgApi';
import { openOrgInput } from '../../batch/run/orgInput';
import { readAsOf, readModels } from '../../cli/args';
import { explainFromFolder, explainFromOrg } from '../../cli/commands/explain';
import { makeId } from '../../tools/localOrg';
import { cli, REPO } from '../support/cli';
import { USAGE_SIGNAL } from '../support/customSignals';
import { cliAsync, localOrg, orgArgs } from '../support/localOrgRun';
import { writeExport } from '../localOrg/helpers';

jest.setTimeout(60_000);

/** The default model with the documented product usage signal over `Product_Usage__c`. */
const withUsage: TrustModel = { ...defaultModel(), customSignals: [USAGE_SIGNAL] };
const ACCOUNTS = [makeId('001', 1, 'Kd'), makeId('001', 2, 'Kd'), makeId('001', 3, 'Kd')];
const usageId = (n: number): string => makeId('a0X', n, 'Kd');
let scratch: string;
let folder: string;

beforeAll(() => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'trust-ledger-custom-'));
    folder = path.join(scratch, 'export');
    mkdirSync(folder);
    writeExport(folder, {
        Account: ACCOUNTS.map((Id, n) => ({ Id, Name: `Account ${n + 1}` })),
        Product_Usage__c: [
            // A datetime where the signal reads a date: the day it falls on, in UTC.
            {
                Id: usageId(1),
                Account__c: ACCOUNTS[0] as string,
                Week__c: '2026-06-01T23:30:00.000Z',
                Active_Users__c: 40,
                Type__c: 'Seats',
                Notes__c: 'ok'
            },
            {
                Id: usageId(2),
                Account__c: ACCOUNTS[0] as string,
                Week__c: '2026-06-08T00:00:00.000Z',
                Active_Users__c: 37.5,
                Type__c: 'API',
                Notes__c: ''
            },
            {
                Id: usageId(3),
                Account__c: ACCOUNTS[2] as string,
                Week__c: '2026-06-08T10:00:00.000Z',
                Active_Users__c: '',
                Type__c: '',
                Notes__c: ''
            },
            // No account: no one's evidence.
            {
                Id: usageId(4),
                Account__c: '',
                Week__c: '2026-06-08T10:00:00.000Z',
                Active_Users__c: 3,
                Type__c: 'Seats',
                Notes__c: ''
            }
        ]
    });
    writeFileSync(
        path.join(folder, 'Product_Usage__c.fields.json'),
        JSON.stringify({ fields: { Type__c: 'Picklist' } })
    );
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const DAY_2026_06_01 = Date.UTC(2026, 5, 1) / 86_400_000;
const EXPECTED: Record<string, unknown> = {
    [ACCOUNTS[0] as string]: {
        Product_Usage__c: [
            {
                id: usageId(1),
                accountId: ACCOUNTS[0],
                values: { Week__c: DAY_2026_06_01, Active_Users__c: 40, Type__c: 'Seats' }
            },
            {
                id: usageId(2),
                accountId: ACCOUNTS[0],
                values: { Week__c: DAY_2026_06_01 + 7, Active_Users__c: 37.5, Type__c: 'API' }
            }
        ]
    },
    [ACCOUNTS[1] as string]: { Product_Usage__c: [] },
    [ACCOUNTS[2] as string]: {
        Product_Usage__c: [
            {
                id: usageId(3),
                accountId: ACCOUNTS[2],
                values: { Week__c: DAY_2026_06_01 + 7, Active_Users__c: null, Type__c: null }
            }
        ]
    }
};

/** Every account's custom evidence over every chunk, and the API calls the run made. */
async function readThrough(
    model: TrustModel,
    options: { bulk: boolean; chunkAccounts?: number }
): Promise<{ custom: Record<string, AccountEvidence['custom']>; calls: number; chunks: number }> {
    const { org, conn } = await localOrg({ importFrom: folder, log: () => undefined });
    const previous = process.env.TRUST_LEDGER_CHUNK_ACCOUNTS;
    if (options.chunkAccounts !== undefined)
        process.env.TRUST_LEDGER_CHUNK_ACCOUNTS = String(options.chunkAccounts);
    try {
        const api = new OrgApi(conn);
        const input = await openOrgInput(api, model, { bulk: options.bulk, workDir: scratch });
        const custom: Record<string, AccountEvidence['custom']> = {};
        // Twice, as a run's baselines and scoring passes do.
        for (let pass = 0; pass < 2; pass++) {
            await input.chunks.each(async (store) => {
                for (let i = 0; i < store.accounts; i++) {
                    const evidence = store.evidenceFor(i);
                    custom[evidence.account.id] = evidence.custom;
                    // A pass that asks for some kinds only gets no custom rows it did not ask for.
                    expect(store.evidenceFor(i, new Set(['cases'])).custom).toBeUndefined();
                }
            });
        }
        input.chunks.close();
        return { custom, calls: api.calls, chunks: input.chunks.chunks };
    } finally {
        if (previous === undefined) delete process.env.TRUST_LEDGER_CHUNK_ACCOUNTS;
        else process.env.TRUST_LEDGER_CHUNK_ACCOUNTS = previous;
        await org.close();
    }
}

describe('custom objects on the org path', () => {
    it.each([
        ['REST', false, 2],
        ['Bulk API 2.0', true, 4]
    ])(
        'over %s (bulk: %s) gives the engine each account’s rows, in %i API calls per object',
        async (_label, bulk, perObject) => {
            const read = await readThrough(withUsage, { bulk });
            expect(read.chunks).toBe(1);
            expect(read.custom).toEqual(EXPECTED);
            const without = await readThrough(defaultModel(), { bulk });
            expect(Object.values(without.custom).every((c) => c === undefined)).toBe(true);
            // Read once for both passes: a describe and one query (one page), or a describe and one job.
            expect(read.calls - without.calls).toBe(perObject);
        }
    );

    it.each([
        ['REST', false, 2],
        ['Bulk API 2.0', true, 4]
    ])(
        'over %s (bulk: %s) in chunks gives the same evidence, still in %i API calls per object',
        async (_label, bulk, perObject) => {
            // One account per chunk: the second account's chunk has no usage row at all.
            const read = await readThrough(withUsage, { bulk, chunkAccounts: 1 });
            expect(read.chunks).toBe(3);
            expect(read.custom).toEqual(EXPECTED);
            const without = await readThrough(defaultModel(), { bulk, chunkAccounts: 1 });
            // Extracted once into the chunks' files, like the other evidence, whatever the passes.
            expect(read.calls - without.calls).toBe(perObject);
        }
    );

    it('names the object, record and field of a value that is not of its kind', async () => {
        const typeAsValue: TrustModel = {
            ...defaultModel(),
            customSignals: [{ ...USAGE_SIGNAL, valueField: 'Type__c' }]
        };
        await expect(readThrough(typeAsValue, { bulk: false })).rejects.toThrow(
            `Product_Usage__c ${usageId(1)}: field Type__c:`
        );
    });
});

describe('a custom signal scored from the org', () => {
    const EXAMPLE = path.join(REPO, 'examples', 'custom-signals');
    const MODEL = path.join(EXAMPLE, 'product-usage-model.json');
    const AS_OF = '2026-06-30';
    type Scored = {
        accounts: { accountId: string; score: number | null; signals: Record<string, unknown> }[];
    };

    it('scores each account as score --from scores the export the org was loaded from', async () => {
        const EXPORT = path.join(EXAMPLE, 'export');
        /** `score` of one source, as JSON, on the same day. */
        const scoreArgs = (...source: string[]): string[] => [
            'score',
            ...source,
            '--as-of',
            AS_OF,
            '--format',
            'json'
        ];
        const fromFolder = cli(scoreArgs('--from', EXPORT, '--model', MODEL));
        expect(fromFolder.status).toBe(0);
        const expected = JSON.parse(fromFolder.stdout) as Scored;
        const { org, conn } = await localOrg({ importFrom: EXPORT, log: () => undefined });
        try {
            expect((await cliAsync(['model', 'push', MODEL, ...orgArgs(org)])).status).toBe(0);
            const fromOrg = await cliAsync(scoreArgs(...orgArgs(org), '--dry-run'));
            expect(fromOrg.status).toBe(0);
            const scored = JSON.parse(fromOrg.stdout) as Scored;
            const usage = (s: Scored): unknown[] =>
                s.accounts.map((a) => [a.accountId, a.score, a.signals.productUsage]);
            expect(usage(scored)).toEqual(usage(expected));
            // The signal is scored from rows, not left out: one account above the scale's middle, one below.
            const scores = expected.accounts.map(
                (a) => (a.signals.productUsage as { score: number | null }).score
            );
            expect(scores).toEqual([100, 19.6, null]);

            // A run stores the baselines; explain then reads one account's records only, its usage rows included.
            const state = { TRUST_LEDGER_STATE_DIR: path.join(scratch, 'state') };
            expect(
                (await cliAsync(['score', ...orgArgs(org), '--as-of', AS_OF], { env: state })).status
            ).toBe(0);
            const account = '001000000000002AAA';
            const soql: string[] = [];
            const original = OrgApi.prototype.queryAll;
            const queryAll = jest.spyOn(OrgApi.prototype, 'queryAll').mockImplementation(function (
                this: OrgApi,
                query,
                onPage
            ) {
                soql.push(query);
                return original.call(this, query, onPage);
            });
            let online: string;
            try {
                online = (await explainFromOrg(account, conn, readAsOf(AS_OF))).text;
            } finally {
                queryAll.mockRestore();
            }
            expect(soql.filter((q) => q.includes('FROM Product_Usage__c'))).toEqual([
                `SELECT Id, Account__c, Week__c, Adoption__c, Type__c FROM Product_Usage__c WHERE Account__c IN ('${account}')`
            ]);
            const offline = await explainFromFolder(
                account,
                path.join(EXAMPLE, 'export'),
                readAsOf(AS_OF),
                readModels(MODEL)
            );
            expect(online).toBe(`${offline.text}\n\n(baselines stored by the last batch run)`);
            expect(online).toContain('Product usage: 19.6/100');
        } finally {
            await org.close();
        }
    });

    it('scores all five recipes (usage, NPS, CSAT, meetings as Event, invoices) through REST and Bulk as from the export', async () => {
        const generated = path.join(scratch, 'recipes');
        const made = cli([
            'demo-data',
            '--accounts',
            '40',
            '--seed',
            '7',
            '--usage',
            '--surveys',
            '--meetings',
            '--invoices',
            '--out',
            generated
        ]);
        expect(made.status).toBe(0);
        const recipes = path.join(EXAMPLE, 'demo-org-model.json');
        const signals = ['productUsage', 'nps', 'csat', 'meetingsHeld', 'overdueInvoices'];
        const view = (s: Scored): unknown[] =>
            s.accounts.map((a) => [a.accountId, a.score, ...signals.map((id) => a.signals[id])]);
        const args = ['--as-of', AS_OF, '--format', 'json'];
        const fromFolder = cli(['score', '--from', generated, '--model', recipes, ...args]);
        expect(fromFolder.status).toBe(0);
        const expected = JSON.parse(fromFolder.stdout) as Scored;
        // Every recipe has evidence somewhere, so none is a column of nulls.
        for (const id of signals)
            expect(
                expected.accounts.some(
                    (a) => (a.signals[id] as { score: number | null } | undefined)?.score != null
                )
            ).toBe(true);
        const { org } = await localOrg({ importFrom: generated, log: () => undefined });
        try {
            expect((await cliAsync(['model', 'push', recipes, ...orgArgs(org)])).status).toBe(0);
            for (const bulk of [[], ['--bulk']]) {
                const fromOrg = await cliAsync(['score', ...orgArgs(org), ...args, '--dry-run', ...bulk]);
                expect(fromOrg.status).toBe(0);
                expect(view(JSON.parse(fromOrg.stdout) as Scored)).toEqual(view(expected));
            }
        } finally {
            await org.close();
        }
    });
});
