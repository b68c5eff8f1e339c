/**
 * The Trust panel (`c/trustPanel`, the package's component) on an Account record page of the
 * preview, fed by the local org: what it shows agrees with the CLI's receipt for the same data
 * and day, Recalculate stores a new receipt, a logged promise lands in the list and in the
 * org, and the panel passes an axe-core scan. Screenshots go to tmp/e2e-artifacts.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { DEMO_AS_OF } from '../../cli/args';
import { axeScan, openPage, screenshot, serious, type WatchedPage } from './support/browser';
import { label } from './support/labels';
import { cliScores, query, type CliAccount } from './support/org';
import type { E2EPreview } from './support/preview';
import { startPreviewAndBrowser } from './support/suite';

const PILLARS = ['understanding', 'reliability', 'capability', 'fairness'];

/**
 * The demo's most trusted and least trusted accounts among those with enough evidence for a
 * band (a provisional score shows no band to compare).
 */
function exemplaryAndEroding(accounts: CliAccount[]): { exemplary: CliAccount; eroding: CliAccount } {
    const scored = accounts
        .filter((account) => account.score !== null && account.band !== null)
        .sort((a, b) => (b.score as number) - (a.score as number));
    return { exemplary: scored[0] as CliAccount, eroding: scored[scored.length - 1] as CliAccount };
}

let preview: E2EPreview;
let browser: Browser;
let watched: WatchedPage;
let cli: CliAccount[];

function panel(page: Page): Locator {
    return page.locator('c-trust-panel');
}

async function openAccount(page: Page, accountId: string): Promise<Locator> {
    await page.goto(`${preview.url}#/record/Account/${accountId}`);
    const trust = panel(page);
    await trust.locator('c-trust-gauge .score').waitFor();
    await trust.locator('c-trust-pillar-list .pillar').first().waitFor();
    return trust;
}

const oneDecimal = (value: number): string => value.toFixed(1);

beforeAll(async () => {
    cli = cliScores(DEMO_AS_OF);
    ({ preview, browser } = await startPreviewAndBrowser());
    watched = await openPage(browser, { height: 1000 });
});

afterAll(async () => {
    await watched?.close();
    await browser?.close();
    await preview?.stop();
});

