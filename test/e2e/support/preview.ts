/**
 * One preview per test file: a local org of its own (a scratch folder, the demo export, or
 * the file's own, imported and scored as `npm start` does) and the page built by `globalSetup`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPreview, type RunningPreview } from '../../../tools/preview/preview';
import { E2E_BUILD_DIR } from './paths';

export interface E2EPreview extends RunningPreview {
    /** Stops the preview and removes its org's folder. */
    stop(): Promise<void>;
}

/** `importFrom`: an export folder of the test's own instead of the bundled demo. */
export async function startE2EPreview(options: { importFrom?: string } = {}): Promise<E2EPreview> {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'trust-ledger-e2e-'));
    const preview = await startPreview({
        dataDir,
        ...(options.importFrom === undefined ? {} : { importFrom: options.importFrom }),
        outDir: E2E_BUILD_DIR,
        build: false,
        log: () => undefined
    });
    return {
        ...preview,
        stop: async () => {
            await preview.close();
            rmSync(dataDir, { recursive: true, force: true });
        }
    };
}
