/**
 * The browser fallback, whatever browser the rest of the run uses: the Chromium shipped inside
 * the `@sparticuz/chromium` npm package starts and renders the preview, so a machine with no
 * system Chromium still runs every browser test after `npm install` (CI, which installs
 * Debian's chromium, covers both paths this way).
 */
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, type WatchedPage } from './support/browser';
import { bundledChromium } from './support/bundledChromium';
import type { FoundBrowser } from './support/findBrowser';
import type { E2EPreview } from './support/preview';
import { startPreviewAndBrowser } from './support/suite';

const shipped = process.platform === 'linux' && process.arch === 'x64';

describe('the Chromium shipped in the npm package', () => {
    if (!shipped) {
        it('says why it cannot be had on this platform', async () => {
            expect(await bundledChromium()).toEqual({
                unavailable: expect.stringContaining(process.platform)
            });
        });
        return;
    }

    let preview: E2EPreview;
    let browser: Browser;
    let watched: WatchedPage;
    let bundled: FoundBrowser;

    beforeAll(async () => {
        const found = await bundledChromium();
        if (!('executablePath' in found)) throw new Error(found.unavailable);
        bundled = found;
        ({ preview, browser } = await startPreviewAndBrowser(() => launchBrowser(bundled)));
        watched = await openPage(browser);
    });

    afterAll(async () => {
        await watched?.close();
        await browser?.close();
        await preview?.stop();
    });

    it('is the package’s build, not a system browser', () => {
        expect(bundled.source).toBe('bundled');
        expect(bundled.executablePath).toContain('node_modules');
        expect(browser.version()).toMatch(/^\d+\./);
    });

    it('renders the preview: the account picker with the local org’s accounts, and no errors', async () => {
        const page = watched.page;
        await page.goto(preview.url);
        await page.getByRole('combobox', { name: 'Account' }).waitFor();
        await page.getByText(/\d+ accounts in the local org/).waitFor();
        await page.locator('c-trust-panel').waitFor();
        expect(watched.problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
    });
});
