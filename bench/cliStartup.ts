/**
 * How long `trust-ledger` takes to start and answer, three ways: through `npx` (what the docs
 * used to show), from the TypeScript sources (a checkout, through tsx), and compiled as the npm
 * package ships it (goal: well under half a second). Medians of several whole-process runs.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

export interface StartupFigures {
    npxMs: number;
    sourceMs: number;
    compiledMs: number;
    runs: number;
}

/** The middle of the values (the mean of the two middle ones for an even count). */
export function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2
        ? (sorted[mid] as number)
        : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function timeRuns(command: string, args: string[], cwd: string, runs: number): number {
    const times: number[] = [];
    for (let i = 0; i <= runs; i++) {
        const started = process.hrtime.bigint();
        const child = spawnSync(command, args, {
            cwd,
            stdio: 'ignore',
            env: { ...process.env, NO_COLOR: '1' }
        });
        if (child.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${child.status}`);
        // The first run warms the file cache and is not counted.
        if (i > 0) times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    return median(times);
}

/** Compiles the CLI as `npm pack` does, into `out`, beside a copy of the bin script. */
export function compileCli(root: string, out: string): string {
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    const tsc = spawnSync(
        process.execPath,
        [
            path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
            '-p',
            'tsconfig.build.json',
            '--outDir',
            path.join(out, 'dist')
        ],
        { cwd: root, stdio: 'inherit' }
    );
    if (tsc.status !== 0) throw new Error('compiling the CLI failed');
    cpSync(path.join(root, 'bin'), path.join(out, 'bin'), { recursive: true });
    return path.join(out, 'bin', 'trust-ledger.js');
}

export function benchCliStartup(root: string, outDir: string, runs = 5): StartupFigures {
    const compiledBin = compileCli(root, path.join(outDir, 'cli'));
    const args = ['help'];
    return {
        npxMs: timeRuns('npx', ['--no-install', 'trust-ledger', ...args], root, runs),
        sourceMs: timeRuns(
            process.execPath,
            [path.join(root, 'bin', 'trust-ledger.js'), ...args],
            root,
            runs
        ),
        compiledMs: timeRuns(process.execPath, [compiledBin, ...args], root, runs),
        runs
    };
}
