/** The folder lock: exclusive while its owner runs, taken over when the owner is gone. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FolderLockedError, lockFolder } from '..';

const NAME = 'test.lock';

describe('lockFolder', () => {
    let folder: string;
    beforeEach(() => {
        folder = mkdtempSync(path.join(os.tmpdir(), 'trust-ledger-lock-'));
    });
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    const writeLock = (owner: object): void =>
        writeFileSync(
            path.join(folder, NAME),
            JSON.stringify({ since: '2026-06-30T00:00:00.000Z', token: 't', ...owner })
        );

    it('is exclusive until released, and release removes only its own lock', () => {
        const lock = lockFolder(folder, NAME);
        expect(() => lockFolder(folder, NAME)).toThrow(FolderLockedError);
        lock.release();
        expect(existsSync(path.join(folder, NAME))).toBe(false);
        const next = lockFolder(folder, NAME);
        lock.release(); // the old holder releasing again must not remove the new lock
        expect(JSON.parse(readFileSync(path.join(folder, NAME), 'utf8'))).toMatchObject({
            token: next.owner.token
        });
        next.release();
    });

    it('takes over the lock of a dead process and says whose', () => {
        const dead = spawnSync(process.execPath, ['-e', '']).pid as number;
        writeLock({ pid: dead, host: os.hostname() });
        const lock = lockFolder(folder, NAME);
        expect(lock.tookOverFrom).toBe(dead);
        lock.release();
    });

    it('respects a running process, and a lock from another host it cannot check', () => {
        writeLock({ pid: process.ppid, host: os.hostname() });
        expect(() => lockFolder(folder, NAME)).toThrow(
            `${folder} is in use by process ${process.ppid} since`
        );
        writeLock({ pid: 1_999_999, host: 'elsewhere.example' });
        expect(() => lockFolder(folder, NAME)).toThrow(`is in use by process 1999999 on elsewhere.example`);
    });

    it('waits out an unreadable lock for a few seconds (it may be being written), then takes it over', () => {
        writeFileSync(path.join(folder, NAME), '');
        expect(() => lockFolder(folder, NAME)).toThrow('is being written or unreadable');
        const old = new Date(Date.now() - 60_000);
        utimesSync(path.join(folder, NAME), old, old);
        const lock = lockFolder(folder, NAME);
        expect(lock.tookOverFrom).toBeNull();
        lock.release();
    });
});
