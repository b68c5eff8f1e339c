/**
 * Fairness — disputes. Billing, pricing and refund disputes are the customer saying "that
 * was not fair". Judged like case health, as a rate per quiet case against the org's own
 * dispute rate, smoothed with five org-typical quiet cases: a calm account with few cases
 * sits a little above 50, one with many quiet cases near 100, and every dispute can only
 * lower the signal. Escalated or urgent cases are not quiet, so they never dilute the rate:
 * one more escalation cannot make an account look fairer.
 *
 * An org where no case matches the dispute mapping does not record disputes at all (its
 * baselines say so): the signal is then null for every account, not a number that would
 * only grow with ticket volume.
 */
import type { AccountEvidence } from '../evidence';
import type { TrustModel } from '../model';
import { dayOfInstant } from '../dates';
import { caseTroubleOnce } from './caseTrouble';
import {
    type Burden,
    type EvaluationTime,
    type SignalContext,
    type SignalOutcome,
    NO_EVIDENCE,
    PRIOR_CASES,
    isRecorded,
    isDisputeCase,
    modelIndex,
    plural,
    smoothedRateScore
} from './common';

/** Points of a dispute case; an escalated dispute weighs double. */
export const DISPUTE_POINTS = Object.freeze({ dispute: 1, escalated: 1 });

export interface DisputeLoad {
    cases: number;
    burdens: Burden[];
    total: number;
}

/** The account's cases in the window and the (decayed) points of those that are disputes. */
export function disputeLoad(evidence: AccountEvidence, model: TrustModel, time: EvaluationTime): DisputeLoad {
    const index = modelIndex(model);
    const burdens: Burden[] = [];
    let cases = 0;
    let total = 0;
    for (const c of evidence.cases) {
        if (c.createdDate === null || !time.inWindowInstant(c.createdDate)) continue;
        cases++;
        if (!isDisputeCase(c, index)) continue;
        const byReason = c.reason !== null && index.disputeReasons.has(c.reason);
        const points =
            (DISPUTE_POINTS.dispute + (c.isEscalated ? DISPUTE_POINTS.escalated : 0)) *
            time.decay(dayOfInstant(c.createdDate));
        total += points;
        burdens.push({
            recordId: c.id,
            object: 'Case',
            summary: `Dispute: ${byReason ? c.reason : c.type}${c.isEscalated ? ', escalated' : ''}`,
            points
        });
    }
    return { cases, burdens, total };
}

/** Null with a reason the receipt can show. */
const NOT_RECORDED: SignalOutcome = Object.freeze({
    ...NO_EVIDENCE,
    summary: 'No case in the org matches the dispute mapping'
});

export function disputes(evidence: AccountEvidence, ctx: SignalContext): SignalOutcome {
    if (!isRecorded(ctx.baselines, 'disputes')) return NOT_RECORDED;
    const load = disputeLoad(evidence, ctx.model, ctx.time);
    const { quiet } = caseTroubleOnce(evidence, ctx.model, ctx.time, ctx.memo);
    return smoothedRateScore(load.burdens, { quiet, cases: load.cases }, ctx.baselines.disputesPerCase, {
        summary: (rate, average) =>
            `${plural(load.burdens.length, 'dispute')} among ${plural(load.cases, 'case')}; ${rate.toFixed(3)} per quiet case vs org average ${average.toFixed(3)}`,
        start: 'Starting point: no disputes',
        prior: `${PRIOR_CASES} org-typical quiet cases (smoothing for accounts with few cases)`
    });
}
