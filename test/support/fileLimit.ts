/** The CLI run under a file size limit, the way to give a test a full disk without root. */
import { spawn } from 'node:child_process';
import { BIN, REPO, type CliRun } from './cli';

/**
 * Runs the CLI under `ulimit -f <kib>` (1 KiB blocks): a write past the limit fails with EFBIG
 * (Node ignores SIGXFSZ), as a write to a full disk fails with ENOSPC. Asynchronous, so a local
 * org in the test's own process can serve it.
 */
export function cliWithFileLimit(kib: number, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
    return new Promise((resolve, reject) => {
        const child = spawn(
            'bash',
            ['-c', `ulimit -f ${kib} && exec "$0" "$@"`, process.execPath, BIN, ...args],
            {
                cwd: REPO,
                env: { ...process.env, NO_COLOR: '1', ...env }
            }
        );
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('error', reject);
        child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
}
