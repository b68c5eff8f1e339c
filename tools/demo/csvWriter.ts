/**
 * A buffered CSV file writer that respects backpressure. Lines are gathered into ~256 KB
 * chunks (one `write` per chunk, not per row); when the stream's buffer is full the caller
 * awaits `drain()` before producing more, so memory stays bounded however big the file.
 */
import { once } from 'node:events';
import type { WriteStream } from 'node:fs';
import { createWriteStream } from 'node:fs';

const CHUNK_CHARS = 256 * 1024;

export class CsvFileWriter {
    /** Data rows written (the header excluded). */
    rows = 0;
    private pending: string;
    private blocked = false;
    private failure: Error | null = null;
    private readonly stream: WriteStream;

    constructor(
        readonly path: string,
        header: readonly string[]
    ) {
        this.stream = createWriteStream(path, { encoding: 'utf8', highWaterMark: 1024 * 1024 });
        this.stream.on('error', (error: Error) => {
            this.failure ??= error;
        });
        this.pending = `${header.join(',')}\n`;
    }

    /** Appends one already-formatted line (`\n` is added: the export uses bare line feeds). */
    line(text: string): void {
        this.pending += text;
        this.pending += '\n';
        this.rows++;
        if (this.pending.length >= CHUNK_CHARS) this.flush();
    }

    /** True when the stream has more buffered than it wants: call `drain()` before writing on. */
    get needsDrain(): boolean {
        return this.blocked;
    }

    async drain(): Promise<void> {
        this.throwIfFailed();
        if (!this.blocked) return;
        await once(this.stream, 'drain');
        this.blocked = false;
    }

    async close(): Promise<void> {
        this.flush();
        this.throwIfFailed();
        await new Promise<void>((resolve, reject) => {
            this.stream.once('error', reject);
            this.stream.end(() => resolve());
        });
        this.throwIfFailed();
    }

    /** Abandons the file after a failure elsewhere (the caller reports the original error). */
    destroy(): void {
        this.stream.destroy();
    }

    private flush(): void {
        if (this.pending.length === 0) return;
        this.throwIfFailed();
        if (!this.stream.write(this.pending)) this.blocked = true;
        this.pending = '';
    }

    private throwIfFailed(): void {
        if (this.failure !== null) throw this.failure;
    }
}
