/** `score --from <folder>`: the offline path over a CSV export. */
import { prepareOfflineRun } from '../../pipeline/offlineScore';
import { fileTarget, stdoutTarget } from '../../output/atomicFile';
import { makeSink, type OutputFormat } from '../../output/formats';
import { collectingSink } from '../../output/scoreResult';
import { inertLines, inertText } from '../../output/terminalText';
import { readAsOf, readFolder, readModel } from '../args';
import { colorFor, warn, type CommandIo } from '../command';
import { messages } from '../messages';
import { stderrProgress } from '../progress';

export interface ScoreFolderArgs {
    folder: string;
    asOf: string | undefined;
    modelFile: string | undefined;
    format: OutputFormat;
    out: string | undefined;
    quiet: boolean;
    /** Leave out rows naming accounts the export does not have, instead of refusing it. */
    skipUnknownAccounts?: boolean;
    io: CommandIo;
}

export async function scoreFolder(args: ScoreFolderArgs): Promise<number> {
    const model = readModel(args.modelFile);
    const asOf = readAsOf(args.asOf);
    const folder = readFolder(args.folder, 'score');
    const { io } = args;
    const progress = stderrProgress(!args.quiet, io.stderr);
    const run = await prepareOfflineRun({
        folder,
        model,
        asOf: asOf.day,
        skipUnknownParents: args.skipUnknownAccounts ?? false,
        onLoad: (p) => progress.update(`reading ${p.file}`, p.rows),
        onBaselines: (done: number) => progress.update('org baselines', done)
    });
    progress.done();
    for (const w of run.store.warnings) warn(io, `${inertText(w.file)}: ${inertLines(w.message)}`);
    if (run.closedBeforeCreated > 0)
        io.stderr.write(`${messages.closedBeforeCreated(run.closedBeforeCreated)}\n`);
    const target = args.out ? fileTarget(args.out) : stdoutTarget(io.stdout);
    const output = makeSink(args.format, { asOf: asOf.text, model, target, color: colorFor(io, args.out) });
    const { result } = io;
    const sink = result ? collectingSink(output, { asOf: asOf.text, model }, result) : output;
    try {
        const total = run.store.accounts;
        for (const result of run.results((done: number) => progress.update('scoring accounts', done, total)))
            await sink.add(result);
        await sink.finish();
        progress.done();
        await target.commit();
    } catch (error) {
        target.abort();
        throw error;
    }
    if (args.out && !args.quiet) io.stderr.write(`${messages.wrote(args.out, run.store.accounts)}\n`);
    return 0;
}
