/**
 * Once per e2e run, before any test file: finds the browser and starts it once (so a machine
 * whose browser cannot start fails in seconds, with the reason, not after the build and once per
 * file), builds the preview page, and clears the last run's artifacts.
 * `TRUST_LEDGER_PREVIEW_MODE=development` builds with the LWC engine's development checks, whose
 * warnings the tests then count as console errors.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildPreview } from '../../../tools/preview/build';
import { launchBrowser, testBrowser } from './browser';
import { ARTIFACTS_DIR, E2E_BUILD_DIR } from './paths';

async function checkBrowser(): Promise<void> {
    const found = await testBrowser();
    const browser = await launchBrowser(found);
    try {
        process.stderr.write(`\ne2e: browser ${found.description}, version ${browser.version()}\n`);
    } finally {
        await browser.close();
    }
}

export default async function globalSetup(): Promise<void> {
    await checkBrowser();
    rmSync(ARTIFACTS_DIR, { recursive: true, force: true });
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const mode = process.env.TRUST_LEDGER_PREVIEW_MODE === 'development' ? 'development' : 'production';
    const build = await buildPreview({ outDir: E2E_BUILD_DIR, mode });
    writeFileSync(
        path.join(ARTIFACTS_DIR, 'build.json'),
        `${JSON.stringify({ durationMs: build.durationMs, components: build.components, warnings: build.warnings }, null, 2)}\n`
    );
    process.stderr.write(
        `\ne2e: built the preview (${build.components.length} package components) in ${(build.durationMs / 1000).toFixed(1)} s\n`
    );
}
