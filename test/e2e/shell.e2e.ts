/**
 * The preview page itself: it loads without console errors, its account picker lists the
 * local org's accounts (the demo export's), the API proxy only forwards what a component can
 * reach through Lightning Data Service and never hands the org's token to the page, and the
 * page shell passes an axe-core scan.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser } from 'playwright-core';
import { axeScan, launchChromium, openPage, screenshot, serious, type WatchedPage } from './support/browser';
import { REPO } from './support/paths';
import { startE2EPreview, type E2EPreview } from './support/preview';

const demoAccounts = (
    parse(readFileSync(path.join(REPO, 'data', 'demo', 'Account.csv')), { columns: true }) as Array<{
        Id: string;
        Name: string;
    }>
).map((row) => ({ id: row.Id, name: row.Name }));

let preview: E2EPreview;
let browser: Browser;
let watched: WatchedPage;

beforeAll(async () => {
    [preview, browser] = await Promise.all([startE2EPreview(), launchChromium()]);
    watched = await openPage(browser);
    await watched.page.goto(preview.url);
    await watched.page.getByRole('combobox', { name: 'Account' }).waitFor();
    await watched.page.getByText(`${demoAccounts.length} accounts in the local org`).waitFor();
});

afterAll(async () => {
    await watched?.close();
    await browser?.close();
    await preview?.stop();
});

describe('preview page', () => {
    it('loads with no console errors, uncaught exceptions or failed requests', () => {
        expect(watched.problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
    });

    it('lists every account of the local org in the account picker, by name', async () => {
        const page = watched.page;
        await page.getByRole('combobox', { name: 'Account' }).click();
        const options = page.getByRole('option');
        await options.first().waitFor();
        const names = (await options.allInnerTexts()).map((text) => text.split('\n')[0]?.trim() ?? '');
        expect([...names].sort()).toEqual(demoAccounts.map((a) => a.name).sort());
        await page.keyboard.press('Escape');
    });

    it('opens the account chosen in the picker on its record page', async () => {
        const page = watched.page;
        const target = demoAccounts[5] as { id: string; name: string };
        await page.getByRole('combobox', { name: 'Account' }).click();
        await page.getByRole('option').filter({ hasText: target.name }).first().click();
        await page.waitForURL(`**/#/record/Account/${target.id}`);
        await page.getByRole('heading', { level: 1 }).filter({ hasText: target.name }).waitFor();
    });

    it('never gives the page the local org token, and proxies only what LDS could reach', async () => {
        const page = watched.page;
        const html = await page.content();
        const config = await page.evaluate(() =>
            JSON.stringify((globalThis as unknown as { __TRUST_PREVIEW__: unknown }).__TRUST_PREVIEW__)
        );
        expect(html).not.toContain(preview.org.accessToken);
        expect(config).not.toContain(preview.org.accessToken);
        const refused = await page.evaluate(async () => {
            const response = await fetch('/api/query?q=SELECT+Id+FROM+Account');
            return response.status;
        });
        expect(refused).toBe(404);
    });

    it('has no serious or critical accessibility violations on the page', async () => {
        const violations = serious(await axeScan(watched.page, 'shell'));
        expect(violations).toEqual([]);
        await screenshot(watched.page, 'shell');
    });
});
