/** `trust-ledger local-org start` run as a child process, as a user or script runs it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { BIN } from '../support/cli';

export interface Ready {
    instanceUrl: string;
    accessToken: string;
    store: string;
    data: string | null;
    importedAt: string | null;
    imported: boolean;
}

export interface RunningCli {
    ready: Ready;
    child: ChildProcess;
    stderr(): string;
    /** SIGTERM (a clean stop) or SIGKILL (a crash); resolves with the exit code. */
    stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface FailedCli {
    code: number | null;
    stdout: string;
    stderr: string;
}

/** Starts `local-org start --json …` in `cwd`; resolves once ready, or with the failure if it exits first. */
export function startCli(cwd: string, args: string[]): Promise<RunningCli | FailedCli> {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [BIN, 'local-org', 'start', '--json', '--port', '0', ...args], {
            cwd,
            env: { ...process.env, NO_COLOR: '1' },
            stdio: ['ignore', 'pipe', 'pipe']
        });
        let stdout = '';
        let stderr = '';
        let ready = false;
        const closed = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            reject(new Error(`local-org start did not get ready: ${stderr}`));
        }, 30_000);
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.stdout.on('data', (chunk: Buffer) => {
            stdout += chunk.toString();
            if (ready || !stdout.includes('\n')) return;
            ready = true;
            clearTimeout(timer);
            resolve({
                ready: JSON.parse(stdout.split('\n')[0] as string) as Ready,
                child,
                stderr: () => stderr,
                stop: (signal = 'SIGTERM') => {
                    child.kill(signal);
                    return closed;
                }
            });
        });
        child.on('error', reject);
        void closed.then((code) => {
            clearTimeout(timer);
            if (!ready) resolve({ code, stdout, stderr });
        });
    });
}

export function isRunning(run: RunningCli | FailedCli): run is RunningCli {
    return 'ready' in run;
}

/** Fails the test with what the CLI printed unless it got ready. */
export function running(run: RunningCli | FailedCli): RunningCli {
    if (!isRunning(run)) throw new Error(`local-org start exited ${String(run.code)}: ${run.stderr}`);
    return run;
}

/** One REST call to the started org, JSON in and out. */
export async function rest(
    ready: Ready,
    method: string,
    resource: string,
    body?: unknown
): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${ready.instanceUrl}/services/data/v62.0${resource}`, {
        method,
        headers: {
            Authorization: `Bearer ${ready.accessToken}`,
            ...(body === undefined ? {} : { 'Content-Type': 'application/json' })
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) })
    });
    const text = await response.text();
    return { status: response.status, body: text === '' ? null : (JSON.parse(text) as unknown) };
}

/** The records of a SOQL query (one page is enough for these tests). */
export async function query(ready: Ready, soql: string): Promise<Array<Record<string, unknown>>> {
    const response = await rest(ready, 'GET', `/query?q=${encodeURIComponent(soql)}`);
    if (response.status !== 200) throw new Error(`${response.status}: ${JSON.stringify(response.body)}`);
    return (response.body as { records: Array<Record<string, unknown>> }).records;
}
