/**
 * The custom signals' outcomes of a staged export's accounts, worked out on a worker thread
 * (customNumbersWorker.ts) while the main thread scores the catalog signals. A custom signal
 * reads only its own object's rows, so on two cores the rows of a million-row usage object are
 * read and summed beside the catalog's scoring instead of after it. The numbers are the
 * engine's own (engine/customNumbers.ts), bit for bit: scores, confidences, amounts and
 * summaries; they carry no items, so only a scoring that reads none uses them
 * (ScoreOptions.customOutcomes).
 */
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Day } from '../../engine/evidence';
import type { TrustModel } from '../../engine/model';
import type { SignalOutcome } from '../../engine/signals/common';
import type { EvidenceObject } from '../../records/evidenceFields';
import type { AccountGrouping, ColumnState } from './columns';
import type { StagedColumn } from './tableStager';

/** One custom object's staged rows as they cross to the worker (copied: the store keeps its own). */
export interface CustomTableJob {
    object: EvidenceObject;
    columns: [string, ColumnState][];
    /** The table's account grouping (columns.ts AccountGrouping). */
    offsets: Int32Array;
    order: Int32Array;
}

export interface CustomNumbersJob {
    model: TrustModel;
    asOf: Day;
    accounts: number;
    /** Accounts per reply. */
    chunk: number;
    /** The model's custom signal ids, in the order each account's numbers are sent. */
    signals: string[];
    tables: CustomTableJob[];
}

export type CustomNumbersReply =
    | {
          kind: 'numbers';
          /** The accounts [start, end), each with one entry per signal; a null score is NaN. */
          start: number;
          end: number;
          scores: Float64Array;
          confidences: Float64Array;
          amounts: Float64Array;
          summaries: string[];
      }
    | { kind: 'failed'; message: string };

type NumbersReply = Extract<CustomNumbersReply, { kind: 'numbers' }>;

type Outcomes = Record<string, SignalOutcome>;

/** Below this many rows of custom objects, starting a worker costs more than it saves. */
export const WORKER_FROM_ROWS = 100_000;

/** Accounts per reply: small, so the scorer soon has the first (it waits for no other: the worker keeps ahead). */
const CHUNK_ACCOUNTS = 512;

/** Items nothing reads (the outcomes serve only a scoring that reads none). */
const NO_ITEMS = Object.freeze([]) as unknown as SignalOutcome['items'];

/** What a custom object's staged table must offer: its columns and its account grouping. */
export interface CustomStagedTable {
    load: { columns: Map<string, StagedColumn> };
    grouping: AccountGrouping;
}

export interface CustomNumbersSource {
    accounts: number;
    readonly customObjects: readonly { object: EvidenceObject; table: CustomStagedTable }[];
    /** The same, moved out: the source reads no custom row afterwards (ExportStore.takeCustomObjects). */
    takeCustomObjects(): readonly { object: EvidenceObject; table: CustomStagedTable }[];
}

/**
 * Whether scoring `source` under `model` should work the custom signals out on a worker: the
 * model has a custom signal switched on, their objects hold at least `minRows` rows, and
 * worker threads are allowed (TRUST_LEDGER_WORKERS=0 forbids them) on more than one core.
 */
export function customNumbersWanted(
    source: CustomNumbersSource,
    model: TrustModel,
    minRows = WORKER_FROM_ROWS
): boolean {
    if (process.env.TRUST_LEDGER_WORKERS === '0') return false;
    const cores =
        typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
    if (cores < 2 || source.accounts === 0) return false;
    if (!(model.customSignals ?? []).some((c) => c.enabled)) return false;
    let rows = 0;
    for (const { table } of source.customObjects) rows += table.grouping.order.length;
    return rows >= minRows && source.customObjects.length > 0;
}

export class CustomNumbers {
    private readonly replies: NumbersReply[] = [];
    private failure: Error | null = null;
    /** Whoever waits for a chunk not yet arrived (the scorer, one at a time; any number is served). */
    private waiting: { chunk: number; resolve: () => void; reject: (error: Error) => void }[] = [];

