/**
 * Acting on trust from the Trust panel in the preview, fed by the local org: a user with the
 * Override_Trust_Band custom permission (the admin persona) sets an override and sees its band
 * at once, with no new receipt, then ends it and sees the computed band again; a rep (no
 * permission) sees the override read-only; and the account's open trust alert shows with a
 * link to its Task. Screenshots go to tmp/e2e-artifacts.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { DEMO_AS_OF } from '../../cli/args';
import { openPage, screenshot, type WatchedPage } from './support/browser';
import { label } from './support/labels';
import { cliScores, query, type CliAccount } from './support/org';
import type { E2EPreview } from './support/preview';
import { startPreviewAndBrowser } from './support/suite';

/** The time zone the preview's users are in (lightning-base-components' i18n), as in an org. */
const USER_TIME_ZONE = 'America/Los_Angeles';
const MS_PER_DAY = 86_400_000;

/** The user's today as yyyy-mm-dd, moved by `days`. */
function userDay(days = 0): string {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: USER_TIME_ZONE }).format(new Date());
    return new Date(Date.parse(`${today}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A day as the en-US date input takes it ("Jan 6, 2027"). */
const typedDay = (day: string): string =>
    new Date(`${day}T00:00:00Z`).toLocaleDateString('en-US', {
        month: 'short',
        day: 'numeric',
        year: 'numeric',
        timeZone: 'UTC'
    });

let preview: E2EPreview;
let browser: Browser;
let watched: WatchedPage;
let account: CliAccount;

async function openAccount(page: Page, persona: 'admin' | 'rep' = 'admin'): Promise<Locator> {
    const url = `${preview.url}?as=${persona}#/record/Account/${account.accountId}`;
    // The same URL again is a fragment navigation, which would keep the page and its data.
    if (page.url() === url) await page.reload();
    else await page.goto(url);
    const trust = page.locator('c-trust-panel');
    await trust.locator('c-trust-gauge .score').waitFor();
    return trust;
}

const gaugeBand = (trust: Locator): Locator => trust.locator('c-trust-gauge .band');

async function receiptCount(): Promise<number> {
    const rows = await query(
        preview.org,
        `SELECT Id FROM Trust_Score__c WHERE Account__c = '${account.accountId}'`
    );
    return rows.length;
}

beforeAll(async () => {
    // The demo's least trusted account with a band: an override to the top band is a change to see.
    account = cliScores(DEMO_AS_OF)
        .filter((a) => a.score !== null && a.band !== null && a.band !== 'Trusted')
        .sort((a, b) => (a.score as number) - (b.score as number))[0] as CliAccount;
    ({ preview, browser } = await startPreviewAndBrowser());
    watched = await openPage(browser, { height: 1200 });
});

afterAll(async () => {
    await watched?.close();
    await browser?.close();
    await preview?.stop();
});

describe('Acting on trust from the panel', () => {
    it('sets an override and shows its band without a new receipt, then ends it and shows the computed band', async () => {
        const page = watched.page;
        const receiptsBefore = await receiptCount();
        const trust = await openAccount(page);
        await expect(gaugeBand(trust).innerText()).resolves.toBe(account.band);

        await trust.getByRole('button', { name: label('TL_Override_Set_Action') }).click();
        const form = trust.locator('c-trust-override-form');
        await form.getByRole('combobox', { name: label('TL_Override_Form_Band') }).click();
        await form.getByRole('option', { name: 'Trusted' }).click();
        await form
            .getByRole('textbox', { name: label('TL_Override_Form_Reason') })
            .fill('The new CFO confirmed the three-year renewal');
        const expires = userDay(30);
        const date = form.getByRole('textbox', { name: label('TL_Override_Form_Expires') });
        await date.fill(typedDay(expires));
        await date.press('Tab');
        await form.getByRole('button', { name: label('TL_Override_Form_Save') }).click();

        await trust
            .locator('c-trust-override .heading')
            .getByText(label('TL_Override_Heading', 'Trusted'))
            .waitFor();
        await expect(gaugeBand(trust).innerText()).resolves.toBe('Trusted');
        await expect(trust.locator('c-trust-override .reason').innerText()).resolves.toContain(
            'The new CFO confirmed the three-year renewal'
        );
        expect(await trust.locator('c-trust-override-form').count()).toBe(0);
        const stored = await query<{ Id: string; Band__c: string; Expires_On__c: string }>(
            preview.org,
            `SELECT Id, Band__c, Expires_On__c FROM Trust_Override__c WHERE Account__c = '${account.accountId}'`
        );
        expect(stored.map((row) => [row.Band__c, row.Expires_On__c])).toEqual([['Trusted', expires]]);
        // The band changed on screen with no receipt written: an override is not a score.
        expect(await receiptCount()).toBe(receiptsBefore);
        await screenshot(page, 'panel-override-set');

        await trust.getByRole('button', { name: label('TL_Override_End_Action') }).click();
        await trust.locator('c-trust-override .override').waitFor({ state: 'detached' });
        await expect(gaugeBand(trust).innerText()).resolves.toBe(account.band);
        const ended = await query<{ Expires_On__c: string }>(
            preview.org,
            `SELECT Expires_On__c FROM Trust_Override__c WHERE Id = '${stored[0]?.Id}'`
        );
        expect(ended[0]?.Expires_On__c).toBe(userDay(-1));
        expect(await receiptCount()).toBe(receiptsBefore);
        expect(watched.problems.pageErrors).toEqual([]);
    });

    it('shows a rep without Override_Trust_Band the override read-only', async () => {
        const page = watched.page;
        const band = account.band === 'Steady' ? 'Fragile' : 'Steady';
        let trust = await openAccount(page);
        await trust.getByRole('button', { name: label('TL_Override_Set_Action') }).click();
        const form = trust.locator('c-trust-override-form');
        await form.getByRole('combobox', { name: label('TL_Override_Form_Band') }).click();
        await form.getByRole('option', { name: band }).click();
        await form.getByRole('textbox', { name: label('TL_Override_Form_Reason') }).fill('Rep view check');
        const date = form.getByRole('textbox', { name: label('TL_Override_Form_Expires') });
        await date.fill(typedDay(userDay(7)));
        await date.press('Tab');
        await form.getByRole('button', { name: label('TL_Override_Form_Save') }).click();
        await trust
            .locator('c-trust-override .heading')
            .getByText(label('TL_Override_Heading', band))
            .waitFor();

        trust = await openAccount(page, 'rep');
        await trust
            .locator('c-trust-override .heading')
            .getByText(label('TL_Override_Heading', band))
            .waitFor();
        await expect(gaugeBand(trust).innerText()).resolves.toBe(band);
        expect(await trust.getByRole('button', { name: label('TL_Override_Set_Action') }).count()).toBe(0);
        expect(await trust.getByRole('button', { name: label('TL_Override_End_Action') }).count()).toBe(0);
        await screenshot(page, 'panel-override-read-only');
    });

    it('shows the account’s open trust alert with a link to its task', async () => {
        const subject = `Trust drop: Trusted → ${account.band} (since ${DEMO_AS_OF})`;
        const response = await fetch(`${preview.org.instanceUrl}/services/data/v62.0/sobjects/Task`, {
            method: 'POST',
            headers: {
                Authorization: `Bearer ${preview.org.accessToken}`,
                'Content-Type': 'application/json'
            },
            body: JSON.stringify({
                WhatId: account.accountId,
                Subject: subject,
                Status: 'Not Started',
                Priority: 'High',
                ActivityDate: userDay(7)
            })
        });
        expect(response.status).toBe(201);
        const { id } = (await response.json()) as { id: string };
        const trust = await openAccount(watched.page, 'rep');
        const alert = trust.locator('c-trust-alert');
        await alert.getByText(label('TL_Alert_Heading', 'Trusted', account.band as string)).waitFor();
        await alert.getByRole('link', { name: label('TL_Alert_Open_Task') }).click();
        await watched.page.waitForURL((url) => url.hash.endsWith(`/${id}`));
        await screenshot(watched.page, 'panel-alert-task');
    });
});
