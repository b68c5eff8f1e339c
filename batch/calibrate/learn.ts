/** A calibration run over a replay: examples, cross-validation, verdict, and the learnt model. */
import type { SignalId } from '../../engine/catalog';
import { formatDay } from '../../engine/dates';
import type { TrustModel } from '../../engine/model';
import { MIN_OUTCOMES } from '../../records/backtest';
import type { Replay } from '../backtest/replay';
import { crossValidate, FOLDS, verdict, type FoldResult, type Verdict } from './crossValidate';
import { fitWeights, type Example } from './fit';
import { weightKeys, weightLabel, weightsOf, withWeights } from './weights';

export interface Move {
    label: string;
    from: number;
    to: number;
}

export type Calibration =
    | { kind: 'tooFew'; outcomes: number; churned: number }
    | {
          kind: 'learnt' | 'noGain';
          outcomes: number;
          churned: number;
          windows: number;
          accounts: Verdict;
          time: Verdict | null;
          overall: Verdict;
          moves: Move[];
          model: TrustModel;
      };

export function examplesOf(run: Replay): Example[] {
    const out: Example[] = [];
    run.windows.forEach((w, window) => {
        for (const a of w.judged)
            out.push({
                accountId: a.accountId,
                window,
                signals: a.signals as Record<SignalId, number | null>,
                renewed: a.renewed
            });
    });
    return out;
}

export function calibrate(run: Replay, base: TrustModel, horizonDays: number, source: string): Calibration {
    const examples = examplesOf(run);
    const churned = examples.filter((e) => !e.renewed).length;
    const renewed = examples.length - churned;
    if (examples.length < MIN_OUTCOMES || churned < FOLDS || renewed < FOLDS)
        return { kind: 'tooFew', outcomes: examples.length, churned };
    const keys = weightKeys(base);
    const baseWeights = weightsOf(base, keys);
    const folds = crossValidate(base, keys, baseWeights, examples, run.windows.length);
    const of = (kind: FoldResult['kind']): FoldResult[] => folds.filter((f) => f.kind === kind);
    const overall = verdict(folds);
    const learntWeights = fitWeights(base, keys, baseWeights, examples);
    const moves = keys
        .map((k, i) => ({
            label: weightLabel(k),
            from: baseWeights[i] as number,
            to: learntWeights[i] as number
        }))
        .filter((m) => m.from !== m.to)
        .sort((a, b) => Math.abs(b.to - b.from) - Math.abs(a.to - a.from) || a.label.localeCompare(b.label));
    const days = run.windows.map((w) => formatDay(w.asOf));
    const accounts = verdict(of('accounts'));
    const time = run.windows.length > 1 ? verdict(of('time')) : null;
    const description =
        `Weights learnt by trust-ledger calibrate from ${source}: ${days.length} as-of day${days.length === 1 ? '' : 's'} ` +
        `(${days[0]}${days.length > 1 ? ` … ${days[days.length - 1]}` : ''}), renewals closing within ${horizonDays} days, ` +
        `${examples.length} outcomes of which ${churned} lost. Cross-validated AUC (${FOLDS} folds across accounts` +
        `${time ? ' and across time' : ''}): ${overall.base.toFixed(3)} with the weights of ${base.name} v${base.version}, ` +
        `${overall.learnt.toFixed(3)} with these. Structure, mappings and bands are those of ${base.name} v${base.version}.`;
    const model: TrustModel = {
        ...withWeights(base, keys, learntWeights),
        version: base.version + 1,
        description
    };
    return {
        kind: overall.worthIt && moves.length > 0 ? 'learnt' : 'noGain',
        outcomes: examples.length,
        churned,
        windows: run.windows.length,
        accounts,
        time,
        overall,
        moves,
        model
    };
}
