/**
 * The output sink: each scored account's result as JSON, CSV or a table, into a file (written
 * whole or not at all) or stdout. The same for an export folder and an org.
 */
import type { TrustModel } from '../../engine/model';
import type { TrustResult } from '../../engine/result';
import { fileTarget, stdoutTarget, type OutputTarget } from '../output/atomicFile';
import { makeSink, type OutputFormat, type ResultSink } from '../output/formats';
import type { ScoreSink } from './scoreStep';

/**
 * An output opened only once the model in force is known (its name heads the output), so
 * bad input found before that leaves no file behind; nothing at all when there is no format.
 */
export class PendingOutput {
    private opened: { sink: ResultSink; target: OutputTarget } | null = null;

    constructor(
        private readonly format: OutputFormat | null,
        private readonly out: string | undefined,
        private readonly asOf: string,
        /** The command's stdout, and whether it takes colour (a terminal, and NO_COLOR unset). */
        private readonly console: { stdout: NodeJS.WritableStream; color: boolean } = {
            stdout: process.stdout,
            color: process.stdout.isTTY === true && !process.env.NO_COLOR
        }
    ) {}

    /** Opens the file or stdout; colour only on stdout, and only when the console takes it. */
    open(model: TrustModel): ScoreSink {
        if (this.format !== null) {
            const target = this.out ? fileTarget(this.out) : stdoutTarget(this.console.stdout);
            const color = !this.out && this.console.color;
            this.opened = { sink: makeSink(this.format, { asOf: this.asOf, model, target, color }), target };
        }
        return { add: (scored) => this.add(scored.result), finish: () => this.finish() };
    }

    async add(result: TrustResult): Promise<void> {
        if (this.opened) await this.opened.sink.add(result);
    }

    /** Writes what the format keeps to the end (the table, the closing bracket). */
    async finish(): Promise<void> {
        if (this.opened) await this.opened.sink.finish();
    }

    /** Makes a file output visible in one step. */
    async commit(): Promise<void> {
        if (this.opened) await this.opened.target.commit();
    }

    /** Drops a file output written so far. */
    abort(): void {
        this.opened?.target.abort();
    }
}

/**
 * A callback told each result, for callers that finish their output themselves (after a
 * stopped run too, whose results so far are still printed).
 */
export function resultCallbackSink(onResult: (result: TrustResult) => Promise<void>): ScoreSink {
    return { add: (scored) => onResult(scored.result), finish: () => Promise.resolve() };
}
