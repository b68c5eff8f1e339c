/** Runs the real `trust-ledger` binary, as a user would, and captures what it prints. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const REPO = path.resolve(__dirname, '..', '..');
export const BIN = path.join(REPO, 'bin', 'trust-ledger.js');
export const SMALL_ORG = path.join(REPO, 'test', 'fixtures', 'small-org');

export interface CliRun {
    status: number | null;
    stdout: string;
    stderr: string;
}

export function cli(args: string[], env: NodeJS.ProcessEnv = {}): CliRun {
    const run = spawnSync(process.execPath, [BIN, ...args], {
        cwd: REPO,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', ...env },
        maxBuffer: 64 * 1024 * 1024
    });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A scratch copy of a fixture folder, removed by the returned cleanup. */
export function scratchCopy(from: string = SMALL_ORG): { dir: string; cleanup: () => void } {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'trust-ledger-'));
    cpSync(from, dir, { recursive: true });
    return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A plain progress line (cli/progress.ts, off a terminal): "stage: 1,000 / 4,000 25%". */
const PROGRESS_LINE = /^[^:\n]+: [\d,]+(?: \/ [\d,]+ \d+%)?$/;

/**
 * Stderr without the progress lines a run prints once it has lasted a second: on a busy
 * machine a small run can take that long, and a test that wants "no warnings" must not fail
 * on them.
 */
export function withoutProgress(stderr: string): string {
    return stderr
        .split('\n')
        .filter((line) => !PROGRESS_LINE.test(line))
        .join('\n');
}
