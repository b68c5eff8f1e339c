/**
 * A replay turned into the backtest's JSON (docs/architecture.md shape). With models per
 * segment the top-level figures are every account's, each scored by its own model, and
 * `models` adds each model's own accounts apart, in priority order (a model no account is in
 * is left out): what `--store` saves on that model's Trust_Model__c.
 */
import { SIGNAL_IDS } from '../../engine/catalog';
import { formatDay } from '../../engine/dates';
import type { Day } from '../../engine/evidence';
import type { TrustModel } from '../../engine/model';
import type { ModelSegment } from '../../engine/segment';
import {
    bandOutcomes,
    decileOutcomes,
    overrideOutcome,
    signalOutcomes,
    summariseJudged,
    summariseOverall,
    type BacktestResult,
    type BacktestWindow
} from '../../records/backtest';
import type { JudgedGroup, Replay } from './replay';

/** One model's accounts of a backtest with models per segment. */
export interface ModelBacktest extends BacktestResult {
    /** The segment the model scores; null for the default model (every other account). */
    segment: ModelSegment | null;
}

/** The backtest's JSON; `models` only when several models scored. */
export interface SegmentedBacktest extends BacktestResult {
    models?: ModelBacktest[];
}

function windowReport(
    w: JudgedGroup & { asOf: Day },
    newest: Day | null,
    model: TrustModel,
    horizonDays: number
): BacktestWindow {
    const s = summariseJudged(w.judged, model);
    const end = w.asOf + horizonDays;
    // Signals of the model beyond the catalog (custom ones) are listed after it.
    const ids = [...SIGNAL_IDS] as string[];
    for (const a of w.judged) for (const id of Object.keys(a.signals)) if (!ids.includes(id)) ids.push(id);
    const overrides = overrideOutcome(
        w.judged,
        bandOutcomes(
            w.judged.filter((a) => a.override === undefined),
            model
        )
    );
    return {
        asOf: formatDay(w.asOf),
        until: formatDay(end),
        incomplete: newest === null || end > newest,
        accounts: s.accounts,
        renewed: s.renewed,
        churned: s.churned,
        downsells: s.downsells,
        leftOut: w.leftOut,
        unscored: w.unscored,
        provisional: s.provisional,
        tooFewOutcomes: s.tooFewOutcomes,
        auc: s.auc,
        churnRate: s.churnRate,
        lowestBandLift: s.lowestBandLift,
        bands: s.bands,
        deciles: decileOutcomes(w.judged),
        signals: signalOutcomes(w.judged, ids),
        ...(overrides ? { overrides } : {})
    };
}

/** The report of some windows' judged accounts, read with one model's bands. */
function reportOf(
    windows: readonly (JudgedGroup & { asOf: Day })[],
    newest: Day | null,
    model: TrustModel,
    horizonDays: number
): BacktestResult {
    return {
        horizonDays,
        model: { name: model.name, version: model.version },
        newestRecord: newest === null ? null : formatDay(newest),
        windows: windows.map((w) => windowReport(w, newest, model, horizonDays)),
        overall: summariseOverall(
            windows.map((w) => w.judged),
            model
        )
    };
}

export function backtestReport(run: Replay, model: TrustModel, horizonDays: number): SegmentedBacktest {
    const all = reportOf(run.windows, run.newest, model, horizonDays);
    const { models } = run;
    if (!models) return all;
    // A model no account is in has nothing to report; when only the default has accounts, the
    // whole result is its own, as with one model.
    const scoring = models.flatMap((m, k) => (accountsOf(run, k) > 0 ? [{ m, k }] : []));
    if (scoring.length === 1 && scoring[0]?.m === model) return all;
    return {
        ...all,
        models: scoring.map(({ m, k }) => ({
            ...reportOf(
                run.windows.map((w) => ({ asOf: w.asOf, ...(w.perModel?.[k] as JudgedGroup) })),
                run.newest,
                m,
                horizonDays
            ),
            segment: m.segment ?? null
        }))
    };
}

/** The accounts the k-th model scores: in any window, each is judged, unscored or left out. */
function accountsOf(run: Replay, k: number): number {
    const group = run.windows[0]?.perModel?.[k];
    return group ? group.judged.length + group.unscored + group.leftOut : 0;
}
