/**
 * One batch run per org and day at a time. Two runs of the same day share one checkpoint, so
 * the second would resume from the first's progress while it is still writing, and their
 * saves would overwrite each other. The lock is a file next to the checkpoint naming the
 * run that holds it (pid and host). A lock left by a process that no longer exists on this
 * host (a crash, a kill) is taken over; one held by a live process, or by another host,
 * stops the new run with a message naming the lock file and the pid.
 */
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { EXIT, InputError } from '../../cli/inputError';
import { messages } from '../../cli/messages';

interface Holder {
    pid: number;
    host: string;
    token: string;
    startedAt: string;
}

/** Another run holds the lock of this org and day. */
export class RunLockedError extends InputError {
    override name = 'RunLockedError';
    /** Nothing was read or written: a re-run once the other has finished does the work. */
    override readonly exitCode = EXIT.stopped;
    constructor(
        readonly file: string,
        readonly pid: number | null,
        readonly host: string | null
    ) {
        super(`another run holds ${file} (pid ${pid ?? '?'}${host ? ` on ${host}` : ''})`);
    }

    override shown(): string {
        return messages.runLocked(this.file, this.pid, this.host);
    }
}

function parseHolder(text: string): Holder | null {
    try {
        const value = JSON.parse(text) as Partial<Holder> | null;
        if (
            value !== null &&
            typeof value === 'object' &&
            Number.isInteger(value.pid) &&
            (value.pid as number) > 0 &&
            typeof value.host === 'string' &&
            typeof value.token === 'string' &&
            typeof value.startedAt === 'string'
        )
            return value as Holder;
    } catch {
        // not a lock this tool wrote
    }
    return null;
}

/** Does the process exist? EPERM means it does, under another user. */
function alive(pid: number): boolean {
    try {
        process.kill(pid, 0);
        return true;
    } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
}

const readText = (file: string): string | null => {
    try {
        return readFileSync(file, 'utf8');
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
    }
};

export class RunLock {
    private readonly holder: Holder;
    private readonly content: string;
    private held = false;

    constructor(readonly file: string) {
        this.holder = {
            pid: process.pid,
            host: os.hostname(),
            token: randomUUID(),
            startedAt: new Date().toISOString()
        };
        this.content = JSON.stringify(this.holder);
    }

    /** Takes the lock or throws RunLockedError. */
    acquire(): void {
        mkdirSync(path.dirname(this.file), { recursive: true });
        // Rounds: each takes the lock, finds a live holder, or clears (or waits on clearing) a dead one.
        for (let round = 0; round < 100; round++) {
            if (this.tryCreate()) {
                this.held = true;
                return;
            }
            const text = readText(this.file);
            if (text === null) continue; // released meanwhile
            const holder = parseHolder(text);
            if (holder !== null && (holder.host !== this.holder.host || alive(holder.pid)))
                throw new RunLockedError(
                    this.file,
                    holder.pid,
                    holder.host === this.holder.host ? null : holder.host
                );
            // Its owner is gone (or the file is not a lock at all): take it over.
            this.removeStale(text);
        }
        const holder = parseHolder(readText(this.file) ?? '');
        throw new RunLockedError(this.file, holder?.pid ?? null, null);
    }

    /** Removes the lock if this run still holds it. */
    release(): void {
        if (!this.held) return;
        this.held = false;
        if (readText(this.file) === this.content) rmSync(this.file, { force: true });
    }

    /**
     * Creates the lock file with its whole content in one step: the content is written to a
     * file of its own, then hard-linked to the lock's name, which fails if the lock exists.
     * A reader never sees a half-written lock.
     */
    private tryCreate(file: string = this.file): boolean {
        const temp = `${file}.${process.pid}.${randomUUID()}.tmp`;
        writeFileSync(temp, this.content, { mode: 0o600 });
        try {
            linkSync(temp, file);
            return true;
        } catch (error) {
            if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
            throw error;
        } finally {
            rmSync(temp, { force: true });
        }
    }

    /**
     * Deletes the stale lock, if it is still the one judged stale. Several runs may find the
     * same stale lock at once; deleting it is done under a second, short-lived lock (the
     * takeover guard), so a run that judged too late cannot delete a lock another run has just
     * taken. A guard whose process is gone (killed in those few microseconds) is removed.
     */
    private removeStale(staleText: string): void {
        const guard = `${this.file}.takeover`;
        if (!this.tryCreate(guard)) {
            const holder = parseHolder(readText(guard) ?? '');
            if (holder === null || (holder.host === this.holder.host && !alive(holder.pid)))
                rmSync(guard, { force: true });
            pause(10);
            return;
        }
        try {
            if (readText(this.file) === staleText) rmSync(this.file, { force: true });
        } finally {
            rmSync(guard, { force: true });
        }
    }
}

/** A short synchronous wait (the lock is taken before the run starts anything else). */
function pause(ms: number): void {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
