/**
 * `trust-ledger backtest`: how well the score on past days ranked the renewals that
 * followed. Reads the evidence once, replays every as-of day in memory, prints a table or
 * the JSON of docs/architecture.md, and with --store saves it on the model's Trust_Model__c.
 */
import { formatDay, todayUtc } from '../../engine/dates';
import { backtestReport, type ModelBacktest, type SegmentedBacktest } from '../../batch/backtest/report';
import { replay, type Replay } from '../../batch/backtest/replay';
import { openFolder, openOrg, type OpenedEvidence } from '../../batch/backtest/source';
import { modelRecordOfVersion, storeBacktest } from '../../batch/backtest/store';
import { backtestTable, printable } from '../../batch/backtest/table';
import { backtestMessages } from '../../batch/backtest/messages';
import type { ConnectOptions, OrgApi } from '../../batch/org';
import type { TrustModel } from '../../engine/model';
import type { BacktestResult } from '../../records/backtest';
import { readFolder, readModels, UsageError } from '../args';
import { warn, type CommandIo, type Values } from '../command';
import { messages } from '../messages';
import type { REPLAY_OPTIONS } from '../options';
import { orgFrom } from '../orgFlags';
import { stderrProgress, type Progress } from '../progress';
import { readHorizon, readWindowRequest, resolveWindows, type WindowRequest } from '../windowArgs';

/** `model` is repeated for backtest (models per segment), given once for calibrate. */
export type ReplayFlags = Omit<Values<typeof REPLAY_OPTIONS>, 'model'> & { model?: string | string[] };

/** The org the flags (or the SF_* environment) name, or null for a folder. */
export function orgOf(values: ReplayFlags, env: NodeJS.ProcessEnv): ConnectOptions | null {
    return orgFrom(values, values.from, env);
}

/** Opens the folder or org the flags name; the model file, when given, is read first. */
export async function openEvidence(
    values: ReplayFlags,
    command: string,
    io: CommandIo
): Promise<OpenedEvidence> {
    const given = values.model !== undefined ? readModels(values.model) : null;
    for (const w of given?.warnings ?? []) warn(io, `${w.path}: ${w.message}`);
    const org = orgOf(values, io.env);
    if (org)
        return openOrg({
            connection: org,
            model: given?.model ?? null,
            models: given?.models,
            allActive: command === 'backtest',
            bulk: values.bulk ?? false
        });
    const { model, models } = given ?? readModels(undefined);
    return openFolder(readFolder(values.from, command), model, models);
}

/**
 * The step backtest and calibrate share: open the folder or org the flags name, replay every
 * window once with progress on stderr, hand the replay to `use` while the evidence is open,
 * then close it.
 */
export async function replayFromFlags<T>(
    values: ReplayFlags,
    command: string,
    request: WindowRequest,
    horizonDays: number,
    io: CommandIo,
    use: (run: Replay, evidence: OpenedEvidence, progress: Progress) => T
): Promise<{ value: T; evidence: OpenedEvidence }> {
    const progress = stderrProgress(!(values.quiet ?? false), io.stderr);
    const evidence = await openEvidence(values, command, io);
    try {
        const run = await replay({
            chunks: evidence.chunks,
            model: evidence.model,
            models: evidence.models,
            horizonDays,
            windows: (newest) => resolveWindows(request, horizonDays, newest),
            onProgress: (stage, done, total) => progress.update(stage, done, total)
        });
        return { value: use(run, evidence, progress), evidence };
    } finally {
        progress.done();
        evidence.close();
    }
}

export interface BacktestFlags extends ReplayFlags {
    format?: string;
    store?: boolean;
}

export async function runBacktest(values: BacktestFlags, io: CommandIo): Promise<number> {
    const format = values.format ?? 'table';
    if (format !== 'table' && format !== 'json') throw new UsageError(messages.badBacktestFormat(format));
    const horizonDays = readHorizon(values['horizon-days'], 'backtest');
    const request = readWindowRequest(values, 'backtest');
    const store = values.store ?? false;
    if (store && orgOf(values, io.env) === null) throw new UsageError(messages.storeNeedsOrg);
    const { value: result, evidence } = await replayFromFlags(
        values,
        'backtest',
        request,
        horizonDays,
        io,
        (run, opened, progress) => {
            progress.done();
            return backtestReport(run, opened.model, horizonDays);
        }
    );
    for (const w of evidence.warnings) warn(io, w);
    for (const w of result.windows)
        if (w.incomplete && result.newestRecord)
            io.stderr.write(`${backtestMessages.incompleteWarning(w.asOf, w.until, result.newestRecord)}\n`);

    if (store && evidence.api) await storeEach(evidence, result, values.model !== undefined, io);
    io.stdout.write(
        format === 'json'
            ? `${JSON.stringify(result, null, 2)}\n`
            : backtestTable(
                  result,
                  evidence.model.bands[0]?.name ?? null,
                  evidence.models?.models ?? [evidence.model]
              )
    );
    io.result?.(result);
    return 0;
}

/**
 * `--store`: the backtest saved on the Trust_Model__c of the model it judges. With models per
 * segment each model's record gets the backtest of the accounts that model scores (the
 * `models` entries of the JSON), so the setup page shows each segment its own; one model alone
 * gets the whole result, as before. Models from files are found by their version number.
 */
async function storeEach(
    evidence: OpenedEvidence,
    result: SegmentedBacktest,
    fromFiles: boolean,
    io: CommandIo
): Promise<void> {
    const api = evidence.api as OrgApi;
    const models = evidence.models?.models ?? [evidence.model];
    // Each entry names its model by name and version, as every result does.
    const modelOf = (e: ModelBacktest): TrustModel =>
        models.find((m) => m.name === e.model.name && m.version === e.model.version) ?? evidence.model;
    const parts: { model: TrustModel; result: BacktestResult }[] = result.models
        ? result.models.map((entry) => ({ model: modelOf(entry), result: modelPart(entry) }))
        : [{ model: evidence.model, result }];
    const today = formatDay(todayUtc());
    // Every record is found before any is written: a missing one changes nothing.
    const targets: { model: TrustModel; result: BacktestResult; recordId: string }[] = [];
    for (const part of parts) {
        const recordId = fromFiles
            ? await modelRecordOfVersion(api, part.model.version)
            : (evidence.recordIds?.get(part.model) ?? evidence.activeRecordId);
        if (recordId === null || recordId === undefined)
            throw new UsageError(
                fromFiles ? messages.storeNoVersion(part.model.version) : messages.storeNoModel
            );
        targets.push({ ...part, recordId });
    }
    for (const { model, result: part, recordId } of targets) {
        await storeBacktest(api, recordId, part, today);
        io.stderr.write(
            `${
                result.models
                    ? backtestMessages.storedModel(printable(model.name), model.version, recordId)
                    : backtestMessages.stored(model.version, recordId)
            }\n`
        );
    }
}

/** One model's entry as the backtest the setup page reads (its segment is on the model). */
function modelPart(entry: ModelBacktest): BacktestResult {
    const { horizonDays, model, newestRecord, windows, overall } = entry;
    return { horizonDays, model, newestRecord, windows, overall };
}
