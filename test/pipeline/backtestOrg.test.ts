/**
 * `backtest` against an org (the embedded local org): the evidence is read once and replayed
 * in memory, so six windows cost the same API calls as one; the result equals the offline
 * path's; --store saves it on the active Trust_Model__c.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import type { BacktestResult } from '../../records/backtest';
import { cli } from '../support/cli';
import { cliAsync, localOrg } from '../support/localOrgRun';

jest.setTimeout(180_000);

const DEMO = path.join(__dirname, '..', '..', 'data', 'demo');
process.env.TRUST_LEDGER_STATE_DIR = path.join(os.tmpdir(), `trust-ledger-backtest-${process.pid}`);

const orgArgs = (org: { instanceUrl: string; accessToken: string }): string[] => [
    '--instance-url',
    org.instanceUrl,
    '--access-token',
    org.accessToken
];

describe('backtest against an org', () => {
    it('reads the evidence once: 6 windows make as many API calls as 1, and match the offline path', async () => {
        const { org } = await localOrg({ importFrom: DEMO });
        try {
            const calls = async (asOf: string): Promise<{ calls: number; json: BacktestResult }> => {
                const before = org.apiCalls();
                const run = await cliAsync([
                    'backtest',
                    ...orgArgs(org),
                    '--as-of',
                    asOf,
                    '--horizon-days',
                    '180',
                    '--format',
                    'json',
                    '--quiet'
                ]);
                expect(run.stderr).toBe('');
                expect(run.status).toBe(0);
                return { calls: org.apiCalls() - before, json: JSON.parse(run.stdout) as BacktestResult };
            };
            const one = await calls('2025-06-30');
            const six = await calls('2023-06-30,2023-12-31,2024-06-30,2024-12-31,2025-06-30,2025-12-31');
            expect(one.calls).toBeGreaterThan(0);
            expect(six.calls).toBe(one.calls);
            expect(six.json.windows).toHaveLength(6);
            const offline = cli([
                'backtest',
                '--from',
                DEMO,
                '--as-of',
                '2023-06-30,2023-12-31,2024-06-30,2024-12-31,2025-06-30,2025-12-31',
                '--horizon-days',
                '180',
                '--format',
                'json',
                '--quiet'
            ]);
            expect(JSON.parse(offline.stdout)).toEqual(six.json);
        } finally {
            await org.close();
        }
    });

    it('--store saves the JSON, the AUC and the lowest band churn on the active model', async () => {
        const { org, conn } = await localOrg({ importFrom: DEMO });
        try {
            const push = await cliAsync(['model', 'push', 'config/default-model.json', ...orgArgs(org)]);
            expect(push.status).toBe(0);
            const run = await cliAsync([
                'backtest',
                ...orgArgs(org),
                '--as-of',
                '2024-06-30,2025-06-30',
                '--horizon-days',
                '365',
                '--format',
                'json',
                '--store',
                '--quiet'
            ]);
            expect(run.status).toBe(0);
            expect(run.stderr).toMatch(/stored the backtest on model version 1/);
            const printed = JSON.parse(run.stdout) as BacktestResult;
            const saved = await conn.query<{
                Backtest__c: string;
                Backtest_AUC__c: number | null;
                Backtest_Lowest_Band_Churn__c: number | null;
                Backtest_On__c: string;
            }>(
                'SELECT Backtest__c, Backtest_AUC__c, Backtest_Lowest_Band_Churn__c, Backtest_On__c FROM Trust_Model__c WHERE Active__c = true'
            );
            const record = saved.records[0];
            expect(JSON.parse(record?.Backtest__c ?? '{}')).toMatchObject({ windows: printed.windows });
            expect(record?.Backtest_AUC__c).toBe(printed.overall.auc);
            const lowest = printed.overall.lowestBandChurnRate;
            expect(record?.Backtest_Lowest_Band_Churn__c).toBe(
                lowest === null ? null : Math.round(lowest * 10_000) / 100
            );
            expect(record?.Backtest_On__c).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        } finally {
            await org.close();
        }
    });

    it('calibrate reads the org once and learns exactly what it learns from the same export', async () => {
        const { org } = await localOrg({ importFrom: DEMO });
        const dir = mkdtempSync(path.join(os.tmpdir(), 'trust-ledger-calibrate-org-'));
        try {
            const args = ['--since', '2023-06-30', '--every', '12', '--horizon-days', '365', '--quiet'];
            const online = await cliAsync([
                'calibrate',
                ...orgArgs(org),
                ...args,
                '--out',
                path.join(dir, 'org.json')
            ]);
            const offline = cli([
                'calibrate',
                '--from',
                DEMO,
                ...args,
                '--out',
                path.join(dir, 'folder.json')
            ]);
            expect(online.status).toBe(0);
            expect(offline.status).toBe(0);
            expect(online.stdout.replace('org.json', 'X')).toBe(offline.stdout.replace('folder.json', 'X'));
            if (existsSync(path.join(dir, 'folder.json'))) {
                const a = JSON.parse(readFileSync(path.join(dir, 'org.json'), 'utf8')) as {
                    signals: unknown;
                };
                const b = JSON.parse(readFileSync(path.join(dir, 'folder.json'), 'utf8')) as {
                    signals: unknown;
                };
                expect(a.signals).toEqual(b.signals);
            }
        } finally {
            rmSync(dir, { recursive: true, force: true });
            await org.close();
        }
    });

    it('--store with a model version the org does not have stops with exit 2 naming --store', async () => {
        const { org } = await localOrg({ importFrom: DEMO });
        try {
            const run = await cliAsync([
                'backtest',
                ...orgArgs(org),
                '--model',
                'config/default-model.json',
                '--as-of',
                '2025-06-30',
                '--horizon-days',
                '90',
                '--store',
                '--quiet'
            ]);
            expect(run.status).toBe(2);
            expect(run.stderr).toMatch(/--store: the org has no Trust_Model__c version 1/);
        } finally {
            await org.close();
        }
    });
});
