/**
 * Headless Chromium for the end-to-end tests: the system's `chromium` (Debian's package, which
 * `.ci/run` installs when missing; `CHROMIUM_PATH` overrides), driven by playwright-core, which
 * never downloads a browser. Every page records console errors, uncaught exceptions and failed
 * requests, so a test can assert that a flow left none.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ARTIFACTS_DIR } from './paths';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
    if (!existsSync(CHROMIUM_PATH))
        throw new Error(`No Chromium at ${CHROMIUM_PATH}: apt-get install chromium (or set CHROMIUM_PATH)`);
    const args = ['--disable-background-networking', '--disable-dev-shm-usage', '--no-first-run'];
    // Chromium refuses to run as root with its sandbox on (containers, CI).
    if (process.getuid?.() === 0) args.push('--no-sandbox');
    return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args });
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
