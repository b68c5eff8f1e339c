/**
 * Two local orgs on one store would overwrite each other's records and id sequences: the
 * second is refused, naming the store and the process that has it; a lock left by a local org
 * that was killed is taken over; a clean stop leaves no lock behind.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FolderLockedError } from '../../batch/files';
import { LOCK_FILE, startLocalOrg } from '../../tools/localOrg/localOrg';
import { BIN } from '../support/cli';
import { scratchDir } from './helpers';
import { isRunning, query, running, startCli } from './startCli';

jest.setTimeout(120_000);

describe('the local org store lock', () => {
    it('refuses a second local org on the same store, naming it and the first process', async () => {
        const cwd = scratchDir();
        try {
            const store = path.join(cwd.dir, 'store');
            const first = running(await startCli(cwd.dir, ['--store', store]));
            try {
                const second = await startCli(cwd.dir, ['--store', store]);
                expect(isRunning(second)).toBe(false);
                if (isRunning(second)) return;
                expect(second.code).toBe(2);
                expect(second.stdout).toBe('');
                expect(second.stderr).toMatch(
                    new RegExp(
                        `^trust-ledger: the local org store ${store.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is in use by process ${String(first.child.pid)} since \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z: stop that local org first, or start this one with another --data or --store\\n$`
                    )
                );
                // The first one kept serving, undisturbed.
                expect(await query(first.ready, 'SELECT Id FROM Account')).toEqual([]);
            } finally {
                expect(await first.stop()).toBe(0);
            }
            expect(existsSync(path.join(store, LOCK_FILE))).toBe(false);
        } finally {
            cwd.cleanup();
        }
    });

    it('npm start while another local org serves the demo store: exit 2 naming both, not a crash', async () => {
        const cwd = scratchDir();
        try {
            const store = path.join(cwd.dir, '.localorg', 'demo');
            const serving = running(await startCli(cwd.dir, ['--store', store]));
            try {
                const start = spawnSync(process.execPath, [BIN, 'start'], {
                    cwd: cwd.dir,
                    encoding: 'utf8',
                    env: { ...process.env, NO_COLOR: '1' }
                });
                expect(start.status).toBe(2);
                expect(start.stderr).toContain(
                    `trust-ledger: ${store} is in use by process ${String(serving.child.pid)} since`
                );
                expect(start.stderr).not.toMatch(/\n\s+at /);
            } finally {
                await serving.stop();
            }
        } finally {
            cwd.cleanup();
        }
    });

    it('takes over the lock of a local org that was killed', async () => {
        const cwd = scratchDir();
        try {
            const store = path.join(cwd.dir, 'store');
            const killed = running(await startCli(cwd.dir, ['--store', store]));
            const pid = killed.child.pid as number;
            expect(await killed.stop('SIGKILL')).toBeNull();
            const lock = JSON.parse(readFileSync(path.join(store, LOCK_FILE), 'utf8')) as { pid: number };
            expect(lock.pid).toBe(pid);

            const next = running(await startCli(cwd.dir, ['--store', store]));
            try {
                expect(next.stderr()).toContain(
                    `Took over the store from process ${pid}, which is no longer running (it was not stopped cleanly).`
                );
                const owner = JSON.parse(readFileSync(path.join(store, LOCK_FILE), 'utf8')) as {
                    pid: number;
                };
                expect(owner.pid).toBe(next.child.pid);
            } finally {
                await next.stop();
            }
        } finally {
            cwd.cleanup();
        }
    });

    it('in one process too: a second start on an open store is refused until the first closes', async () => {
        const data = scratchDir();
        try {
            const first = await startLocalOrg({ dataDir: data.dir, log: () => undefined });
            try {
                // Closed if it starts after all, so a failing test does not leave a server running.
                const refusal = await startLocalOrg({ dataDir: data.dir, log: () => undefined }).then(
                    async (second) => {
                        await second.close();
                        return null;
                    },
                    (error: unknown) => error
                );
                expect(refusal).toBeInstanceOf(FolderLockedError);
                expect((refusal as Error).message).toContain(
                    `${data.dir} is in use by process ${process.pid}`
                );
            } finally {
                await first.close();
            }
            const reopened = await startLocalOrg({ dataDir: data.dir, log: () => undefined });
            await reopened.close();
        } finally {
            data.cleanup();
        }
    });
});
