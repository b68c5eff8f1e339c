/**
 * The Trust panel with models per segment, in the preview: an export of its own with an
 * Industry column (small and seeded), scored by the batch as `npm start` does, then a segment
 * model for banks pushed to the same org. A bank's panel names the banks' model under the
 * score, and Recalculate stores a receipt whose Model__c is that model's record; an account in
 * no segment is named with the default model.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator } from 'playwright-core';
import { DEMO_AS_OF } from '../../cli/args';
import { defaultModel } from '../../engine/model';
import { generateDemoData } from '../../tools/demo';
import { cliAsync, orgArgs } from '../support/localOrgRun';
import { addAccountColumn } from '../support/segments';
import { axeScan, openPage, serious, type WatchedPage } from './support/browser';
import { label } from './support/labels';
import { query } from './support/org';
import type { E2EPreview } from './support/preview';
import { startPreviewAndBrowser } from './support/suite';

const INDUSTRIES = ['Banking', 'Energy'];

let scratch: string;
let preview: E2EPreview;
let browser: Browser;
let watched: WatchedPage;
let accountIds: string[];

beforeAll(async () => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'trust-ledger-e2e-segments-'));
    const folder = path.join(scratch, 'export');
    await generateDemoData({ accounts: 12, outDir: folder, seed: 5, referenceDate: DEMO_AS_OF });
    accountIds = addAccountColumn(folder, 'Industry', (i) => INDUSTRIES[i % INDUSTRIES.length] as string);
    ({ preview, browser } = await startPreviewAndBrowser(undefined, { importFrom: folder }));
    // The default model as a record of its own (the accounts of no segment), then the banks'.
    const banks = { ...defaultModel(), name: 'Banks', segment: { field: 'Industry', values: ['Banking'] } };
    for (const [name, model, extra] of [
        ['default', defaultModel(), []],
        ['banks', banks, ['--priority', '1']]
    ] as const) {
        const file = path.join(scratch, `${name}.json`);
        writeFileSync(file, JSON.stringify(model));
        const push = await cliAsync(['model', 'push', file, ...orgArgs(preview.org), ...extra]);
        expect(push.status).toBe(0);
    }
    watched = await openPage(browser, { height: 1000 });
});

afterAll(async () => {
    await watched?.close();
    await browser?.close();
    await preview?.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
});

async function openAccount(accountId: string): Promise<Locator> {
    await watched.page.goto(`${preview.url}#/record/Account/${accountId}`);
    const trust = watched.page.locator('c-trust-panel');
    await trust.locator('c-trust-gauge .score').waitFor();
    return trust;
}

async function activeModel(name: string): Promise<{ Id: string; Version__c: number }> {
    const rows = await query<{ Id: string; Version__c: number }>(
        preview.org,
        `SELECT Id, Version__c FROM Trust_Model__c WHERE Active__c = true AND Name = '${name}'`
    );
    expect(rows).toHaveLength(1);
    return rows[0] as { Id: string; Version__c: number };
}

const modelLine = (name: string, version: number) =>
    label('TL_Panel_Account_Model', label('TL_Panel_Model_Version', name, String(version)));

describe('Trust panel with models per segment', () => {
    it("names a bank's own model and stores its recalculation with that model", async () => {
        const bank = accountIds[0] as string;
        const banks = await activeModel('Banks');
        const trust = await openAccount(bank);
        await trust.locator('.account-model').getByText(modelLine('Banks', banks.Version__c)).waitFor();

        await trust.getByRole('button', { name: label('TL_Panel_Recalculate') }).click();
        await watched.page.getByText(label('TL_Panel_Recalculated')).waitFor({ timeout: 20_000 });
        const stored = await query<{ Model__c: string }>(
            preview.org,
            `SELECT Model__c FROM Trust_Score__c WHERE Account__c = '${bank}' AND Source__c = 'Panel'`
        );
        expect(stored).toHaveLength(1);
        expect(stored[0]?.Model__c).toBe(banks.Id);
        expect(serious(await axeScan(watched.page, 'panel-segments'))).toEqual([]);
    });

    it('names the default model for an account in no segment', async () => {
        const other = accountIds[1] as string;
        const fallback = await activeModel(defaultModel().name);
        const trust = await openAccount(other);
        await trust
            .locator('.account-model')
            .getByText(modelLine(defaultModel().name, fallback.Version__c))
            .waitFor();
        expect(watched.problems.pageErrors).toEqual([]);
        expect(watched.problems.consoleErrors).toEqual([]);
    });
});
