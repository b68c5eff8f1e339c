/**
 * The cost of custom signals in the batch: one `score` of an org with a `Product_Usage__c`
 * export (demo-data --usage) under the default model, then under the same model with three
 * custom signals on that object (goal: ≤ 1.3× the catalog-only run). Both runs read the same
 * folder; only the second reads the usage file, so the ratio is everything custom signals add:
 * staging one more file, reading its rows per account, and scoring three more signals (a CSV
 * run does the last two on a worker thread beside the catalog's scoring: customNumbers.ts). Each
 * way of running the CLI (compiled as the npm package ships it, and from the sources through
 * tsx) is timed over several pairs after a warm-up pair; the medians are reported.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateDemoData } from '../tools/demo';
import { median } from './cliStartup';

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

/** One way of running the CLI: compiled as the npm package ships it, or the sources through tsx. */
export interface CliBuild {
    label: string;
    bin: string;
}

/** The medians of several pairs of runs, one after the other, of one way of running the CLI. */
export interface CustomSignalPairs {
    build: string;
    pairs: number;
    catalogMs: number;
    customMs: number;
    /** The median of each pair's ratio, which holds when the machine's speed drifts between pairs. */
    ratio: number;
    catalogCpuMs: number;
    customCpuMs: number;
    ratioCpu: number;
    peakRss: number;
}

export interface CustomSignalCost {
    accounts: number;
    usageRows: number;
    builds: CustomSignalPairs[];
}

export async function measureCustomSignals(
    accounts: number,
    seed: number,
    out: string,
    asOf: string,
    run: (args: string[], label: string) => Measured,
    builds: readonly CliBuild[],
    pairs = 3
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
    const score = (bin: string, extra: string[], label: string): Measured =>
        run(
            [
                bin,
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
    const measured: CustomSignalPairs[] = [];
    for (const build of builds) {
        const catalog: Measured[] = [];
        const custom: Measured[] = [];
        // A warm-up pair first (file cache, compiled code), not counted; then catalog and custom in turn.
        for (let i = 0; i <= pairs; i++) {
            const c = score(build.bin, [], `score, catalog only (${build.label})`);
            const k = score(
                build.bin,
                ['--model', modelFile],
                `score, three custom signals (${build.label})`
            );
            if (i === 0) continue;
            catalog.push(c);
            custom.push(k);
        }
        measured.push({
            build: build.label,
            pairs,
            catalogMs: median(catalog.map((m) => m.ms)),
            customMs: median(custom.map((m) => m.ms)),
            ratio: median(custom.map((m, i) => m.ms / (catalog[i] as Measured).ms)),
            catalogCpuMs: median(catalog.map((m) => m.cpuMs)),
            customCpuMs: median(custom.map((m) => m.cpuMs)),
            ratioCpu: median(custom.map((m, i) => m.cpuMs / (catalog[i] as Measured).cpuMs)),
            peakRss: Math.max(...custom.map((m) => m.rss))
        });
    }
    rmSync(outCsv, { force: true });
    return { accounts, usageRows, builds: measured };
}
