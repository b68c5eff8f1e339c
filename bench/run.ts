/**
 * `npm run bench`: generates synthetic orgs, then measures the offline scorer against the
 * cost of merely parsing the same CSV files (goal: ≤ 2×), its throughput, and its peak
 * memory (goal: 1M accounts / 10M+ rows within 4 GB). Each measurement runs in a fresh
 * process so peak RSS belongs to that run alone.
 *
 *   npm run bench                       10k, 100k and 1M accounts
 *   npm run bench -- --sizes 10000      a quick look
 *
 * It ends with the panel's in-browser recalculation of one large account (goal < 50 ms), with
 * and without the path to the next band; the offline phases are timed both ways too.
 * Up to 100k accounts it also times a 12-window monthly backtest against one score of the
 * same org (goal ≤ 3×: the evidence is read once and only accounts with an outcome are
 * scored per window).
 *
 *   npm run bench -- --sizes 100000 --only backtest    just the backtest ratio
 *
 * Up to 100k accounts it also times three custom signals against the catalog alone on the same
 * org with a product-usage export (goal ≤ 1.3×; bench/customSignals.ts).
 *
 *   npm run bench -- --sizes 100000 --only custom      just the custom signals' ratio
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateDemoData } from '../tools/demo';
import { benchCliStartup, compileCli } from './cliStartup';
import { measureCustomSignals, type CliBuild, type CustomSignalCost } from './customSignals';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'bench', 'out');
const AS_OF = '2026-06-30';
const GB = 1024 ** 3;

interface Measured {
    ms: number;
    cpuMs: number;
    rss: number;
    stdout: string;
}

function run(args: string[], label: string): Measured {
    const rssFile = path.join(OUT, `rss-${process.pid}.txt`);
    rmSync(rssFile, { force: true });
    const started = process.hrtime.bigint();
    const child = spawnSync(
        process.execPath,
        ['--require', path.join(ROOT, 'bench', 'reportPeakRss.js'), ...args],
        {
            cwd: ROOT,
            env: { ...process.env, TRUST_LEDGER_RSS_FILE: rssFile, NO_COLOR: '1' },
            stdio: ['ignore', 'pipe', 'inherit'],
            maxBuffer: 1024 * 1024 * 64
        }
    );
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (child.status !== 0) throw new Error(`${label} failed with exit code ${child.status}`);
    const usage = existsSync(rssFile)
        ? (JSON.parse(readFileSync(rssFile, 'utf8')) as { rss: number; cpuMs: number })
        : { rss: Number.NaN, cpuMs: Number.NaN };
    rmSync(rssFile, { force: true });
    return { ms, cpuMs: usage.cpuMs, rss: usage.rss, stdout: child.stdout.toString() };
}

function folderBytes(dir: string): number {
    return readdirSync(dir).reduce((sum, f) => sum + statSync(path.join(dir, f)).size, 0);
}

async function ensureOrg(
    accounts: number,
    seed: number
): Promise<{ dir: string; rows: number; generateMs: number | null }> {
    const dir = path.join(OUT, `org-${accounts}-seed${seed}`);
    const manifest = path.join(dir, 'bench-manifest.json');
    if (existsSync(manifest)) {
        const { rows } = JSON.parse(readFileSync(manifest, 'utf8')) as { rows: number };
        return { dir, rows, generateMs: null };
    }
    rmSync(dir, { recursive: true, force: true });
    const started = Date.now();
    const summary = await generateDemoData({ accounts, outDir: dir, seed, referenceDate: AS_OF });
    const generateMs = Date.now() - started;
    writeFileSync(manifest, JSON.stringify({ rows: summary.totalRows, accounts, seed }));
    return { dir, rows: summary.totalRows, generateMs };
}

const fmt = (n: number, digits = 1): string =>
    n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const mb = (bytes: number): string => `${fmt(bytes / 1024 ** 2, 0)} MB`;

/** Twelve monthly as-of days whose 90-day windows all end before the data does. */
const BACKTEST_DAYS = Array.from({ length: 12 }, (_, i) => {
    const month = 3 + i; // April 2025 … March 2026
    return `${2025 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`;
});

/** One offline `score` of an export folder to a CSV file, through the CLI as a user runs it. */
function scoreCsv(folder: string, outCsv: string): Measured {
    const cli = path.join('bin', 'trust-ledger.js');
    return run(
        [cli, 'score', '--from', folder, '--as-of', AS_OF, '--format', 'csv', '--out', outCsv, '--quiet'],
        'score csv'
    );
}

