/**
 * One org replayed with one model, the way `trust-ledger backtest --from` replays it: the
 * AUC of every window, their mean, the AUC over all windows together, and each signal's own
 * AUC (the mean over the windows where it could be judged). The judged accounts are kept so
 * weights can be learnt from them.
 */
import { SIGNAL_IDS, type SignalId } from '../../engine/catalog';
import type { Day } from '../../engine/evidence';
import type { TrustModel } from '../../engine/model';
import { backtestReport } from '../../batch/backtest/report';
import { replay, type Replay } from '../../batch/backtest/replay';
import { openFolder } from '../../batch/backtest/source';
import { resolveWindows, type WindowRequest } from '../../cli/windowArgs';
import { meanOf } from './stats';
import type { StudyOrg } from './orgs';

export interface WindowAuc {
    asOf: string;
    accounts: number;
    churned: number;
    auc: number | null;
}

export interface OrgEvaluation {
    org: StudyOrg;
    windows: WindowAuc[];
    /** The mean of the windows' AUCs: the figure the backtest's windows are read by. */
    meanAuc: number | null;
    /** Every judged account of every window in one ranking. */
    pooledAuc: number | null;
    signals: Record<SignalId, number | null>;
    run: Replay;
}

export async function evaluateOrg(
    org: StudyOrg,
    model: TrustModel,
    request: WindowRequest,
    horizonDays: number
): Promise<OrgEvaluation> {
    const opened = await openFolder(org.folder, model);
    try {
        const run = await replay({
            chunks: opened.chunks,
            model,
            horizonDays,
            windows: (newest: Day | null) => resolveWindows(request, horizonDays, newest)
        });
        const report = backtestReport(run, model, horizonDays);
        const signals = {} as Record<SignalId, number | null>;
        for (const id of SIGNAL_IDS)
            signals[id] = meanOf(report.windows.map((w) => w.signals[id]?.auc ?? null));
        return {
            org,
            windows: report.windows.map((w) => ({
                asOf: w.asOf,
                accounts: w.accounts,
                churned: w.churned,
                auc: w.auc
            })),
            meanAuc: meanOf(report.windows.map((w) => w.auc)),
            pooledAuc: report.overall.auc,
            signals,
            run
        };
    } finally {
        opened.close();
    }
}

export interface OrgGain {
    org: StudyOrg;
    /** Mean AUC with the second model minus with the first; null when either has none. */
    gain: number | null;
}

/**
 * The same orgs replayed with two models, org by org. A gain is read against the spread of
 * these gains (the same org, two models), not against the spread of the orgs' levels.
 */
export function gainsOf(first: readonly OrgEvaluation[], second: readonly OrgEvaluation[]): OrgGain[] {
    return first.map((a, i) => {
        const b = second[i];
        if (b === undefined || b.org.folder !== a.org.folder)
            throw new Error('the two runs must replay the same orgs');
        return { org: a.org, gain: a.meanAuc === null || b.meanAuc === null ? null : b.meanAuc - a.meanAuc };
    });
}
