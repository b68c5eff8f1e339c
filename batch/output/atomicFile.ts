/**
 * Output written to a temporary file beside the destination and renamed into place only when
 * complete and on disk, so a failed run (bad input, a full disk, a kill) never leaves a
 * partial `--out` file and never clobbers a previous good one.
 *
 * Writes go through the file descriptor with promises, not a write stream: a stream reports
 * a failed open or a full disk as an 'error' event, which escapes as an unhandled exception
 * when nobody is waiting on it. Here every failure rejects the call that meets it, as an
 * OutputError naming the destination.
 */
import { randomBytes } from 'node:crypto';
import {
    closeSync,
    fsyncSync,
    openSync,
    renameSync,
    rmSync,
    statSync,
    write as writeCallback
} from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { OutputError } from './errors';

export { OutputError } from './errors';

const writeFd = promisify(writeCallback);

export interface OutputTarget {
    write(chunk: string): Promise<void>;
    /** Makes the output visible (rename into place); call once, after the last write. */
    commit(): Promise<void>;
    /** Drops everything written so far. */
    abort(): void;
}

function writer(stream: NodeJS.WritableStream): (chunk: string) => Promise<void> {
    return (chunk) =>
        new Promise((resolve, reject) => {
            const ok = stream.write(chunk, (error) => (error ? reject(error) : undefined));
            if (ok) resolve();
            else stream.once('drain', () => resolve());
        });
}

/** Writes smaller than this are gathered first: one system call per chunk, not per account. */
const FLUSH_AT = 1 << 16;

/** Flushes the folder's entry for a renamed file; not every platform lets a folder be opened. */
function syncFolder(folder: string): void {
    let fd: number;
    try {
        fd = openSync(folder, 'r');
    } catch {
        return;
    }
    try {
        fsyncSync(fd);
    } catch {
        // Some file systems refuse fsync on a folder; the rename itself is still atomic.
    } finally {
        closeSync(fd);
    }
}

/**
 * Opens the temporary file now, so a destination that cannot be written (a missing folder, a
 * folder in its place) fails before any work is done, with an OutputError.
 */
export function fileTarget(file: string): OutputTarget {
    const folder = path.dirname(path.resolve(file));
    let existing: ReturnType<typeof statSync> | undefined;
    try {
        existing = statSync(file, { throwIfNoEntry: false });
    } catch (error) {
        throw new OutputError(file, error);
    }
    if (existing?.isDirectory()) throw new OutputError(file, { code: 'EISDIR' });
    // Unique per run, so two runs writing the same --out never share a temporary file.
    const temp = path.join(
        folder,
        `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.partial`
    );
    let fd: number | null;
    try {
        fd = openSync(temp, 'wx');
    } catch (error) {
        throw new OutputError(file, error);
    }
    let pending = '';
    let failed: OutputError | null = null;
    let done = false;

    const fail = (error: unknown): OutputError => {
        failed ??= error instanceof OutputError ? error : new OutputError(file, error);
        return failed;
    };
    const flush = async (): Promise<void> => {
        if (failed) throw failed;
        if (fd === null) throw fail(new Error('the output was already closed'));
        let bytes = Buffer.from(pending, 'utf8');
        pending = '';
        try {
            // A write may take only part of the buffer; the rest follows.
            while (bytes.length > 0) {
                const { bytesWritten } = await writeFd(fd, bytes, 0, bytes.length, null);
                bytes = bytes.subarray(bytesWritten);
            }
        } catch (error) {
            throw fail(error);
        }
    };
    const close = (): void => {
        if (fd === null) return;
        const open = fd;
        fd = null;
        closeSync(open);
    };
    return {
        write: async (chunk) => {
            if (failed) throw failed;
            pending += chunk;
            if (pending.length >= FLUSH_AT) await flush();
        },
        commit: async () => {
            await flush();
            try {
                // On disk before it gets the real name: a power cut leaves the old file or the
                // whole new one, never a truncated one.
                fsyncSync(fd as number);
                close();
                renameSync(temp, file);
            } catch (error) {
                throw fail(error);
            }
            done = true;
            syncFolder(folder);
        },
        abort: () => {
            if (done) return;
            try {
                close();
            } finally {
                rmSync(temp, { force: true });
            }
        }
    };
}

/** Output to a stream that is already open: stdout by default, whatever the command was given. */
export function stdoutTarget(stream: NodeJS.WritableStream = process.stdout): OutputTarget {
    const write = writer(stream);
    return { write, commit: async () => undefined, abort: () => undefined };
}
