/**
 * The preview page itself: it loads without console errors, its account picker lists the
 * local org's accounts (the demo export's), the API proxy only forwards what a component can
 * reach through Lightning Data Service and never hands the org's token to the page, and the
 * page shell passes an axe-core scan.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser } from 'playwright-core';
import { axeScan, openPage, screenshot, serious, type WatchedPage } from './support/browser';
import { query } from './support/org';
import { REPO } from './support/paths';
import type { E2EPreview } from './support/preview';
import { startPreviewAndBrowser } from './support/suite';

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
    ({ preview, browser } = await startPreviewAndBrowser());
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
        const answers = await page.evaluate(async () => {
            const config = (globalThis as unknown as { __TRUST_PREVIEW__: { session: string } })
                .__TRUST_PREVIEW__;
            const withSession = { headers: { 'X-Trust-Preview-Session': config.session } };
            return {
                query: (await fetch('/api/query?q=SELECT+Id+FROM+Account', withSession)).status,
                withoutSession: (await fetch('/api/ui-api/object-info/Account')).status,
                withSession: (await fetch('/api/ui-api/object-info/Account', withSession)).status
            };
        });
        expect(answers).toEqual({ query: 404, withoutSession: 403, withSession: 200 });
    });

    it('gives another site open in the same browser no way to write through it or frame it', async () => {
        const target = `${preview.url}api/ui-api/records`;
        const model = {
            apiName: 'Trust_Model__c',
            fields: { Name: 'Planted', Active__c: true, Version__c: 99 }
        };
        // A text/plain form posts `name=value`: the name carries the JSON, the value closes it.
        const json = JSON.stringify({ ...model, fields: { ...model.fields, Notes__c: '' } });
        const [name, value] = [json.slice(0, -3), json.slice(-3)];
        const attacker = `<!doctype html><html lang="en"><title>elsewhere</title>
            <form method="post" enctype="text/plain" action="${target}"><input name='${name}' value='${value}'></form>
            <iframe title="framed" src="${preview.url}"></iframe>`;
        const site = http.createServer((_request, response) => {
            response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
            response.end(attacker);
        });
        await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
        const elsewhere = await openPage(browser);
        try {
            const page = elsewhere.page;
            await page.goto(`http://127.0.0.1:${(site.address() as AddressInfo).port}/`);
            await page.evaluate(
                async ({ url, body }) => {
                    await fetch(url, {
                        method: 'POST',
                        mode: 'no-cors',
                        headers: { 'Content-Type': 'text/plain' },
                        body
                    }).catch(() => undefined);
                },
                { url: target, body: JSON.stringify(model) }
            );
            const framed = page.frames().find((frame) => frame !== page.mainFrame());
            expect(await framed?.locator('preview-app').count()).toBe(0);
            const posted = page.waitForResponse(target);
            await page.locator('form').evaluate((form) => (form as unknown as { submit(): void }).submit());
            expect((await posted).status()).toBe(403);
            const planted = await query(preview.org, "SELECT Id FROM Trust_Model__c WHERE Name = 'Planted'");
            expect(planted).toEqual([]);
        } finally {
            await elsewhere.close();
            await new Promise<void>((resolve) => site.close(() => resolve()));
        }
    });

    it('has no serious or critical accessibility violations on the page', async () => {
        const violations = serious(await axeScan(watched.page, 'shell'));
        expect(violations).toEqual([]);
        await screenshot(watched.page, 'shell');
    });
});
