/**
 * Progress on stderr, never stdout (stdout carries JSON/CSV). On a terminal it redraws one
 * line; otherwise it prints a line at most every few seconds so CI logs stay short.
 */
export interface Progress {
    update(stage: string, done: number, total?: number): void;
    done(message?: string): void;
}

export function stderrProgress(enabled: boolean): Progress {
    const tty = process.stderr.isTTY === true;
    const started = Date.now();
    let last = 0;
    let drawn = false;
    return {
        update(stage, done, total) {
            if (!enabled) return;
            const now = Date.now();
            // Quiet for short runs; then at most 10 redraws/s on a terminal, a line per 5 s in logs.
            if (now - started < 1000 || now - last < (tty ? 100 : 5000)) return;
            last = now;
            const pct = total ? ` ${Math.floor((100 * done) / total)}%` : '';
            const text = `${stage}: ${done.toLocaleString('en-US')}${total ? ` / ${total.toLocaleString('en-US')}` : ''}${pct}`;
            if (tty) {
                process.stderr.write(`\r\x1b[2K${text}`);
                drawn = true;
            } else process.stderr.write(`${text}\n`);
        },
        done(message) {
            if (tty && drawn) process.stderr.write('\r\x1b[2K');
            drawn = false;
            if (message && enabled) process.stderr.write(`${message}\n`);
        }
    };
}
