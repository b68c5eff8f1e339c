/**
 * Progress on stderr, never stdout (stdout carries JSON/CSV). On a terminal, a progress bar
 * (cli-progress) per stage once a run has lasted a second; otherwise plain lines, at most one
 * every few seconds, so CI logs and schedulers' mail stay short.
 */
import { SingleBar } from 'cli-progress';

export interface Progress {
    update(stage: string, done: number, total?: number): void;
    done(message?: string): void;
}

/** Where progress goes; stderr by default, a fake in tests. */
export interface ProgressStream {
    isTTY?: boolean;
    columns?: number;
    write(text: string): unknown;
}

/** Runs shorter than this show no progress at all. */
const QUIET_FOR_MS = 1000;
/** Plain lines (no terminal) at most this often. */
const LINE_EVERY_MS = 5000;

const count = (n: number): string => n.toLocaleString('en-US');

/**
 * Bars still drawing. A bar redraws on a timer of its own, which would keep the process alive
 * after a command failed half-way: the CLI stops them all on its way out.
 */
const live = new Set<SingleBar>();

export function stopAllProgress(): void {
    for (const bar of live) bar.stop();
    live.clear();
}

export function stderrProgress(
    enabled: boolean,
    stream: ProgressStream = process.stderr,
    now: () => number = Date.now
): Progress {
    const started = now();
    const tty = stream.isTTY === true;
    let lastLine = 0;
    let bar: SingleBar | null = null;
    let barStage: string | null = null;
    let barTotal: number | undefined;

    const stopBar = (): void => {
        if (bar !== null) {
            bar.stop();
            live.delete(bar);
        }
        bar = null;
        barStage = null;
    };

    const drawBar = (stage: string, done: number, total?: number): void => {
        if (bar === null || barStage !== stage || barTotal !== total) {
            stopBar();
            // A stage whose size is unknown (rows of a file being read) counts up without a bar.
            const format =
                total === undefined
                    ? '{stage}: {value}'
                    : '{stage} [{bar}] {percentage}% | {value}/{total} | {eta_formatted} left';
            bar = new SingleBar({
                format,
                stream: stream as NodeJS.WritableStream,
                hideCursor: false,
                clearOnComplete: true,
                // Redraw at most 10 times a second; nothing is drawn off a terminal.
                fps: 10,
                noTTYOutput: false,
                formatValue: (value, _options, type) =>
                    type === 'value' || type === 'total' ? count(value) : String(value)
            });
            bar.start(total ?? 0, done, { stage });
            live.add(bar);
            barStage = stage;
            barTotal = total;
        } else bar.update(done, { stage });
    };

    return {
        update(stage, done, total) {
            if (!enabled) return;
            const t = now();
            if (t - started < QUIET_FOR_MS) return;
            if (tty) return drawBar(stage, done, total);
            if (t - lastLine < LINE_EVERY_MS) return;
            lastLine = t;
            const pct = total ? ` ${Math.floor((100 * done) / total)}%` : '';
            stream.write(`${stage}: ${count(done)}${total ? ` / ${count(total)}` : ''}${pct}\n`);
        },
        done(message) {
            stopBar();
            if (message && enabled) stream.write(`${message}\n`);
        }
    };
}
