/**
 * The Trust panel of a parent account in the preview. The bundled demo is flat (its panel
 * scores are held to the CLI's), so this file imports an export of its own with hierarchies
 * (`demo-data --hierarchies`, small and seeded), which the preview scores through the batch as
 * `npm start` does, so the receipts and Account trust fields the panel reads exist. The roll-up
 * shown agrees with `score --from` on the same export, and a lowest-band account below opens
 * its own panel.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser, Locator } from 'playwright-core';
import { DEMO_AS_OF } from '../../cli/args';
import type { TrustResult } from '../../engine/result';
import { generateDemoData } from '../../tools/demo';
import { axeScan, openPage, screenshot, serious, type WatchedPage } from './support/browser';
import { label } from './support/labels';
import { cliScores } from './support/org';
import type { E2EPreview } from './support/preview';
import { startPreviewAndBrowser } from './support/suite';

const BASIS_LABEL = {
    contractValue: 'TL_Rollup_Basis_Contract_Value',
    mixed: 'TL_Rollup_Basis_Mixed',
    equal: 'TL_Rollup_Basis_Equal'
} as const;
/** The default model's bands, lowest first. */
const BANDS = ['At Risk', 'Fragile', 'Steady', 'Trusted'];

let scratch: string;
let preview: E2EPreview;
let browser: Browser;
let watched: WatchedPage;
let cli: TrustResult[];
let parentOf: Map<string, string>;

beforeAll(async () => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'trust-ledger-e2e-tree-'));
    const folder = path.join(scratch, 'export');
    await generateDemoData({
        accounts: 30,
        outDir: folder,
        seed: 42,
        referenceDate: DEMO_AS_OF,
        hierarchies: true
    });
    const accounts = parse(readFileSync(path.join(folder, 'Account.csv')), {
        columns: true,
        bom: true
    }) as Array<Record<string, string>>;
    parentOf = new Map(accounts.filter((a) => a.ParentId).map((a) => [a.Id as string, a.ParentId as string]));
    cli = cliScores<TrustResult>(DEMO_AS_OF, folder);
    ({ preview, browser } = await startPreviewAndBrowser(undefined, { importFrom: folder }));
    watched = await openPage(browser, { height: 1000 });
});

afterAll(async () => {
    await watched?.close();
    await browser?.close();
    await preview?.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Every account below `top`, at any depth. */
function below(top: string): TrustResult[] {
    const isBelow = (id: string): boolean => {
        for (let at = parentOf.get(id); at !== undefined; at = parentOf.get(at)) if (at === top) return true;
        return false;
    };
    return cli.filter((a) => isBelow(a.accountId));
}

async function openPanel(accountId: string): Promise<Locator> {
    await watched.page.goto(`${preview.url}#/record/Account/${accountId}`);
    const trust = watched.page.locator('c-trust-panel');
    await trust.locator('c-trust-gauge .score').waitFor();
    return trust;
}

describe('Trust panel of a parent account', () => {
    it('shows the roll-up as the CLI computes it and links the accounts below in the lowest band', async () => {
        const parent = cli.find((a) => a.rollup && a.rollup.children > 1) as TrustResult;
        expect(parent).toBeDefined();
        const rollup = parent.rollup as NonNullable<TrustResult['rollup']>;
        // The panel lists the accounts below holding the lowest band (a provisional score has none).
        const banded = below(parent.accountId).filter((a) => a.band !== null && !a.provisional);
        const lowestBand = BANDS.find((band) => banded.some((a) => a.band === band)) as string;
        const expected = banded
            .filter((a) => a.band === lowestBand)
            .sort((a, b) => (a.score as number) - (b.score as number));
        expect(expected.length).toBeGreaterThan(0);

        const trust = await openPanel(parent.accountId);
        const section = trust.locator('c-trust-rollup');
        await section.locator('.lowest-account').first().waitFor();
        await expect(section.locator('.score').innerText()).resolves.toBe(
            label('TL_Rollup_Score', (rollup.score as number).toFixed(1))
        );
        if (rollup.band !== null)
            await expect(section.locator('.band').innerText()).resolves.toBe(rollup.band);
        await expect(section.locator('.children').innerText()).resolves.toBe(
            label('TL_Rollup_Children', String(rollup.children))
        );
        await expect(section.locator('.basis').innerText()).resolves.toBe(
            label(BASIS_LABEL[rollup.weightBasis])
        );
        await expect(section.locator('.as-of').innerText()).resolves.toContain('2026');
        await expect(section.locator('.lowest-heading').innerText()).resolves.toMatch(
            new RegExp(lowestBand, 'i')
        );
        const links = section.locator('.account-link');
        await expect(links.allInnerTexts()).resolves.toEqual(expected.slice(0, 5).map((a) => a.accountName));
        await screenshot(watched.page, 'panel-parent');
        expect(serious(await axeScan(watched.page, 'panel-parent', 'c-trust-panel'))).toEqual([]);

        // The link opens the account's own panel.
        const target = expected[0] as TrustResult;
        await links.first().click();
        await watched.page.waitForURL(new RegExp(`#/record/[^/]+/${target.accountId}$`));
        const opened = watched.page.locator('c-trust-panel');
        await opened.locator('c-trust-gauge .score').waitFor();
        await expect(opened.locator('c-trust-gauge .score').innerText()).resolves.toContain(
            (target.score as number).toFixed(1)
        );
        expect(watched.problems.pageErrors).toEqual([]);
        expect(watched.problems.consoleErrors).toEqual([]);
    });

    it('shows no roll-up on an account without accounts below', async () => {
        const leaf = cli.find(
            (a) => !a.rollup && parentOf.has(a.accountId) && a.score !== null
        ) as TrustResult;
        const trust = await openPanel(leaf.accountId);
        await trust.locator('c-trust-pillar-list .pillar').first().waitFor();
        await expect(trust.locator('c-trust-rollup').count()).resolves.toBe(0);
    });
});
