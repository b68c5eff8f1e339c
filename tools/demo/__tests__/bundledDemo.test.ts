import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXPORT_OBJECT_NAMES } from '../../../batch/exports/exportSchema';
import { generateDemoData } from '../generate';
import { BUNDLED_DEMO, BUNDLED_DEMO_DIR } from '../writeBundledDemo';

describe('bundled demo export (data/demo)', () => {
    let fresh: string;

    beforeAll(async () => {
        fresh = mkdtempSync(join(tmpdir(), 'trust-ledger-bundled-'));
        await generateDemoData({ ...BUNDLED_DEMO, outDir: fresh });
    });

    afterAll(() => {
        rmSync(fresh, { recursive: true, force: true });
    });

    it('is what the generator writes today (regenerate with tools/demo/writeBundledDemo.ts)', () => {
        for (const object of EXPORT_OBJECT_NAMES) {
            const file = `${object}.csv`;
            const committed = readFileSync(join(BUNDLED_DEMO_DIR, file));
            expect({ file, same: committed.equals(readFileSync(join(fresh, file))) }).toEqual({
                file,
                same: true
            });
        }
    });

    it('stays small enough to commit', () => {
        const bytes = readdirSync(BUNDLED_DEMO_DIR).reduce(
            (sum, name) => sum + statSync(join(BUNDLED_DEMO_DIR, name)).size,
            0
        );
        expect(bytes).toBeLessThan(1024 * 1024);
    });
});
