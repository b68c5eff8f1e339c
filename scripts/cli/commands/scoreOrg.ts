/**
 * `score --target-org | --instance-url --access-token`: the batch pipeline through jsforce.
 * Without --format the summary is the output; with it, stdout carries the receipts (JSON,
 * CSV or table, as offline) and the summary goes to stderr.
 */
import path from 'node:path';
import type { Connection } from '@jsforce/jsforce-node';
import { fileTarget, stdoutTarget, type OutputTarget } from '../../output/atomicFile';
import { makeSink, type OutputFormat, type ResultSink } from '../../output/formats';
import { connect, formatSummary, OrgApi, runOrgScore, type ConnectOptions } from '../../org';
import { collectingSink, type ScoreJson } from '../../output/scoreResult';
import type { AsOf } from '../args';
import { colorFor, type CommandIo } from '../command';
import { EXIT } from '../inputError';
import { stderrProgress } from '../progress';

export interface ScoreOrgArgs {
    connection: ConnectOptions | Connection;
    asOf: AsOf;
    format: OutputFormat | null;
    out: string | undefined;
    bulk: boolean;
    dryRun: boolean;
    onlyChangedSince: string | null;
    quiet: boolean;
    /** Where checkpoints live; default $TRUST_LEDGER_STATE_DIR, else `.trust-ledger/` in the working directory. */
    checkpointDir?: string;
    io: CommandIo;
}

/**
 * Exit code 3: stopped early, by the org's API limit or because another run of the same org
 * and day holds the lock; the checkpoint lets a re-run resume.
 */
export const EXIT_STOPPED = EXIT.stopped;
/**
 * Exit code 4: the run went to the end but some records could not be written (the summary
 * lists them). A schedule must see it fail: the org holds yesterday's scores for those accounts.
 */
export const EXIT_PARTIAL = EXIT.partial;

/** How a finished run ends: stopped early, partly written, or complete. */
export function exitCodeOf(summary: { stoppedByLimit: string | null; failures: readonly unknown[] }): number {
    if (summary.stoppedByLimit) return EXIT_STOPPED;
    return summary.failures.length > 0 ? EXIT_PARTIAL : 0;
}

/**
 * Crash tests set TRUST_LEDGER_CRASH_AFTER_BATCHES=n: the process kills itself (SIGKILL, no
 * clean-up) right after the n-th batch is written, as a power cut or OOM kill would.
 */
function crashHook(env: NodeJS.ProcessEnv): ((batches: number) => void) | undefined {
    const after = Number(env.TRUST_LEDGER_CRASH_AFTER_BATCHES);
    if (!Number.isInteger(after) || after < 1) return undefined;
    return (batches) => {
        if (batches >= after) process.kill(process.pid, 'SIGKILL');
    };
}

export async function scoreOrg(args: ScoreOrgArgs): Promise<number> {
    const conn = 'request' in args.connection ? args.connection : await connect(args.connection);
    const api = new OrgApi(conn);
    const { io } = args;
    const progress = stderrProgress(!args.quiet, io.stderr);
    let target: OutputTarget | null = null;
    let sink: ResultSink | null = null;
    const modelForOutput = { current: null as null | Parameters<typeof makeSink>[1]['model'] };
    let scored: ScoreJson | null = null;
    try {
        const summary = await runOrgScore({
            api,
            asOf: args.asOf,
            bulk: args.bulk,
            dryRun: args.dryRun,
            onlyChangedSince: args.onlyChangedSince,
            checkpointDir:
                args.checkpointDir ?? io.env.TRUST_LEDGER_STATE_DIR ?? path.join(io.cwd, '.trust-ledger'),
            onProgress: (stage, done, total) => progress.update(stage, done, total),
            onBatchWritten: crashHook(io.env),
            onModel: (model) => {
                modelForOutput.current = model;
                if (args.format) {
                    target = args.out ? fileTarget(args.out) : stdoutTarget(io.stdout);
                    const color = colorFor(io, args.out);
                    sink = makeSink(args.format, { asOf: args.asOf.text, model, target, color });
                }
                if (io.result)
                    sink = collectingSink(sink, { asOf: args.asOf.text, model }, (json) => (scored = json));
            },
            onResult: async (result) => {
                if (sink) await (sink as ResultSink).add(result);
            }
        });
        progress.done();
        if (sink) await (sink as ResultSink).finish();
        if (target) await (target as OutputTarget).commit();
        const text = formatSummary(summary, {
            instanceUrl: api.instanceUrl,
            asOf: args.asOf.text,
            dryRun: args.dryRun
        });
        (args.format ? io.stderr : io.stdout).write(`${text}\n`);
        // The receipts and the run's summary: a run stopped before the model was read has no receipts.
        io.result?.({ ...(scored ?? { asOf: args.asOf.text, accounts: [] }), summary });
        return exitCodeOf(summary);
    } catch (error) {
        progress.done();
        if (target) (target as OutputTarget).abort();
        throw error;
    }
}
