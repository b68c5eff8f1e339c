/**
 * `score --target-org | --instance-url --access-token`: the batch pipeline through jsforce.
 * Without --format the summary is the output; with it, stdout carries the receipts (JSON,
 * CSV or table, as offline) and the summary goes to stderr.
 */
import path from 'node:path';
import type { Connection } from '@jsforce/jsforce-node';
import { dryRunJson } from '../../batch/output/dryRunJson';
import type { OutputFormat } from '../../batch/output/formats';
import type { ScoreJson } from '../../batch/output/scoreResult';
import { connect, formatSummary, OrgApi, type ConnectOptions } from '../../batch/org';
import { runOrgScore } from '../../batch/run/orgJob';
import { PendingOutput } from '../../batch/run';
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
    let scored: ScoreJson | null = null;
    const output = new PendingOutput(args.format, args.out, args.asOf.text, {
        stdout: io.stdout,
        color: colorFor(io, args.out),
        collect: io.result ? (json) => (scored = json) : undefined
    });
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
            onModel: (model, models) => void output.open(model, models),
            onResult: (result) => output.add(result)
        });
        progress.done();
        // The summary is known only now: a dry run's JSON ends with the alerts it would have written.
        await output.finish(args.dryRun ? { dryRun: dryRunJson(summary.alerts) } : undefined);
        await output.commit();
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
        output.abort();
        throw error;
    }
}
