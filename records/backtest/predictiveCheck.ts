/**
 * The what-if's predictive check: would the draft have ranked the renewals since a past day
 * better than the active model? Both models re-weight the same stored signal scores of each
 * account's latest receipt on or before that day (as the what-if does), so the comparison is
 * between weightings, not between evidence read at different times; the outcome of each account
 * is the backtest's (outcome.ts), and the AUC the backtest's (auc.ts).
 */
import type { SignalId } from '../../engine/catalog';
import type { Day } from '../../engine/evidence';
import type { TrustModel } from '../../engine/model';
import { scoreFromSignals } from '../../engine/score';
import { rankAuc, type Judged } from './auc';
import type { OutcomeKind } from './outcome';
import { roundAuc } from './summary';
import { MIN_OUTCOMES } from './types';

/** The horizon when the active model has no stored backtest: about two quarters of renewals. */
export const DEFAULT_CHECK_HORIZON_DAYS = 180;

export interface CheckWindow {
    /** The past day whose receipts are re-weighted: today − horizon. */
    asOf: Day;
    /** Last day of the window, today: outcomes close in (asOf, until]. */
    until: Day;
    horizonDays: number;
    /** True when the horizon is the stored backtest's, false for the default. */
    fromBacktest: boolean;
}

/** The check's window: the stored backtest's horizon when there is a usable one, else the default. */
export function checkWindow(today: Day, storedHorizonDays: number | null | undefined): CheckWindow {
    const stored =
        typeof storedHorizonDays === 'number' && Number.isInteger(storedHorizonDays) && storedHorizonDays > 0;
    const horizonDays = stored ? (storedHorizonDays as number) : DEFAULT_CHECK_HORIZON_DAYS;
    return { asOf: today - horizonDays, until: today, horizonDays, fromBacktest: stored };
}

/** One account as the check reads it: the stored signal scores of its receipt, and what followed. */
export interface CheckAccount {
    accountId: string;
    /** Null when the account has no receipt on or before the as-of day. */
    signalScores: Readonly<Record<SignalId, number | null>> | null;
    /** Null when no renewal closed in the window. */
    outcome: OutcomeKind | null;
}

export interface PredictiveCheck {
    /** Accounts with a receipt on or before the as-of day. */
    withReceipt: number;
    /** Of those, accounts with an outcome and a score under both models: the ones judged. */
    judged: number;
    renewed: number;
    churned: number;
    /** Accounts with a receipt but no renewal closing in the window. */
    leftOut: number;
    /** Too few outcomes (the backtest's MIN_OUTCOMES), or none of one kind: no AUC is given. */
    tooFewOutcomes: boolean;
    activeAuc: number | null;
    draftAuc: number | null;
}

/**
 * Both models' AUC over the accounts that had a receipt and an outcome. An account either
 * model cannot score (no enabled signal with a stored score) is left out of both, so the two
 * AUCs are over the same renewals.
 */
export function predictiveCheck(
    accounts: readonly CheckAccount[],
    active: TrustModel,
    draft: TrustModel
): PredictiveCheck {
    const activeItems: Judged[] = [];
    const draftItems: Judged[] = [];
    let withReceipt = 0;
    let leftOut = 0;
    for (const account of accounts) {
        if (account.signalScores === null) continue;
        withReceipt++;
        if (account.outcome === null) {
            leftOut++;
            continue;
        }
        const before = scoreFromSignals(account.signalScores, active).score;
        const after = scoreFromSignals(account.signalScores, draft).score;
        if (before === null || after === null) continue;
        const renewed = account.outcome === 'renewed';
        activeItems.push({ score: before, renewed });
        draftItems.push({ score: after, renewed });
    }
    const renewed = activeItems.filter((item) => item.renewed).length;
    const churned = activeItems.length - renewed;
    const tooFewOutcomes = activeItems.length < MIN_OUTCOMES || renewed === 0 || churned === 0;
    return {
        withReceipt,
        judged: activeItems.length,
        renewed,
        churned,
        leftOut,
        tooFewOutcomes,
        activeAuc: tooFewOutcomes ? null : roundAuc(rankAuc(activeItems)),
        draftAuc: tooFewOutcomes ? null : roundAuc(rankAuc(draftItems))
    };
}
