/**
 * Renders the README's churn chart: `npx tsx tools/docs/renderChurnChart.ts <backtest.json>
 * <out.png>`, where the JSON is what `trust-ledger backtest --format json` printed. The SVG is
 * rasterised by the system's Chromium through playwright-core (no browser download).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { BacktestResult } from '../../records/backtest';
import { churnChartSvg } from './churnChart';

async function main(input: string | undefined, output: string | undefined): Promise<void> {
    if (!input || !output) throw new Error('usage: renderChurnChart.ts <backtest.json> <out.png>');
    const svg = churnChartSvg(JSON.parse(readFileSync(input, 'utf8')) as BacktestResult);
    const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        headless: true
    });
    try {
        const page = await browser.newPage({ deviceScaleFactor: 2 });
        await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
        writeFileSync(output, await page.locator('svg').screenshot({ type: 'png' }));
    } finally {
        await browser.close();
    }
}

main(process.argv[2], process.argv[3]).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
});
