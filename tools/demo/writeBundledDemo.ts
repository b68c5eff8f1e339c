/**
 * Regenerates the small demo export committed under data/demo (150 accounts, seed 42,
 * reference date 2026-06-30): `npx tsx tools/demo/writeBundledDemo.ts`.
 * A test regenerates it in a temporary folder and compares bytes, so it cannot go stale.
 */
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../cli/packageRoot';
import { generateDemoData } from './generate';

export const BUNDLED_DEMO = { accounts: 150, seed: 42, referenceDate: '2026-06-30' } as const;
export const BUNDLED_DEMO_DIR = join(PACKAGE_ROOT, 'data', 'demo');

export async function writeBundledDemo(outDir: string = BUNDLED_DEMO_DIR): Promise<void> {
    const summary = await generateDemoData({ ...BUNDLED_DEMO, outDir });
    process.stdout.write(`${summary.outDir}: ${summary.totalRows} rows ${JSON.stringify(summary.rows)}\n`);
}

if (require.main === module) {
    writeBundledDemo().catch((error: unknown) => {
        process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
        process.exitCode = 1;
    });
}
