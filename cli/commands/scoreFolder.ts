/** `score --from <folder>`: the offline path over a CSV export. */
// Module by module, not the pipeline barrel: that one loads the org job and jsforce with it.
import { openFolderInput } from '../../batch/run/folderInput';
import { PendingOutput } from '../../batch/run/outputSink';
import { runScore } from '../../batch/run/run';
import { storeSource } from '../../batch/run/source';
import type { OutputFormat } from '../../batch/output/formats';
import { inertLines, inertText } from '../../batch/output/terminalText';
import { readAsOf, readFolder, readModels } from '../args';
import { colorFor, warn, type CommandIo } from '../command';
import { messages } from '../messages';
import { stderrProgress } from '../progress';

export interface ScoreFolderArgs {
    folder: string;
    asOf: string | undefined;
    /** `--model`, in priority order (models per segment); none: the shipped model. */
    modelFiles: string | readonly string[] | undefined;
    format: OutputFormat;
    out: string | undefined;
    quiet: boolean;
    /** Leave out rows naming accounts the export does not have, instead of refusing it. */
    skipUnknownAccounts?: boolean;
    io: CommandIo;
}

export async function scoreFolder(args: ScoreFolderArgs): Promise<number> {
    const { model, models, warnings } = readModels(args.modelFiles);
    const asOf = readAsOf(args.asOf);
    const folder = readFolder(args.folder, 'score');
    const { io } = args;
    for (const w of warnings) warn(io, `${inertText(w.path)}: ${inertLines(w.message)}`);
    const progress = stderrProgress(!args.quiet, io.stderr);
    const store = await openFolderInput({
        folder,
        model,
        models,
        skipUnknownParents: args.skipUnknownAccounts ?? false,
        onLoad: (p) => progress.update(`reading ${p.file}`, p.rows)
    });
    const output = new PendingOutput(args.format, args.out, asOf.text, {
        stdout: io.stdout,
        color: colorFor(io, args.out),
        collect: io.result
    });
    try {
        await runScore({
            source: storeSource(store),
            model,
            models,
            asOfDay: asOf.day,
            baselines: { onAccount: (done) => progress.update('org baselines', done) },
            onBaselines: ({ closedBeforeCreated }) => {
                progress.done();
                for (const w of store.warnings) warn(io, `${inertText(w.file)}: ${inertLines(w.message)}`);
                if (closedBeforeCreated > 0)
                    io.stderr.write(`${messages.closedBeforeCreated(closedBeforeCreated)}\n`);
            },
            sinks: () => [output.open(model, models?.models)],
            onProgress: (done, total) => progress.update('scoring accounts', done, total)
        });
        progress.done();
        await output.commit();
    } catch (error) {
        output.abort();
        throw error;
    }
    if (args.out && !args.quiet) io.stderr.write(`${messages.wrote(args.out, store.accounts)}\n`);
    return 0;
}
