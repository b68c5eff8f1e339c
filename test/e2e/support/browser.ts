/**
 * Headless Chromium for the end-to-end tests, driven by playwright-core (which never downloads a
 * browser): `findBrowser` picks it (`CHROMIUM_PATH`, a system Chromium or Chrome such as the
 * Debian package `.ci/run` installs, Playwright's browsers, else the one `@sparticuz/chromium`
 * ships in its npm package). Every page records console errors, uncaught exceptions and failed
 * requests, so a test can assert that a flow left none.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findBrowser, type FoundBrowser } from './findBrowser';
import { ARTIFACTS_DIR } from './paths';

/** How long a browser may take to start before the suite fails (instead of waiting on). */
const LAUNCH_TIMEOUT_MS = 30_000;

let found: Promise<FoundBrowser> | null = null;

/** The browser this run uses (looked up once per test process). */
export function testBrowser(): Promise<FoundBrowser> {
    found ??= findBrowser();
    return found;
}

/** Starts `browser` headless; rejects (without leaving a process behind) when it cannot start. */
export async function launchBrowser(browser: FoundBrowser): Promise<Browser> {
    const args = ['--disable-background-networking', '--disable-dev-shm-usage', '--no-first-run'];
    // Chromium refuses to run as root with its sandbox on (containers, CI).
    if (process.getuid?.() === 0) args.push('--no-sandbox');
    try {
        return await chromium.launch({
            executablePath: browser.executablePath,
            headless: true,
            args,
            timeout: LAUNCH_TIMEOUT_MS,
            env: { ...process.env, ...browser.env }
        });
    } catch (error) {
        // Playwright's message goes on with the browser's own output, which says why; its call
        // log after that repeats the command line.
        const reason = error instanceof Error ? (error.message.split('\nCall log:')[0] ?? '') : String(error);
        throw new Error(`Could not start ${browser.description}: ${reason}`, { cause: error });
    }
}

export async function launchChromium(): Promise<Browser> {
    return launchBrowser(await testBrowser());
}

export interface PageProblems {
    consoleErrors: string[];
    pageErrors: string[];
    failedRequests: string[];
}

export interface WatchedPage {
    page: Page;
    problems: PageProblems;
    close(): Promise<void>;
}

/** A page at a desktop record-page size, recording what went wrong on it. */
export async function openPage(
    browser: Browser,
    options: { width?: number; height?: number } = {}
): Promise<WatchedPage> {
    const context = await browser.newContext({
        viewport: { width: options.width ?? 1366, height: options.height ?? 900 },
        locale: 'en-US',
        timezoneId: 'UTC'
    });
    const page = await context.newPage();
    const problems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [] };
    page.on('console', (message) => {
        if (message.type() === 'error') problems.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => problems.pageErrors.push(error.stack ?? error.message));
    page.on('response', (response) => {
        if (response.status() >= 400)
            problems.failedRequests.push(
                `${response.status()} ${response.request().method()} ${response.url()}`
            );
    });
    page.on('requestfailed', (request) =>
        problems.failedRequests.push(`failed ${request.method()} ${request.url()}`)
    );
    return { page, problems, close: () => context.close() };
}

export interface AxeViolation {
    id: string;
    impact: string | null;
    help: string;
    nodes: string[];
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's violations on the whole page (WCAG 2.1 A and AA rules plus best practices),
 * written to `tmp/e2e-artifacts/axe-<name>.json` too. axe walks into the components' shadow
 * roots (synthetic ones included) when it scans the document; its shadow-piercing `include`
 * selectors find nothing under synthetic shadow, so a scan is of the whole page, and `within`
 * (a component's tag, e.g. `c-trust-panel`) keeps the violations whose element is inside it.
 */
export async function axeScan(page: Page, name: string, within?: string): Promise<AxeViolation[]> {
    if (!(await page.evaluate(() => 'axe' in globalThis))) await page.addScriptTag({ content: AXE_SOURCE });
    const result = await page.evaluate(async () => {
        type AxeRule = {
            id: string;
            impact: string | null;
            help: string;
            nodes: Array<{ target: unknown[] }>;
        };
        const scope = globalThis as unknown as {
            axe: {
                run(
                    context: unknown,
                    options: unknown
                ): Promise<{ violations: AxeRule[]; passes: AxeRule[] }>;
            };
            document: unknown;
        };
        const run = await scope.axe.run(scope.document, {
            resultTypes: ['violations'],
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }
        });
        return {
            rulesPassed: run.passes.length,
            violations: run.violations.map((violation) => ({
                id: violation.id,
                impact: violation.impact,
                help: violation.help,
                nodes: violation.nodes.map((node) => JSON.stringify(node.target))
            }))
        };
    });
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    writeFileSync(path.join(ARTIFACTS_DIR, `axe-${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
    if (result.rulesPassed === 0) throw new Error('axe checked nothing: the page did not render');
    if (within === undefined) return result.violations;
    return result.violations
        .map((violation) => ({
            ...violation,
            nodes: violation.nodes.filter((node) => node.includes(`"${within}"`))
        }))
        .filter((violation) => violation.nodes.length > 0);
}

export const serious = (violations: AxeViolation[]): AxeViolation[] =>
    violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');

/**
 * Saves a screenshot as `tmp/e2e-artifacts/<name>.png` (the full page unless `fullPage` is
 * false: the viewport, as someone opening the page sees it); returns its path.
 */
export async function screenshot(
    page: Page,
    name: string,
    options: { fullPage?: boolean } = {}
): Promise<string> {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const file = path.join(ARTIFACTS_DIR, `${name}.png`);
    await page.screenshot({ path: file, fullPage: options.fullPage ?? true });
    return file;
}
