/**
 * The cost of custom signals in the batch: one `score` of an org with a `Product_Usage__c`
 * export (demo-data --usage) under the default model, then under the same model with three
 * custom signals on that object (goal: ≤ 1.3× the catalog-only run). Both runs read the same
 * folder; only the second reads the usage file, so the ratio is everything custom signals add:
 * staging one more file, reading its rows per account, and scoring three more signals.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateDemoData } from '../tools/demo';

const ROOT = path.resolve(__dirname, '..');

interface Measured {
    ms: number;
    cpuMs: number;
    rss: number;
}

/** Adoption (average), active users at their peak (max) and weeks reported (count). */
const SIGNALS = [
    { id: 'adoption', aggregate: 'average', valueField: 'Adoption__c', scale: { bad: 10, good: 80 } },
    { id: 'peakUsers', aggregate: 'max', valueField: 'Active_Users__c', scale: { bad: 0, good: 200 } },
    { id: 'weeksReported', aggregate: 'count', scale: { bad: 0, good: 10 } }
].map((s) => ({
    label: s.id,
    pillar: 'capability',
    weight: 2,
    enabled: true,
    object: 'Product_Usage__c',
    accountField: 'Account__c',
    dateField: 'Week__c',
    filter: { Type__c: ['Seats'] },
    ...s
}));

export interface CustomSignalCost {
    accounts: number;
    usageRows: number;
    catalogMs: number;
    customMs: number;
    ratio: number;
    catalogCpuMs: number;
    customCpuMs: number;
    ratioCpu: number;
    peakRss: number;
}

export async function measureCustomSignals(
    accounts: number,
    seed: number,
    out: string,
    asOf: string,
    run: (args: string[], label: string) => Measured
): Promise<CustomSignalCost> {
    const dir = path.join(out, `org-${accounts}-seed${seed}-usage`);
    const manifest = path.join(dir, 'bench-manifest.json');
    if (!existsSync(manifest)) {
        rmSync(dir, { recursive: true, force: true });
        const summary = await generateDemoData({
            accounts,
            outDir: dir,
            seed,
            referenceDate: asOf,
            usage: true
        });
        writeFileSync(manifest, JSON.stringify({ usageRows: summary.rows.Product_Usage__c ?? 0 }));
    }
    const { usageRows } = JSON.parse(readFileSync(manifest, 'utf8')) as { usageRows: number };
    const base = JSON.parse(readFileSync(path.join(ROOT, 'config', 'default-model.json'), 'utf8')) as object;
    const modelFile = path.join(out, 'custom-signals-model.json');
    writeFileSync(
        modelFile,
        JSON.stringify({ ...base, name: 'Three custom signals', customSignals: SIGNALS })
    );
    const outCsv = path.join(out, `scores-custom-${accounts}.csv`);
    const score = (extra: string[], label: string): Measured =>
        run(
            [
                path.join('bin', 'trust-ledger.js'),
                'score',
                '--from',
                dir,
                '--as-of',
                asOf,
                '--format',
                'csv',
                '--out',
                outCsv,
                '--quiet',
                ...extra
            ],
            label
        );
    const catalog = score([], 'score, catalog only');
    const custom = score(['--model', modelFile], 'score, three custom signals');
    rmSync(outCsv, { force: true });
    return {
        accounts,
        usageRows,
        catalogMs: catalog.ms,
        customMs: custom.ms,
        ratio: custom.ms / catalog.ms,
        catalogCpuMs: catalog.cpuMs,
        customCpuMs: custom.cpuMs,
        ratioCpu: custom.cpuMs / catalog.cpuMs,
        peakRss: custom.rss
    };
}
