/** A replay turned into the backtest's JSON (docs/architecture.md shape). */
import { SIGNAL_IDS } from '../../engine/catalog';
import { formatDay } from '../../engine/dates';
import type { TrustModel } from '../../engine/model';
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
import type { Replay } from './replay';

export function backtestReport(run: Replay, model: TrustModel, horizonDays: number): BacktestResult {
    const windows: BacktestWindow[] = run.windows.map((w) => {
        const s = summariseJudged(w.judged, model);
        const end = w.asOf + horizonDays;
        // Signals of the model beyond the catalog (custom ones) are listed after it.
        const ids = [...SIGNAL_IDS] as string[];
        for (const a of w.judged)
            for (const id of Object.keys(a.signals)) if (!ids.includes(id)) ids.push(id);
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
            incomplete: run.newest === null || end > run.newest,
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
    });
    return {
        horizonDays,
        model: { name: model.name, version: model.version },
        newestRecord: run.newest === null ? null : formatDay(run.newest),
        windows,
        overall: summariseOverall(
            run.windows.map((w) => w.judged),
            model
        )
    };
}
