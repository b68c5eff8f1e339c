import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { computeBaselines } from '../../../engine/baselines';
import { defaultModel } from '../../../engine/model';
import type { TrustResult } from '../../../engine/result';
import { scoreAccount } from '../../../engine/score';
import { Checkpoint } from '../../org/checkpoint';
import type { ResultWriter, WriteFailure, WriteItem } from '../../org/writers';
import { CheckpointStep } from '../checkpointStep';
import { ReceiptSink } from '../receiptSink';
import { AS_OF, AS_OF_DAY, loadDemo, scored } from './demoStore';

const ORG = 'https://acme.my.salesforce.com';
const ACCOUNTS = 10;
const JOB = { asOf: AS_OF, modelKey: 'default:1:full', accounts: ACCOUNTS, fingerprint: 'x…y' };
const CONTEXT = {
    asOf: AS_OF,
    model: { name: 'Default', version: 1, recordId: null },
    scoredAt: '2026-06-30T12:00:00.000Z',
    source: 'Batch' as const
};

/**
 * A writer that queues like Bulk: the org holds a batch only once a later batch (or finish)
 * has been given, and it records what the checkpoint said at each write.
 */
class QueueingWriter implements ResultWriter {
    jobs = 0;
    durable = 0;
    written: WriteItem[][] = [];
    private queuedUpTo = 0;
    constructor(private readonly failOn: string | null = null) {}
    async write(items: WriteItem[], upTo: number): Promise<WriteFailure[]> {
        this.durable = this.queuedUpTo;
        this.queuedUpTo = upTo;
        this.written.push(items);
        if (items.length > 0) this.jobs++;
        return items
            .filter((i) => i.accountId === this.failOn)
            .map((i) => ({
                accountId: i.accountId,
                object: 'Trust_Score__c',
                error: 'FIELD_INTEGRITY_EXCEPTION'
            }));
    }
    async finish(): Promise<WriteFailure[]> {
        this.durable = this.queuedUpTo;
        return [{ accountId: 'late', object: 'Account', error: 'UNABLE_TO_LOCK_ROW' }];
    }
}

let scratch: string;
let results: TrustResult[];
beforeAll(async () => {
    const model = defaultModel();
    const store = await loadDemo(model);
    const baselines = computeBaselines(store.allEvidence(), model, AS_OF_DAY);
    results = Array.from({ length: ACCOUNTS }, (_, i) =>
        scoreAccount(store.evidenceFor(i), model, baselines, AS_OF_DAY)
    );
});
beforeEach(() => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'trust-ledger-receipts-'));
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

function sinkWith(
    writer: ResultWriter,
    options: { resumeAt?: number; dryRun?: boolean; lastly?: () => Promise<WriteItem[]> } = {}
) {
    const checkpoint = new Checkpoint(scratch, ORG, AS_OF);
    if (options.resumeAt) checkpoint.save({ ...JOB, written: options.resumeAt });
    const step = new CheckpointStep(checkpoint, JOB, options.dryRun ?? false);
    const batches: { batch: number; checkpoint: number | null }[] = [];
    const sink = new ReceiptSink({
        writer,
        checkpoint: step,
        context: CONTEXT,
        accounts: ACCOUNTS,
        dryRun: options.dryRun ?? false,
        batchSize: 3,
        lastly: options.lastly,
        onBatchWritten: (batch) =>
            batches.push({
                batch,
                checkpoint: existsSync(checkpoint.file)
                    ? (JSON.parse(readFileSync(checkpoint.file, 'utf8')) as { written: number }).written
                    : null
            })
    });
    return { sink, batches };
}

async function feed(sink: ReceiptSink): Promise<void> {
    for (const [i, r] of results.entries())
        await sink.add({ ...scored(r, i, 50), mayUpdateAccount: i !== 4 });
    await sink.finish();
}

describe('the receipt sink', () => {
    it('writes in batches and moves the checkpoint only as far as the writer says the org holds', async () => {
        const writer = new QueueingWriter(results[5]?.accountId ?? null);
        const { sink, batches } = sinkWith(writer);
        await feed(sink);
        expect(writer.written.map((b) => b.length)).toEqual([3, 3, 3, 1]);
        // The checkpoint lags one batch behind, as the queueing writer does: never ahead.
        expect(batches).toEqual([
            { batch: 1, checkpoint: null },
            { batch: 2, checkpoint: 3 },
            { batch: 3, checkpoint: 6 },
            { batch: 4, checkpoint: 9 }
        ]);
        expect(sink.failures.map((f) => f.accountId)).toEqual([results[5]?.accountId, 'late']);
        expect(sink.jobs).toBe(4);
        const first = writer.written[0]?.[0];
        expect(first?.receipt).toMatchObject({
            Key__c: `${results[0]?.accountId}:${AS_OF}`,
            Previous_Score__c: 50
        });
        expect(first?.account).toMatchObject({ Id: results[0]?.accountId });
        // An Account holding a later day's score keeps it.
        expect(writer.written[1]?.[1]?.account).toBeNull();
    });

    it('does not write again the accounts an earlier run of the job wrote', async () => {
        const writer = new QueueingWriter();
        const { sink } = sinkWith(writer, { resumeAt: 7 });
        await feed(sink);
        expect(writer.written.flat().map((i) => i.accountId)).toEqual(
            results.slice(7).map((r) => r.accountId)
        );
    });

    it('in a dry run counts the batches and writes nothing', async () => {
        const writer = new QueueingWriter();
        const { sink, batches } = sinkWith(writer, { dryRun: true });
        await feed(sink);
        expect(writer.written).toEqual([]);
        expect(batches.map((b) => b.batch)).toEqual([1, 2, 3, 4]);
        expect(batches.every((b) => b.checkpoint === null)).toBe(true);
        expect(sink.failures).toEqual([]);
    });

    it('writes the updates that come last after the last batch, a resumed run too, and not in a dry run', async () => {
        const last: WriteItem = { accountId: 'parent', receipt: null, account: { Id: 'parent' } };
        for (const [options, expected] of [
            [{}, 5],
            [{ resumeAt: 7 }, 3],
            [{ dryRun: true }, 0]
        ] as const) {
            const writer = new QueueingWriter();
            let asked = 0;
            const lastly = async (): Promise<WriteItem[]> => {
                asked++;
                return [last];
            };
            const { sink } = sinkWith(writer, { ...options, lastly });
            await feed(sink);
            expect(writer.written.length).toBe(expected);
            if (expected > 0) expect(writer.written[expected - 1]).toEqual([last]);
            expect(asked).toBe('dryRun' in options ? 0 : 1);
        }
    });
});
