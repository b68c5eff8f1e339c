/**
 * The output sink: each scored account's result as JSON, CSV or a table, into a file (written
 * whole or not at all) or stdout. The same for an export folder and an org.
 */
import type { TrustModel } from '../../engine/model';
import type { TrustResult } from '../../engine/result';
import { fileTarget, stdoutTarget, type OutputTarget } from '../output/atomicFile';
import { makeSink, type OutputFormat, type OutputTrailer, type ResultSink } from '../output/formats';
import { collectingSink, type ScoreJson } from '../output/scoreResult';
import type { ScoreSink } from './scoreStep';

/**
 * An output opened only once the model in force is known (its name heads the output), so
 * bad input found before that leaves no file behind; nothing at all when there is no format.
 */
export class PendingOutput {
    private sink: ResultSink | null = null;
    private target: OutputTarget | null = null;

    constructor(
        private readonly format: OutputFormat | null,
        private readonly out: string | undefined,
        private readonly asOf: string,
        /**
         * The command's stdout, whether it takes colour (a terminal, and NO_COLOR unset), and
         * who wants the whole score JSON as one object once the output is finished (a shell that
         * returns results, as the sf plugin's --json does).
         */
        private readonly console: {
            stdout: NodeJS.WritableStream;
            color: boolean;
            collect?: ((json: ScoreJson) => void) | undefined;
        } = {
            stdout: process.stdout,
            color: process.stdout.isTTY === true && !process.env.NO_COLOR
        }
    ) {}

    /**
     * Opens the file or stdout; colour only on stdout, and only when the console takes it.
     * `models`: every model of the run in priority order, when several score it (the CSV's
     * custom signal columns and each table row's bands follow them); `model` is the default.
     */
    open(model: TrustModel, models?: readonly TrustModel[]): ScoreSink {
        if (this.format !== null) {
            this.target = this.out ? fileTarget(this.out) : stdoutTarget(this.console.stdout);
            const color = !this.out && this.console.color;
            const context = { asOf: this.asOf, model, target: this.target, color };
            this.sink = makeSink(this.format, models ? { ...context, models } : context);
        }
        if (this.console.collect)
            this.sink = collectingSink(this.sink, { asOf: this.asOf, model }, this.console.collect);
        // The CSV and the table show neither evidence items nor the next band; JSON, and a shell
        // given the results, show both.
        const scoresOnly = this.format !== 'json' && !this.console.collect;
        return { scoresOnly, add: (scored) => this.add(scored.result), finish: () => this.finish() };
    }

    async add(result: TrustResult): Promise<void> {
        if (this.sink) await this.sink.add(result);
    }

    /** Writes what the format keeps to the end (the table, the trailer, the closing bracket). */
    async finish(trailer?: OutputTrailer): Promise<void> {
        if (this.sink) await this.sink.finish(trailer);
    }

    /** Makes a file output visible in one step. */
    async commit(): Promise<void> {
        if (this.target) await this.target.commit();
    }

    /** Drops a file output written so far. */
    abort(): void {
        this.target?.abort();
    }
}

/**
 * A callback told each result, for callers that finish their output themselves (after a
 * stopped run too, whose results so far are still printed).
 */
export function resultCallbackSink(onResult: (result: TrustResult) => Promise<void>): ScoreSink {
    return { add: (scored) => onResult(scored.result), finish: () => Promise.resolve() };
}