/** A 12-window monthly backtest against one `score` of the same org, both through the CLI. */
async function measureBacktest(accounts: number, seed: number, scored?: Measured) {
    const org = await ensureOrg(accounts, seed);
    const cli = path.join('bin', 'trust-ledger.js');
    const score = scored ?? scoreCsv(org.dir, path.join(OUT, `scores-${accounts}.csv`));
    const out = path.join(OUT, `backtest-${accounts}.json`);
    const backtest = run(
        [
            cli,
            'backtest',
            '--from',
            org.dir,
            '--as-of',
            BACKTEST_DAYS.join(','),
            '--horizon-days',
            '90',
            '--format',
            'json',
            '--quiet'
        ],
        'backtest'
    );
    writeFileSync(out, backtest.stdout);
    const judged = (JSON.parse(backtest.stdout) as { windows: { accounts: number }[] }).windows.reduce(
        (sum, w) => sum + w.accounts,
        0
    );
    const row = {
        accounts,
        windows: BACKTEST_DAYS.length,
        judged,
        scoreMs: score.ms,
        backtestMs: backtest.ms,
        ratio: backtest.ms / score.ms,
        scoreCpuMs: score.cpuMs,
        backtestCpuMs: backtest.cpuMs,
        ratioCpu: backtest.cpuMs / score.cpuMs,
        peakRss: backtest.rss
    };
    process.stdout.write(
        `${accounts.toLocaleString('en-US')} accounts, backtest of 12 monthly windows (${judged.toLocaleString('en-US')} account-windows judged): ${fmt(backtest.ms / 1000)} s wall = ${fmt(row.ratio, 2)}× one score; ${fmt(backtest.cpuMs / 1000)} s CPU = ${fmt(row.ratioCpu, 2)}× (goal ≤ 3×); peak RSS ${mb(backtest.rss)}\n\n`
    );
    return row;
}

