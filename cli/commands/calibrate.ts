/**
 * `trust-ledger calibrate`: learns signal and pillar weights that rank the renewals after
 * each as-of day better, out of sample, and writes them as a model file. It never activates
 * anything: `model push` does that, after a person has read the numbers.
 */
import { validateModel, InvalidModelError } from '../../engine/model';
import { calibrateMessages as m } from '../../batch/backtest/messages';
import { calibrate } from '../../batch/calibrate/learn';
import { FOLDS } from '../../batch/calibrate/crossValidate';
import { MIN_OUTCOMES } from '../../records/backtest';
import { fileTarget } from '../../batch/output/atomicFile';
import { UsageError } from '../args';
import { warn, type CommandIo } from '../command';
import { messages } from '../messages';
import { readHorizon, readWindowRequest } from '../windowArgs';
import { orgOf, replayFromFlags, type ReplayFlags } from './backtest';

export async function runCalibrate(values: ReplayFlags & { out?: string }, io: CommandIo): Promise<number> {
    const horizonDays = readHorizon(values['horizon-days'], 'calibrate');
    const request = readWindowRequest(values, 'calibrate');
    if (values.out === undefined)
        throw new UsageError(messages.missingOption('--out <model.json>', 'calibrate'));
    const out = values.out;
    const source = orgOf(values, io.env) ? 'an org' : `the export ${values.from ?? ''}`.trim();
    const { value: result, evidence } = await replayFromFlags(
        values,
        'calibrate',
        request,
        horizonDays,
        io,
        (run, opened, progress) => {
            progress.update('learning weights', 0);
            return calibrate(run, opened.model, horizonDays, source);
        }
    );
    for (const w of evidence.warnings) warn(io, w);
    if (result.kind === 'tooFew') {
        io.stdout.write(`${m.tooFew(result.outcomes, result.churned, MIN_OUTCOMES, FOLDS)}\n`);
        io.result?.(result);
        return 0;
    }
    const lines = [
        m.heading(result.windows, result.outcomes, result.churned, FOLDS),
        m.cvLine(m.acrossAccounts, result.accounts.base, result.accounts.learnt)
    ];
    if (result.time) lines.push(m.cvLine(m.acrossTime, result.time.base, result.time.learnt));
    if (result.kind === 'noGain') {
        lines.push(m.noGain(result.overall.base, result.overall.learnt, result.overall.noise));
        io.stdout.write(`${lines.join('\n')}\n`);
        io.result?.(result);
        return 0;
    }
    lines.push(m.gain(result.overall.base, result.overall.learnt, result.overall.noise));
    lines.push(m.movedHeading, ...result.moves.slice(0, 6).map((mv) => m.moved(mv.label, mv.from, mv.to)));
    // The learnt model must pass the same checks as any model an admin writes.
    const checked = validateModel(JSON.parse(JSON.stringify(result.model)));
    if (!checked.ok) throw new InvalidModelError(checked.issues, out);
    const target = fileTarget(out);
    try {
        await target.write(`${JSON.stringify(checked.model, null, 4)}\n`);
        await target.commit();
    } catch (error) {
        target.abort();
        throw error;
    }
    lines.push(m.wrote(out));
    io.stdout.write(`${lines.join('\n')}\n`);
    io.result?.({ ...result, model: checked.model, out });
    return 0;
}
