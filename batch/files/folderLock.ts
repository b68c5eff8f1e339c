/**
 * An exclusive lock on a folder for the life of a process: a lock file in it holding the
 * owner's pid, host and start time. Two processes sharing one folder (two local orgs on one
 * SQLite store) would otherwise overwrite each other's records and sequences.
 *
 * The lock is created whole or not at all (written to a private temporary file, then
 * hard-linked into place, which fails if a lock exists), so nobody reads a half-written one.
 * A lock left by a process that died (a kill, a power cut) is taken over; so is one whose
 * content cannot be read and that is older than a few seconds. A lock from another host
 * cannot be checked and is always respected.
 */
import { randomBytes } from 'node:crypto';
import {
    closeSync,
    linkSync,
    openSync,
    readFileSync,
    renameSync,
    statSync,
    unlinkSync,
    writeFileSync,
    writeSync
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ioCode } from './ioReason';
import { processAlive } from './processAlive';
import { InputError } from '../../cli/inputError';

export interface LockOwner {
    pid: number;
    host: string;
    /** ISO time the lock was taken. */
    since: string;
    /** Random per lock, so a release never removes a lock someone else took over. */
    token: string;
}

/** The folder is locked by a process that is (or may be) running. */
export class FolderLockedError extends InputError {
    override name = 'FolderLockedError';

    constructor(
        readonly folder: string,
        /** Null when the lock file could not be read (being written, or damaged). */
        readonly owner: LockOwner | null,
        readonly file: string
    ) {
        super(
            owner === null
                ? `${folder} is in use by another process (its lock file ${file} is being written or unreadable)`
                : `${folder} is in use by process ${owner.pid}${owner.host === os.hostname() ? '' : ` on ${owner.host}`} since ${owner.since}`
        );
    }
}

export interface FolderLock {
    readonly file: string;
    readonly owner: LockOwner;
    /** Takes over a lock of a dead process: that process's pid, else null. */
    readonly tookOverFrom: number | null;
    /** Removes the lock if it is still this one's. */
    release(): void;
}

/** An unreadable lock younger than this may be one being written right now. */
const UNREADABLE_GRACE_MS = 5_000;

function readOwner(file: string): LockOwner | null {
    try {
        const owner = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockOwner>;
        if (
            typeof owner.pid === 'number' &&
            typeof owner.host === 'string' &&
            typeof owner.since === 'string' &&
            typeof owner.token === 'string'
        )
            return owner as LockOwner;
        return null;
    } catch (error) {
        if (ioCode(error) === 'ENOENT') throw error;
        return null;
    }
}

/** Whether the owner certainly no longer holds the lock. */
function isStale(file: string, owner: LockOwner | null): boolean {
    if (owner === null) {
        try {
            return Date.now() - statSync(file).mtimeMs > UNREADABLE_GRACE_MS;
        } catch {
            return false;
        }
    }
    if (owner.host !== os.hostname()) return false;
    return owner.pid !== process.pid && !processAlive(owner.pid);
}

/** Puts the lock file in place unless one exists; false if one does. */
function create(file: string, text: string): boolean {
    const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    writeFileSync(temp, text, { mode: 0o600 });
    try {
        linkSync(temp, file);
        return true;
    } catch (error) {
        if (ioCode(error) === 'EEXIST') return false;
        // A file system without hard links: exclusive create, then write.
        if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes(ioCode(error) ?? '')) throw error;
        let fd: number;
        try {
            fd = openSync(file, 'wx', 0o600);
        } catch (inner) {
            if (ioCode(inner) === 'EEXIST') return false;
            throw inner;
        }
        try {
            writeSync(fd, text);
        } finally {
            closeSync(fd);
        }
        return true;
    } finally {
        unlinkSync(temp);
    }
}

/**
 * Moves a stale lock aside. Another process may have taken it over between our read and the
 * move; if what was moved is not the stale lock we judged, it is put back.
 */
function takeOver(file: string, judged: LockOwner | null): void {
    const aside = `${file}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
    try {
        renameSync(file, aside);
    } catch (error) {
        if (ioCode(error) === 'ENOENT') return;
        throw error;
    }
    let moved: LockOwner | null = null;
    try {
        moved = readOwner(aside);
    } catch {
        moved = null;
    }
    if (judged !== null && moved !== null && moved.token !== judged.token) {
        try {
            linkSync(aside, file);
        } catch {
            // A third process holds the folder now; the next attempt reports it.
        }
    }
    unlinkSync(aside);
}

/** Locks `folder` with the lock file `name` in it (the folder must exist). */
export function lockFolder(folder: string, name: string): FolderLock {
    const file = path.join(folder, name);
    const owner: LockOwner = {
        pid: process.pid,
        host: os.hostname(),
        since: new Date().toISOString(),
        token: randomBytes(12).toString('hex')
    };
    const text = `${JSON.stringify(owner)}\n`;
    let tookOverFrom: number | null = null;
    for (let attempt = 0; attempt < 5; attempt++) {
        if (create(file, text)) {
            return {
                file,
                owner,
                tookOverFrom,
                release: () => {
                    try {
                        if (readOwner(file)?.token === owner.token) unlinkSync(file);
                    } catch {
                        // Already gone.
                    }
                }
            };
        }
        let current: LockOwner | null;
        try {
            current = readOwner(file);
        } catch {
            continue; // released between our attempt and the read: try again
        }
        if (!isStale(file, current)) throw new FolderLockedError(folder, current, file);
        tookOverFrom = current?.pid ?? null;
        takeOver(file, current);
    }
    throw new FolderLockedError(folder, null, file);
}
