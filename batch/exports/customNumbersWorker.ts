/**
 * Worker thread: works out the custom signals' outcomes of every account of a staged export
 * (engine/customNumbers.ts) and sends them back a chunk of accounts at a time, while the main
 * thread scores the catalog signals (customNumbers.ts).
 */
import { parentPort } from 'node:worker_threads';
import type { CustomRecord } from '../../engine/evidence';
import { customSignalNumbers } from '../../engine/customNumbers';
import { AccountGrouping } from './columns';
import { CustomRecordReader } from './customRecords';
import type { CustomNumbersJob, CustomNumbersReply } from './customNumbers';
import { fromState } from './stageTable';

function work(
    job: CustomNumbersJob,
    send: (reply: CustomNumbersReply, transfer: ArrayBuffer[]) => void
): void {
    const tables = job.tables.map((t) => ({
        reader: new CustomRecordReader(
            t.object,
            fromState({
                object: t.object.object,
                file: '',
                present: true,
                rows: 0,
                columns: t.columns,
                parentIds: null
            }).columns
        ),
        grouping: new AccountGrouping(t.offsets, t.order)
    }));
    const ids = job.signals;
    for (let start = 0; start < job.accounts; start += job.chunk) {
        const end = Math.min(job.accounts, start + job.chunk);
        const n = (end - start) * ids.length;
        const scores = new Float64Array(n);
        const confidences = new Float64Array(n);
        const amounts = new Float64Array(n);
        const summaries = new Array<string>(n);
        let k = 0;
        for (let account = start; account < end; account++) {
            const custom: Record<string, CustomRecord[]> = {};
            // The owner's id is read by no custom signal.
            for (const { reader, grouping } of tables)
                custom[reader.name] = reader.records(grouping.rowsOf(account), '');
            const outcomes = customSignalNumbers(custom, job.model, job.asOf);
            for (const id of ids) {
                const outcome = outcomes[id];
                if (!outcome) throw new Error(`custom signal ${id} is not in the model`);
                scores[k] = outcome.score ?? Number.NaN;
                confidences[k] = outcome.confidence;
                amounts[k] = outcome.amount;
                summaries[k] = outcome.summary;
                k++;
            }
        }
        send({ kind: 'numbers', start, end, scores, confidences, amounts, summaries }, [
            scores.buffer,
            confidences.buffer,
            amounts.buffer
        ]);
    }
}

const port = parentPort;
if (port) {
    port.on('message', (job: CustomNumbersJob) => {
        try {
            work(job, (reply, transfer) => port.postMessage(reply, transfer));
        } catch (error) {
            port.postMessage({
                kind: 'failed',
                message: error instanceof Error ? (error.stack ?? error.message) : String(error)
            } satisfies CustomNumbersReply);
        }
    });
}