describe('Trust panel on the Account page', () => {
    it.each(['exemplary', 'eroding'] as const)(
        'shows the %s account’s score, band, pillars and drivers as the CLI computes them',
        async (kind) => {
            const account = exemplaryAndEroding(cli)[kind];
            const trust = await openAccount(watched.page, account.accountId);
            await expect(trust.locator('c-trust-gauge .score').innerText()).resolves.toContain(
                `${oneDecimal(account.score as number)} of 100`
            );
            await expect(trust.locator('c-trust-gauge').innerText()).resolves.toContain(
                account.band as string
            );
            for (const pillar of PILLARS) {
                const value = account.pillars[pillar];
                const text = await trust
                    .locator(`c-trust-pillar-list .pillar[data-id="${pillar}"] .pillar-score`)
                    .innerText();
                if (value === null || value === undefined) expect(text).not.toMatch(/\d/);
                else expect(text).toContain(oneDecimal(value));
            }
            const shown = await trust.locator('c-trust-drivers .driver').evaluateAll((items) =>
                items.map((item) => ({
                    signal: item.getAttribute('data-signal'),
                    text: (item.textContent ?? '').replace(/\s+/g, ' ')
                }))
            );
            const expected = account.drivers.filter((driver) => Math.abs(driver.impact) >= 0.05);
            // Every driver on screen is the CLI's, with the CLI's effect (the CLI's JSON rounds
            // impacts to 0.01 and the panel its text to 0.1: compare the numbers).
            for (const row of shown) {
                const driver = expected.find((d) => d.signal === row.signal);
                expect(driver).toBeDefined();
                const shownImpact = Number(/by (\d+(?:\.\d+)?)/.exec(row.text)?.[1]);
                expect(Math.abs(shownImpact - Math.abs(driver?.impact ?? Number.NaN))).toBeLessThanOrEqual(
                    0.051
                );
            }
            // The strongest driver each way is always among them (the panel lists the top few of each).
            const strongest = (sign: number) =>
                expected
                    .filter((d) => Math.sign(d.impact) === sign)
                    .sort((a, b) => Math.abs(b.impact) - Math.abs(a.impact))[0];
            for (const driver of [strongest(-1), strongest(1)])
                if (driver) expect(shown.map((row) => row.signal)).toContain(driver.signal);
            expect(shown.length).toBeGreaterThan(0);
            await screenshot(watched.page, `panel-${kind}`);
            await screenshot(watched.page, `panel-${kind}-viewport`, { fullPage: false });
        }
    );

    it('opens the record behind a driver, through lightning/navigation', async () => {
        const account = exemplaryAndEroding(cli).eroding;
        const trust = await openAccount(watched.page, account.accountId);
        const link = trust.locator('c-trust-drivers .record-link').first();
        const recordId = await link.getAttribute('data-record-id');
        await link.click();
        await watched.page.waitForURL(`**/#/record/*/${recordId}`);
        await watched.page
            .locator('preview-record-view')
            .getByText(recordId as string)
            .first()
            .waitFor();
    });

    it('stores a new receipt when Recalculate is pressed', async () => {
        const account = exemplaryAndEroding(cli).eroding;
        const before = await query(
            preview.org,
            `SELECT Id, Key__c, Source__c FROM Trust_Score__c WHERE Account__c = '${account.accountId}'`
        );
        const trust = await openAccount(watched.page, account.accountId);
        await trust.getByRole('button', { name: label('TL_Panel_Recalculate') }).click();
        await watched.page.getByText(label('TL_Panel_Recalculated')).waitFor({ timeout: 20_000 });
        const after = await query<{ Id: string; Key__c: string; Source__c: string }>(
            preview.org,
            `SELECT Id, Key__c, Source__c FROM Trust_Score__c WHERE Account__c = '${account.accountId}'`
        );
        expect(after.length).toBe(before.length + 1);
        const added = after.find((row) => !before.some((old) => old.Id === row.Id));
        expect(added?.Source__c).toBe('Panel');
        expect(added?.Key__c.startsWith(`${account.accountId}:`)).toBe(true);
    });

    it('logs a promise: it appears in the list and in the org', async () => {
        const account = exemplaryAndEroding(cli).exemplary;
        const page = watched.page;
        const trust = await openAccount(page, account.accountId);
        const name = `E2E promise ${Date.now()}`;
        await trust.getByRole('button', { name: label('TL_Panel_Log_Commitment') }).click();
        const form = trust.locator('c-trust-promises lightning-record-edit-form');
        await form.getByLabel('Commitment', { exact: false }).first().waitFor();
        await form
            .getByRole('textbox', { name: /Commitment/ })
            .first()
            .fill(name);
        const due = form.locator('lightning-input-field').filter({ hasText: 'Due' }).locator('input');
        // The base date input reads the user's locale format (en-US here), as in an org.
        await due.fill('Dec 31, 2026');
        await due.press('Tab');
        await form.getByRole('button', { name: label('TL_Promise_Save') }).click();
        // The promise's name in the list (a link to the record, however the list draws it).
        await trust.locator('c-trust-promises .name').filter({ hasText: name }).waitFor({ timeout: 20_000 });
        const rows = await query<{ Id: string; Status__c: string; Due_On__c: string }>(
            preview.org,
            `SELECT Id, Status__c, Due_On__c FROM Trust_Commitment__c WHERE Account__c = '${account.accountId}' AND Name = '${name}'`
        );
        expect(rows).toHaveLength(1);
        expect(rows[0]?.Status__c).toBe('Open');
        expect(rows[0]?.Due_On__c).toBe('2026-12-31');
    });

    it('has no serious or critical accessibility violations on the Account page, and logged no errors', async () => {
        const account = exemplaryAndEroding(cli).exemplary;
        await openAccount(watched.page, account.accountId);
        const violations = serious(await axeScan(watched.page, 'panel'));
        expect(violations).toEqual([]);
        await screenshot(watched.page, 'panel');
        expect(watched.problems.pageErrors).toEqual([]);
        expect(watched.problems.consoleErrors).toEqual([]);
    });
});