    private constructor(
        private readonly worker: Worker,
        private readonly signals: readonly string[],
        private readonly chunk: number
    ) {
        worker.on('message', (reply: CustomNumbersReply) => {
            if (reply.kind === 'numbers') this.replies[reply.start / chunk] = reply;
            else this.fail(new Error(`working out the custom signals failed: ${reply.message}`));
            this.wakeUp();
        });
        worker.on('error', (error) => this.fail(error));
        // Any stop before close() is unexpected: a scorer still waiting must not wait forever.
        worker.on('exit', (code) =>
            this.fail(new Error(`the custom signals' worker stopped (exit code ${code})`))
        );
    }

    /** Starts the worker on every account of `source`; {@link close} it when scoring ends. */
    static start(
        source: CustomNumbersSource,
        model: TrustModel,
        asOf: Day,
        chunk = CHUNK_ACCOUNTS
    ): CustomNumbers {
        // From source the worker is TypeScript, loaded through tsx like the rest of the CLI; the
        // installed package runs the compiled JavaScript beside this file.
        const compiled = __filename.endsWith('.js');
        const entry = path.join(__dirname, compiled ? 'customNumbersWorker.js' : 'customNumbersWorker.ts');
        const worker = new Worker(entry, compiled ? {} : { execArgv: ['--require', 'tsx/cjs'] });
        const signals = (model.customSignals ?? []).map((c) => c.id);
        // The tables' typed arrays are transferred, not copied (the source gives them up).
        const transfer = new Set<ArrayBuffer>();
        const moved = <T>(value: T): T => {
            if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer) transfer.add(value.buffer);
            return value;
        };
        const job: CustomNumbersJob = {
            model,
            asOf,
            accounts: source.accounts,
            chunk,
            signals,
            tables: source.takeCustomObjects().map(({ object, table }) => ({
                object,
                columns: [...table.load.columns].map(([name, column]) => {
                    const state = column.state();
                    Object.values(state).forEach(moved);
                    return [name, state];
                }),
                offsets: moved(table.grouping.offsets),
                order: moved(table.grouping.order)
            }))
        };
        try {
            worker.postMessage(job, [...transfer]);
        } catch (error) {
            // A worker never given its job would keep the process alive.
            void worker.terminate();
            throw error;
        }
        return new CustomNumbers(worker, signals, chunk);
    }

    /** The account's custom signal outcomes: at once when the worker got that far, else once it does. */
    at(ordinal: number): Outcomes | Promise<Outcomes> {
        const index = Math.floor(ordinal / this.chunk);
        const reply = this.replies[index];
        if (reply) return this.outcomesOf(reply, ordinal);
        if (this.failure) return Promise.reject(this.failure);
        return new Promise<void>((resolve, reject) => {
            this.waiting.push({ chunk: index, resolve, reject });
        }).then(() => this.outcomesOf(this.replies[index] as NumbersReply, ordinal));
    }

    /** Stops the worker (done, or the scoring stopped). */
    async close(): Promise<void> {
        this.worker.removeAllListeners('exit');
        await this.worker.terminate();
    }

    private outcomesOf(reply: NumbersReply, ordinal: number): Outcomes {
        const { signals } = this;
        const out: Outcomes = {};
        let k = (ordinal - reply.start) * signals.length;
        for (const id of signals) {
            const score = reply.scores[k] as number;
            out[id] = {
                score: Number.isNaN(score) ? null : score,
                confidence: reply.confidences[k] as number,
                amount: reply.amounts[k] as number,
                summary: reply.summaries[k] as string,
                items: NO_ITEMS
            };
            k++;
        }
        return out;
    }

    private fail(error: Error): void {
        this.failure ??= error;
        const waiting = this.waiting;
        this.waiting = [];
        for (const w of waiting) w.reject(this.failure);
    }

    /** Resolves whoever waits for a chunk that arrived; after a failure, rejects the rest. */
    private wakeUp(): void {
        const ready = this.waiting.filter((w) => this.replies[w.chunk]);
        this.waiting = this.waiting.filter((w) => !this.replies[w.chunk]);
        for (const w of ready) w.resolve();
        if (this.failure) this.fail(this.failure);
    }
}
