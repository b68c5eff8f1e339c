/**
 * Output written to a temporary file and renamed into place only when complete, so a failed
 * run never leaves a partial `--out` file (and never clobbers a previous good one).
 */
import { createWriteStream, renameSync, rmSync, type WriteStream } from 'node:fs';
import path from 'node:path';

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

export function fileTarget(file: string): OutputTarget {
    const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.partial`);
    const stream: WriteStream = createWriteStream(temp);
    const write = writer(stream);
    let done = false;
    return {
        write,
        commit: () =>
            new Promise((resolve, reject) => {
                stream.end(() => {
                    try {
                        renameSync(temp, file);
                        done = true;
                        resolve();
                    } catch (error) {
                        reject(error);
                    }
                });
            }),
        abort: () => {
            if (done) return;
            stream.destroy();
            rmSync(temp, { force: true });
        }
    };
}

export function stdoutTarget(): OutputTarget {
    const write = writer(process.stdout);
    return { write, commit: async () => undefined, abort: () => undefined };
}
