/**
 * Builds the preview page once for every e2e test file, and clears the last run's artifacts.
 * `TRUST_LEDGER_PREVIEW_MODE=development` builds with the LWC engine's development checks, whose
 * warnings the tests then count as console errors.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildPreview } from '../../../scripts/preview/build';
import { ARTIFACTS_DIR, E2E_BUILD_DIR } from './paths';

export default async function globalSetup(): Promise<void> {
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