async function main(): Promise<void> {
    const { values } = parseArgs({
        options: {
            sizes: { type: 'string' },
            seed: { type: 'string' },
            json: { type: 'boolean' },
            only: { type: 'string' }
        },
        strict: true
    });
    const sizes = (values.sizes ?? '10000,100000,1000000').split(',').map(Number);
    const seed = Number(values.seed ?? 7);
    mkdirSync(OUT, { recursive: true });
    if (values.only !== undefined && values.only !== 'backtest' && values.only !== 'custom')
        throw new Error(`--only: "${values.only}" is not a part of the benchmark (backtest, custom)`);
    const results = [];
    const backtests = [];
    const customCosts: CustomSignalCost[] = [];
    // Custom signals are timed as the npm package runs them (compiled) and from the sources.
    let builds: CliBuild[] | null = null;
    const measureCustom = async (accounts: number): Promise<void> => {
        builds ??= [
            { label: 'compiled', bin: compileCli(ROOT, path.join(OUT, 'cli')) },
            { label: 'from source (tsx)', bin: path.join('bin', 'trust-ledger.js') }
        ];
        const cost = await measureCustomSignals(accounts, seed, OUT, AS_OF, run, builds);
        customCosts.push(cost);
        const lines = cost.builds.map(
            (b) =>
                `  ${b.build}: ${fmt(b.customMs / 1000)} s wall = ${fmt(b.ratio, 2)}× the catalog alone (${fmt(b.catalogMs / 1000)} s); ${fmt(b.ratioCpu, 2)}× CPU (goal ≤ 1.3×); peak RSS ${mb(b.peakRss)}`
        );
        process.stdout.write(
            `${accounts.toLocaleString('en-US')} accounts with ${cost.usageRows.toLocaleString('en-US')} product-usage rows, three custom signals (medians of ${cost.builds[0]?.pairs ?? 0} pairs):\n${lines.join('\n')}\n\n`
        );
    };
    process.stdout.write(`Trust Ledger offline benchmark — node ${process.version}, as of ${AS_OF}\n\n`);
    for (const accounts of sizes.filter((n) => values.only === undefined || n <= 100_000)) {
        if (values.only === 'backtest') {
            backtests.push(await measureBacktest(accounts, seed));
            continue;
        }
        if (values.only === 'custom') {
            await measureCustom(accounts);
            continue;
        }
        const org = await ensureOrg(accounts, seed);
        const bytes = folderBytes(org.dir);
        const parse = run(['--require', 'tsx/cjs', path.join('bench', 'parseOnly.ts'), org.dir], 'parse');
        const outCsv = path.join(OUT, `scores-${accounts}.csv`);
        const cli = path.join('bin', 'trust-ledger.js');
        const score = scoreCsv(org.dir, outCsv);
        const phasesOf = (extra: string[]) =>
            JSON.parse(
                run(
                    ['--require', 'tsx/cjs', path.join('bench', 'scorePhases.ts'), org.dir, AS_OF, ...extra],
                    'phases'
                ).stdout
            ) as { loadMs: number; baselinesMs: number; scoreMs: number };
        const phases = phasesOf([]);
        // The same run without the path to the next band: what the search costs the batch.
        const plainPhases = phasesOf(['plain']);
        const json =
            accounts <= 100_000
                ? run(
                      [
                          cli,
                          'score',
                          '--from',
                          org.dir,
                          '--as-of',
                          AS_OF,
                          '--format',
                          'json',
                          '--out',
                          path.join(OUT, `scores-${accounts}.json`),
                          '--quiet'
                      ],
                      'score json'
                  )
                : null;
        const result = {
            accounts,
            rows: org.rows,
            csvBytes: bytes,
            generateMs: org.generateMs,
            parseMs: parse.ms,
            scoreCsvMs: score.ms,
            scoreJsonMs: json?.ms ?? null,
            ratioCsv: score.ms / parse.ms,
            parseCpuMs: parse.cpuMs,
            scoreCsvCpuMs: score.cpuMs,
            ratioCsvCpu: score.cpuMs / parse.cpuMs,
            phases,
            engineRatio: (phases.baselinesMs + phases.scoreMs) / parse.ms,
            plainPhases,
            nextBandRatio: phases.scoreMs / plainPhases.scoreMs,
            ratioJson: json ? json.ms / parse.ms : null,
            rowsPerSecond: org.rows / (score.ms / 1000),
            peakRssCsv: score.rss,
            peakRssJson: json?.rss ?? null,
            parsePeakRss: parse.rss
        };
        results.push(result);
        process.stdout.write(
            [
                `${accounts.toLocaleString('en-US')} accounts, ${org.rows.toLocaleString('en-US')} rows (${mb(bytes)} of CSV)${org.generateMs !== null ? `, generated in ${fmt(org.generateMs / 1000)} s` : ''}`,
                `  plain CSV parse         ${fmt(parse.ms / 1000)} s wall, ${fmt(parse.cpuMs / 1000)} s CPU (peak RSS ${mb(parse.rss)})`,
                `  score --format csv      ${fmt(score.ms / 1000)} s wall = ${fmt(result.ratioCsv, 2)}× parse; ${fmt(score.cpuMs / 1000)} s CPU = ${fmt(result.ratioCsvCpu, 2)}× parse (goal ≤ 2×); ${fmt(result.rowsPerSecond, 0)} rows/s; peak RSS ${mb(score.rss)}${score.rss > 4 * GB ? '  ← over the 4 GB goal' : ''}`,
                `    phases: read+stage ${fmt(phases.loadMs / 1000)} s, baselines ${fmt(phases.baselinesMs / 1000)} s, score+write ${fmt(phases.scoreMs / 1000)} s — engine work ${fmt(result.engineRatio, 2)}× parse`,
                `    without the path to the next band: score+write ${fmt(plainPhases.scoreMs / 1000)} s (the next band costs ${fmt(result.nextBandRatio, 2)}× that)`,
                json
                    ? `  score --format json     ${fmt(json.ms / 1000)} s  = ${fmt(result.ratioJson ?? 0, 2)}× parse, peak RSS ${mb(json.rss)}`
                    : '',
                ''
            ]
                .filter((l) => l !== '')
                .join('\n') + '\n\n'
        );
        rmSync(outCsv, { force: true });
        if (accounts <= 100_000) backtests.push(await measureBacktest(accounts, seed, score));
        if (accounts <= 100_000) await measureCustom(accounts);
    }
    if (values.only === 'backtest') {
        writeFileSync(path.join(OUT, 'backtest.json'), JSON.stringify(backtests, null, 2));
        return;
    }
    if (values.only === 'custom') {
        writeFileSync(path.join(OUT, 'customSignals.json'), JSON.stringify(customCosts, null, 2));
        return;
    }
    // API economy of the org path, through the embedded local org, for orgs up to 100k accounts.
    const economy = [];
    for (const accounts of sizes.filter((n) => n <= 100_000)) {
        const org = await ensureOrg(accounts, seed);
        for (const bulk of [false, true]) {
            const args = [
                '--require',
                'tsx/cjs',
                path.join('bench', 'apiEconomy.ts'),
                org.dir,
                ...(bulk ? ['bulk'] : [])
            ];
            const measured = run(args, 'api economy');
            const row = JSON.parse(measured.stdout) as {
                calls: number;
                lowerBound: number;
                ratio: number;
                bulkJobs: number;
                ms: number;
                importMs: number;
            };
            economy.push({ accounts, bulk, ...row, peakRss: measured.rss });
            process.stdout.write(
                bulk
                    ? `${accounts.toLocaleString('en-US')} accounts, Bulk API 2.0: ${row.calls} API calls, ${row.bulkJobs} ingest jobs + one query job per object, ${fmt(row.ms / 1000)} s\n`
                    : `${accounts.toLocaleString('en-US')} accounts, REST: ${row.calls} API calls vs lower bound ${row.lowerBound} = ${fmt(row.ratio, 2)}× (goal ≤ 1.2×), ${fmt(row.ms / 1000)} s (local org import ${fmt(row.importMs / 1000)} s)\n`
            );
        }
    }
    // Memory of the org path: one in-memory chunk vs chunks of 10,000 accounts.
    const memory = [];
    const largest = Math.max(0, ...sizes.filter((n) => n <= 100_000));
    if (largest > 0) {
        const org = await ensureOrg(largest, seed);
        const measured = run(
            ['--require', 'tsx/cjs', path.join('bench', 'orgMemory.ts'), org.dir],
            'org memory'
        );
        for (const line of measured.stdout.trim().split('\n')) {
            const row = JSON.parse(line) as { chunkAccounts: number; ms: number; rss: number };
            memory.push({ accounts: largest, ...row });
            const label =
                row.chunkAccounts >= largest
                    ? 'one chunk (in memory)'
                    : `chunks of ${row.chunkAccounts.toLocaleString('en-US')} accounts`;
            process.stdout.write(
                `${largest.toLocaleString('en-US')} accounts through the org path, ${label}: peak RSS ${mb(row.rss)}, ${fmt(row.ms / 1000)} s\n`
            );
        }
    }
    // The panel's Recalculate path for one large account, from the shipped c/trustEngine bundle.
    const panelRun = run(['--require', 'tsx/cjs', path.join('bench', 'panelPath.ts')], 'panel path');
    const panel = JSON.parse(panelRun.stdout) as {
        records: number;
        cold: { adapterMs: number; engineMs: number; nextBandMs: number };
        warmMedian: { adapterMs: number; engineMs: number; nextBandMs: number };
        panelCall: { medianMs: number; runsMs: number[] };
    };
    process.stdout.write(
        `\nPanel recalculation of one account (200 opportunities, 500 cases, 50 contracts; ${panel.records} records): first call ${fmt(panel.cold.engineMs, 2)} ms engine + ${fmt(panel.cold.adapterMs, 2)} ms reading GraphQL nodes (goal < 50 ms engine); warm median ${fmt(panel.warmMedian.engineMs, 2)} ms + ${fmt(panel.warmMedian.adapterMs, 2)} ms\n` +
            `  scored with the path to the next band: first call ${fmt(panel.cold.nextBandMs, 2)} ms engine, warm median ${fmt(panel.warmMedian.nextBandMs, 2)} ms (goal < 50 ms)\n` +
            `  the panel's own call (one scoring with the next band, the first of a fresh process): median of ${panel.panelCall.runsMs.length} ${fmt(panel.panelCall.medianMs, 2)} ms engine (goal < 50 ms)\n`
    );
    const startup = benchCliStartup(ROOT, OUT);
    process.stdout.write(
        `\nCLI start-up (\`trust-ledger help\`, median of ${startup.runs} runs): compiled as the npm package ships it ${fmt(startup.compiledMs, 0)} ms (goal well under 500 ms); from source through tsx ${fmt(startup.sourceMs, 0)} ms; through npx ${fmt(startup.npxMs, 0)} ms\n`
    );
    writeFileSync(
        path.join(OUT, 'results.json'),
        JSON.stringify(
            {
                offline: results,
                backtest: backtests,
                customSignals: customCosts,
                apiEconomy: economy,
                orgMemory: memory,
                panel,
                startup
            },
            null,
            2
        )
    );
    process.stdout.write(
        `Figures saved to ${path.relative(ROOT, path.join(OUT, 'results.json'))}. Generated orgs are kept in bench/out for the next run.\n`
    );
}

main().catch((error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
});
