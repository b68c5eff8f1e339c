/** Owner-only folders, and which leftover per-process folders the next run removes. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makePrivateFolder, removeStaleFolders } from '..';

/** The pid of a process that has exited (spawned and waited for). */
function deadPid(): number {
    const child = spawnSync(process.execPath, ['-e', '']);
    return child.pid as number;
}

describe('private folders', () => {
    let root: string;
    beforeEach(() => {
        root = mkdtempSync(path.join(os.tmpdir(), 'trust-ledger-private-'));
    });
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it('creates folders, and tightens existing ones, to owner-only', () => {
        const fresh = path.join(root, 'a', 'b');
        makePrivateFolder(fresh);
        expect(statSync(fresh).mode & 0o777).toBe(0o700);
        const open = path.join(root, 'open');
        mkdirSync(open, { mode: 0o755 });
        makePrivateFolder(open);
        expect(statSync(open).mode & 0o777).toBe(0o700);
    });

    it('removes the extracts of dead processes and keeps those of running ones', () => {
        const dead = path.join(root, `extract-${deadPid()}`);
        const mine = path.join(root, `extract-${process.pid}`);
        const running = path.join(root, `extract-${process.ppid}`);
        const other = path.join(root, 'extract-notes');
        const checkpoint = path.join(root, `checkpoint-${deadPid()}.json`);
        for (const folder of [dead, mine, running, other]) {
            mkdirSync(path.join(folder, 'chunk-00000'), { recursive: true });
            writeFileSync(path.join(folder, 'chunk-00000', 'Account.csv'), 'Id,Name\n');
        }
        writeFileSync(checkpoint, '{}');
        expect(removeStaleFolders(root, 'extract')).toEqual([dead]);
        expect(existsSync(dead)).toBe(false);
        for (const kept of [mine, running, other, checkpoint]) expect(existsSync(kept)).toBe(true);
    });

    it('finds nothing to remove in a folder that does not exist yet', () => {
        expect(removeStaleFolders(path.join(root, 'missing'), 'extract')).toEqual([]);
    });
});
