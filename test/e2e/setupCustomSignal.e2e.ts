/**
 * A custom signal from the setup page to a stored receipt, in the preview on a local org
 * imported from demo data with product usage rows (`demo-data --usage`): the admin adds
 * "Product usage" on the setup page, choosing `Product_Usage__c`, its lookup to Account and its
 * fields from the org's object info, and saves; on an account's Trust panel, Recalculate scores
 * it from the account's usage rows; it shows in its pillar's signals and its score is in the
 * receipt the panel stored. Before saving, the what-if preview recomputes a sample with it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser, Locator } from 'playwright-core';
import { DEMO_AS_OF } from '../../cli/args';
import { generateDemoData } from '../../tools/demo';
import { axeScan, openPage, screenshot, serious, type WatchedPage } from './support/browser';
import { label, labelPattern } from './support/labels';
import { query } from './support/org';
import type { E2EPreview } from './support/preview';
import { startPreviewAndBrowser } from './support/suite';

let scratch: string;
let preview: E2EPreview;
let browser: Browser;
let watched: WatchedPage;
/** The account with the most usage rows: its new signal has evidence to score. */
let accountId: string;

beforeAll(async () => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'trust-ledger-e2e-usage-'));
    const folder = path.join(scratch, 'export');
    await generateDemoData({
        accounts: 30,
        outDir: folder,
        seed: 42,
        referenceDate: DEMO_AS_OF,
        usage: true
    });
    const usage = parse(readFileSync(path.join(folder, 'Product_Usage__c.csv')), {
        columns: true,
        bom: true
    }) as Array<Record<string, string>>;
    const rows = new Map<string, number>();
    for (const row of usage)
        rows.set(row.Account__c as string, (rows.get(row.Account__c as string) ?? 0) + 1);
    accountId = [...rows.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] as string;
    ({ preview, browser } = await startPreviewAndBrowser(undefined, { importFrom: folder }));
    watched = await openPage(browser, { height: 1200 });
});

afterAll(async () => {
    await watched?.close();
    await browser?.close();
    await preview?.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Picks `option` in the base combobox labelled `name`. */
async function choose(scope: Locator, name: string, option: string | RegExp): Promise<void> {
    await scope.getByRole('combobox', { name }).click();
    await scope.getByRole('option', { name: option }).first().click();
}

async function fill(input: Locator, value: string): Promise<void> {
    await input.fill(value);
    await input.press('Tab');
}

describe('a custom signal added on the setup page', () => {
    it('is saved with the model, scored by Recalculate on the panel, and kept in the receipt', async () => {
        const page = watched.page;
        await page.goto(`${preview.url}?as=admin#/setup`);
        const setup = page.locator('c-trust-setup');
        await setup.locator('.active-model').waitFor();
        const part = setup.locator('c-trust-custom-signals');
        await part.getByText(label('TL_Setup_Custom_Empty')).waitFor();

        await part.getByRole('button', { name: label('TL_Setup_Custom_Add') }).click();
        const form = part.locator('.custom-form');
        await form.waitFor();
        // Live validation: the new signal asks for its label before anything is typed.
        await form.getByText(label('TL_Validation_Required')).first().waitFor();
        await fill(form.getByRole('textbox', { name: label('TL_Setup_Custom_Label') }), 'Product usage');
        await fill(form.getByRole('textbox', { name: label('TL_Setup_Custom_Id') }), 'productUsage');
        await choose(form, label('TL_Setup_Custom_Object'), 'Product_Usage__c');
        // The lookup to Account comes with the object; the fields come from its object info.
        await expect(
            form.getByRole('combobox', { name: label('TL_Setup_Custom_Account_Field') }).innerText()
        ).resolves.toContain('Account__c');
        await choose(form, label('TL_Setup_Custom_Date_Field'), /Week__c/);
        await choose(form, label('TL_Setup_Custom_Value_Field'), /Active_Users__c/);
        await expect(
            form.getByRole('spinbutton', { name: label('TL_Setup_Custom_Scale_Bad') }).inputValue()
        ).resolves.toBe('0');
        await expect(
            form.getByRole('spinbutton', { name: label('TL_Setup_Custom_Scale_Good') }).inputValue()
        ).resolves.toBe('100');
        const row = part.locator('tbody tr').filter({ hasText: 'Product usage' });
        await row.locator('.share lightning-formatted-number').waitFor();
        // The part, its settings open, passes the page's accessibility scan.
        expect(serious(await axeScan(page, 'setup-custom-signal'))).toEqual([]);
        // The what-if recomputes a sample of accounts from their records, usage rows included.
        await setup.getByRole('button', { name: label('TL_WhatIf_Run') }).click();
        const whatIf = setup.locator('c-trust-what-if');
        await whatIf.locator('.sample .sample-changed').waitFor({ timeout: 30_000 });
        await expect(whatIf.locator('.sample-missing').count()).resolves.toBe(0);
        await screenshot(page, 'setup-custom-signal');

        const save = setup.getByRole('button', { name: label('TL_Setup_Save_And_Activate') });
        await expect(save.isDisabled()).resolves.toBe(false);
        await save.click();
        await setup.getByText(labelPattern('TL_Setup_Activated')).waitFor({ timeout: 20_000 });
        const models = await query<{ Definition__c: string }>(
            preview.org,
            'SELECT Definition__c FROM Trust_Model__c WHERE Active__c = true'
        );
        expect(models).toHaveLength(1);
        expect(JSON.parse(models[0]?.Definition__c ?? '{}').customSignals).toEqual([
            {
                id: 'productUsage',
                label: 'Product usage',
                pillar: 'capability',
                weight: 1,
                enabled: true,
                object: 'Product_Usage__c',
                accountField: 'Account__c',
                dateField: 'Week__c',
                valueField: 'Active_Users__c',
                aggregate: 'average',
                scale: { bad: 0, good: 100 },
                filter: {}
            }
        ]);

        await page.goto(`${preview.url}#/record/Account/${accountId}`);
        const trust = page.locator('c-trust-panel');
        await trust.locator('c-trust-gauge .score').waitFor();
        await trust.getByRole('button', { name: label('TL_Panel_Recalculate') }).click();
        await page.getByText(label('TL_Panel_Recalculated')).waitFor({ timeout: 30_000 });
        const capability = trust.locator('c-trust-pillar-list .pillar[data-id="capability"]');
        // Pillars open by default; open it if the page starts them folded.
        const toggle = capability.locator('button.toggle');
        if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
        const signal = capability.locator('.signal[data-id="productUsage"]');
        await signal.waitFor();
        await expect(signal.innerText()).resolves.toContain('Product usage');
        await screenshot(page, 'panel-custom-signal');

        const receipts = await query<{ Source__c: string; Drivers__c: string }>(
            preview.org,
            `SELECT Source__c, Drivers__c FROM Trust_Score__c WHERE Account__c = '${accountId}' AND Source__c = 'Panel'`
        );
        expect(receipts).toHaveLength(1);
        const stored = JSON.parse(receipts[0]?.Drivers__c ?? '{}') as {
            signals: Record<string, { pillar: string; score: number | null; evidenceCount: number }>;
        };
        expect(stored.signals.productUsage).toMatchObject({ pillar: 'capability' });
        expect(typeof stored.signals.productUsage?.score).toBe('number');
        expect(stored.signals.productUsage?.evidenceCount).toBeGreaterThan(0);
    });

    it('logged no console errors or uncaught exceptions', () => {
        expect(watched.problems.pageErrors).toEqual([]);
        expect(watched.problems.consoleErrors).toEqual([]);
    });
});
