/**
 * Times the phases of an offline scoring run in one process (load and stage the CSVs,
 * baselines, score + write CSV), using the CLI's own pipeline. Prints one JSON line. With a
 * third argument `plain`, scores without the path to the next band (the batch computes it),
 * so the two runs tell what it costs.
 */
import { defaultModel } from '../engine/model';
import { parseDay } from '../engine/dates';
import { ExportStore } from '../batch/exports/exportStore';
import { BASELINE_EVIDENCE, BaselineAccumulator } from '../engine/baselines';
import { scoreAccount } from '../engine/score';
import { csvSink } from '../batch/output/formats';

async function main(folder: string, asOf: string, plain: boolean): Promise<void> {
    const options = { nextBand: !plain };
    const model = defaultModel();
    const day = parseDay(asOf) as number;
    const t0 = performance.now();
    const store = await ExportStore.load(folder, model);
    const t1 = performance.now();
    const acc = new BaselineAccumulator(model, day);
    const kinds = new Set(BASELINE_EVIDENCE);
    for (let i = 0; i < store.accounts; i++) acc.add(store.evidenceFor(i, kinds));
    const baselines = acc.result();
    const t2 = performance.now();
    let bytes = 0;
    const sink = csvSink({
        asOf,
        model,
        color: false,
        target: {
            write: async (c) => void (bytes += c.length),
            commit: async () => undefined,
            abort: () => undefined
        }
    });
    for (let i = 0; i < store.accounts; i++)
        await sink.add(scoreAccount(store.evidenceFor(i), model, baselines, day, options));
    await sink.finish();
    const t3 = performance.now();
    process.stdout.write(
        `${JSON.stringify({ loadMs: t1 - t0, baselinesMs: t2 - t1, scoreMs: t3 - t2, bytes })}\n`
    );
}

main(process.argv[2] ?? '.', process.argv[3] ?? '2026-06-30', process.argv[4] === 'plain').catch(
    (error: unknown) => {
        process.stderr.write(`${String(error)}\n`);
        process.exitCode = 1;
    }
);
