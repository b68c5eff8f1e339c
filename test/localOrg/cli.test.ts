/**
 * `trust-ledger local-org start`, run as a user runs it: `--json` prints exactly one line a
 * script can read, the org answers with the printed token, it listens on 127.0.0.1 only, and
 * stops cleanly on SIGTERM. Bad arguments exit 2 without starting anything.
 */
import { spawn } from 'node:child_process';
import net from 'node:net';
import os from 'node:os';
import { startLocalOrg } from '../../tools/localOrg';
import { BIN, cli } from '../support/cli';
import { scratchDir } from './helpers';

interface Started {
    stdout: string;
    stderr: string;
    code: number | null;
    ready: { instanceUrl: string; accessToken: string };
    limitsStatus: number;
}

/** Starts the CLI, waits for its JSON line, calls `/limits` with it, then stops it with SIGTERM. */
function runStart(cwd: string): Promise<Started> {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [BIN, 'local-org', 'start', '--json', '--port', '0'], {
            cwd,
            env: { ...process.env, NO_COLOR: '1' },
            stdio: ['ignore', 'pipe', 'pipe']
        });
        let stdout = '';
        let stderr = '';
        let ready: Started['ready'] | undefined;
        let limitsStatus = 0;
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            reject(new Error(`local-org start did not get ready: ${stderr}`));
        }, 30_000);
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.stdout.on('data', (chunk: Buffer) => {
            stdout += chunk.toString();
            if (ready !== undefined || !stdout.includes('\n')) return;
            ready = JSON.parse(stdout.split('\n')[0] as string) as Started['ready'];
            const { instanceUrl, accessToken } = ready;
            fetch(`${instanceUrl}/services/data/v62.0/limits`, {
                headers: { Authorization: `Bearer ${accessToken}` }
            })
                .then((response) => {
                    limitsStatus = response.status;
                    return response.text();
                })
                .catch(() => undefined)
                .finally(() => child.kill('SIGTERM'));
        });
        child.on('error', reject);
        child.on('close', (code) => {
            clearTimeout(timer);
            if (ready === undefined) reject(new Error(`exited before ready (${String(code)}): ${stderr}`));
            else resolve({ stdout, stderr, code, ready, limitsStatus });
        });
    });
}

describe('trust-ledger local-org start', () => {
    it('prints exactly one JSON line once ready, serves with that token, stops on SIGTERM', async () => {
        const cwd = scratchDir();
        try {
            const run = await runStart(cwd.dir);
            expect(run.stdout.endsWith('\n')).toBe(true);
            expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
            // The first two keys are the original contract; what is served follows.
            expect(Object.keys(run.ready)).toEqual([
                'instanceUrl',
                'accessToken',
                'store',
                'data',
                'importedAt',
                'imported'
            ]);
            expect(run.ready.instanceUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
            expect(run.limitsStatus).toBe(200);
            expect(run.code).toBe(0);
            // Humans get the same facts on stderr.
            expect(run.stderr).toContain(`Local org listening on ${run.ready.instanceUrl}`);
            expect(run.stderr).toContain(`Access token: ${run.ready.accessToken}`);
            // How to log in for --target-org, without repeating the token.
            expect(run.stderr).toContain(
                `sf org login access-token --instance-url ${run.ready.instanceUrl} --alias local --no-prompt`
            );
        } finally {
            cwd.cleanup();
        }
    }, 40_000);

    it.each([
        [['local-org', 'start', '--fault-rate', '2'], /--fault-rate: "2" is not a number between 0 and 1/],
        [['local-org', 'start', '--port', 'http'], /--port: "http" is not a port number/],
        [
            ['local-org', 'start', '--data', '/nonexistent/folder'],
            /--data: \/nonexistent\/folder is not a folder/
        ],
        [['local-org', 'stop'], /unknown local-org command "stop"/],
        [['local-org', 'start', '--reimport'], /--reimport needs --data <folder>/],
        [
            ['local-org', 'start', '--store', 'package.json'],
            /--store: package\.json exists and is not a folder/
        ]
    ])(
        'exits 2 for %j',
        (args, message) => {
            const run = cli(args);
            expect(run.status).toBe(2);
            expect(run.stderr).toMatch(message);
            expect(run.stdout).toBe('');
        },
        30_000
    );
});

describe('local org network exposure', () => {
    const connects = (host: string, port: number): Promise<boolean> =>
        new Promise((resolve) => {
            const socket = net.connect({ host, port });
            socket.once('connect', () => {
                socket.destroy();
                resolve(true);
            });
            socket.once('error', () => resolve(false));
        });

    it('listens on 127.0.0.1 only', async () => {
        const org = await startLocalOrg({ dataDir: ':memory:', log: () => undefined });
        try {
            const url = new URL(org.instanceUrl);
            expect(url.hostname).toBe('127.0.0.1');
            const port = Number(url.port);
            expect(await connects('127.0.0.1', port)).toBe(true);
            const external = Object.values(os.networkInterfaces())
                .flat()
                .filter((a) => a !== undefined && a.family === 'IPv4' && !a.internal)
                .map((a) => (a as os.NetworkInterfaceInfo).address);
            for (const address of external) expect(await connects(address, port)).toBe(false);
        } finally {
            await org.close();
        }
    });
});
