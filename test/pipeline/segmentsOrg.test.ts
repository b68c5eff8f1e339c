/**
 * Models per segment through the org path: every active Trust_Model__c scores the accounts of
 * its segment, in Priority__c order, the one without a segment the rest; the run gives what
 * `score --from` gives with the same models in the same order, and each receipt's Model__c is
 * the model that scored it.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SegmentedBacktest } from '../../batch/backtest/report';
import { defaultModel, type TrustModel } from '../../engine/model';
import type { TrustResult } from '../../engine/result';
import { generateDemoData } from '../../tools/demo';
import { cli } from '../support/cli';
import { cliAsync, localOrg, orgArgs } from '../support/localOrgRun';
import { halfYearWindows } from '../support/segments';

jest.setTimeout(180_000);

const AS_OF = '2026-06-30';
const INDUSTRIES = ['Banking', 'Retail', 'Energy'];
let scratch: string;
let folder: string;
const files: Record<string, string> = {};

function segmentModel(name: string, industry: string, promiseWeight: number): TrustModel {
    const model = defaultModel();
    return {
        ...model,
        name,
        signals: {
            ...model.signals,
            promiseKeeping: { ...model.signals.promiseKeeping, weight: promiseWeight }
        },
        segment: { field: 'Industry', values: [industry] }
    };
}

beforeAll(async () => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'trust-ledger-segments-'));
    folder = path.join(scratch, 'org');
    await generateDemoData({ accounts: 60, outDir: folder, seed: 7, referenceDate: AS_OF });
    const accountFile = path.join(folder, 'Account.csv');
    const [header, ...rows] = readFileSync(accountFile, 'utf8').trimEnd().split('\n');
    writeFileSync(
        accountFile,
        `${[`${header},Industry`, ...rows.map((r, i) => `${r},${INDUSTRIES[i % 3]}`)].join('\n')}\n`
    );
    const models: Record<string, TrustModel> = {
        banking: segmentModel('Banking', 'Banking', 9),
        retail: segmentModel('Retail', 'Retail', 0),
        fallback: defaultModel()
    };
    for (const [key, model] of Object.entries(models)) {
        files[key] = path.join(scratch, `${key}.json`);
        writeFileSync(files[key] as string, JSON.stringify(model));
    }
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

process.env.TRUST_LEDGER_STATE_DIR = path.join(os.tmpdir(), `trust-ledger-state-segments-${process.pid}`);

describe('models per segment against an org', () => {
    it('scores each account with its active model in priority order and names it on the receipt', async () => {
        const offline = cli([
            'score',
            '--from',
            folder,
            '--as-of',
            AS_OF,
            '--format',
            'json',
            '--model',
            files.banking as string,
            '--model',
            files.retail as string,
            '--model',
            files.fallback as string
        ]);
        expect(offline.status).toBe(0);
        const expected = (JSON.parse(offline.stdout) as { accounts: TrustResult[] }).accounts;
        expect(new Set(expected.map((a) => a.model?.name))).toEqual(
            new Set(['Banking', 'Retail', 'Default'])
        );

        const { org, conn } = await localOrg({ importFrom: folder });
        try {
            const push = (file: string, ...extra: string[]) =>
                cliAsync(['model', 'push', file, ...orgArgs(org), ...extra]);
            expect((await push(files.fallback as string)).status).toBe(0);
            // Pushed in the opposite order of their priority: Priority__c decides, not the order saved.
            expect((await push(files.retail as string, '--priority', '2')).status).toBe(0);
            expect((await push(files.banking as string, '--priority', '1')).status).toBe(0);
            const active = await conn.query<{ Id: string; Name: string; Priority__c: number | null }>(
                'SELECT Id, Name, Priority__c FROM Trust_Model__c WHERE Active__c = true ORDER BY Version__c'
            );
            expect(active.records.map((r) => [r.Name, r.Priority__c])).toEqual([
                ['Default', null],
                ['Retail', 2],
                ['Banking', 1]
            ]);

            const run = await cliAsync(['score', ...orgArgs(org), '--as-of', AS_OF, '--format', 'json']);
            expect(run.status).toBe(0);
            const online = (JSON.parse(run.stdout) as { accounts: TrustResult[] }).accounts;
            const pick = (list: TrustResult[]) =>
                Object.fromEntries(list.map((a) => [a.accountId, [a.model?.name, a.score, a.band]]));
            expect(pick(online)).toEqual(pick(expected));

            const idOf = Object.fromEntries(active.records.map((r) => [r.Name, r.Id]));
            const receipts = await conn.query<{ Account__c: string; Model__c: string }>(
                'SELECT Account__c, Model__c FROM Trust_Score__c'
            );
            expect(receipts.records).toHaveLength(expected.length);
            const modelOf = Object.fromEntries(expected.map((a) => [a.accountId, a.model?.name as string]));
            for (const r of receipts.records) expect(r.Model__c).toBe(idOf[modelOf[r.Account__c] as string]);

            // Each model keeps its own baselines, for the panel to replay its accounts.
            const stored = await conn.query<{ Baselines__c: string | null }>(
                'SELECT Baselines__c FROM Trust_Model__c WHERE Active__c = true'
            );
            for (const r of stored.records)
                expect(JSON.parse(r.Baselines__c ?? 'null')).toMatchObject({ computedAsOf: AS_OF });

            // model list: each active model in the order tried, with its segment and priority.
            const list = await cliAsync(['model', 'list', ...orgArgs(org)]);
            expect(list.status).toBe(0);
            expect(list.stdout).toMatch(
                /^3 active models.*\n1\. Banking v\d+ — segment Industry: Banking — priority 1 — \w+\n2\. Retail v\d+ — segment Industry: Retail — priority 2 — \w+\n3\. Default v\d+ — every account no segment holds/
            );
            // model pull: the default as before, naming the others; --name one; --out-dir all, in order.
            const pulled = await cliAsync(['model', 'pull', ...orgArgs(org)]);
            expect(pulled.status).toBe(0);
            expect(JSON.parse(pulled.stdout)).toEqual(
                JSON.parse(readFileSync(files.fallback as string, 'utf8'))
            );
            expect(pulled.stderr).toMatch(/2 other active models score segments \(Banking, Retail\)/);
            const retail = await cliAsync(['model', 'pull', ...orgArgs(org), '--name', 'Retail']);
            expect(JSON.parse(retail.stdout)).toMatchObject({
                name: 'Retail',
                segment: { values: ['Retail'] }
            });
            expect((await cliAsync(['model', 'pull', ...orgArgs(org), '--name', 'Nope'])).status).toBe(2);
            const dir = path.join(scratch, 'pulled');
            expect((await cliAsync(['model', 'pull', ...orgArgs(org), '--out-dir', dir])).status).toBe(0);
            expect(readdirSync(dir)).toEqual(['01-banking.json', '02-retail.json', '03-default.json']);
            // Each file is the model pushed, numbered by the org (push gives the next version).
            for (const [file, key] of [
                ['01-banking.json', 'banking'],
                ['03-default.json', 'fallback']
            ] as const)
                expect(JSON.parse(readFileSync(path.join(dir, file), 'utf8'))).toEqual({
                    ...(JSON.parse(readFileSync(files[key] as string, 'utf8')) as object),
                    version: expect.any(Number)
                });

            // backtest reads every active model; --store saves each model's own accounts on its record.
            const bt = await cliAsync([
                'backtest',
                ...orgArgs(org),
                ...halfYearWindows('2025-01-01'),
                '--format',
                'json',
                '--quiet',
                '--store'
            ]);
            expect(bt.status).toBe(0);
            const report = JSON.parse(bt.stdout) as SegmentedBacktest;
            expect(report.models?.map((m) => m.model.name)).toEqual(['Banking', 'Retail', 'Default']);
            expect(
                bt.stderr.match(/stored the backtest of the accounts model \w+ v\d+ scores/g)
            ).toHaveLength(3);
            const saved = await conn.query<{ Name: string; Backtest__c: string | null }>(
                'SELECT Name, Backtest__c FROM Trust_Model__c WHERE Active__c = true'
            );
            for (const r of saved.records) {
                const own = report.models?.find((m) => m.model.name === r.Name);
                const stored = JSON.parse(r.Backtest__c ?? 'null') as SegmentedBacktest;
                expect(stored.model.name).toBe(r.Name);
                expect(stored.overall).toEqual(own?.overall);
                expect(stored.models).toBeUndefined();
            }

            // explain reads the account with its own model and that model's stored baselines.
            for (const name of ['Banking', 'Retail', 'Default']) {
                const account = online.find((a) => a.model?.name === name && a.score !== null) as TrustResult;
                const explained = await cliAsync([
                    'explain',
                    account.accountId,
                    ...orgArgs(org),
                    '--as-of',
                    AS_OF
                ]);
                expect(explained.status).toBe(0);
                expect(explained.stdout).toContain(`Model ${name} v`);
                expect(explained.stdout).toContain(`Score: ${account.score?.toFixed(1)} `);
            }
        } finally {
            await org.close();
        }
    });
});
