/**
 * Understanding — win rate. A customer who keeps choosing the supplier's proposals believes
 * it understands their needs. Few deals say little, so the rate is pulled toward the org's
 * own win rate until the account has a track record.
 */
import type { AccountEvidence } from '../evidence';
import {
    type Observation,
    type SignalContext,
    type SignalOutcome,
    NO_EVIDENCE,
    closedInWindow,
    isNewBusiness,
    openedDay,
    weightedMean
} from './common';

/** The org's win rate counts like this many deals of the account's own. */
export const WIN_RATE_PRIOR_DEALS = 2;

export function winRate(evidence: AccountEvidence, ctx: SignalContext): SignalOutcome {
    const { time, index, baselines } = ctx;
    const observations: Observation[] = [];
    let won = 0;
    let lost = 0;
    for (const opp of evidence.opportunities) {
        // Renewals and downgrades are not new wins or losses of the customer's belief; they
        // have their own signals.
        if (!closedInWindow(opp, time) || !isNewBusiness(opp, index)) continue;
        if (opp.isWon) won++;
        else lost++;
        observations.push({
            recordId: opp.id,
            object: 'Opportunity',
            summary: opp.isWon ? `Won ${opp.type ?? 'deal'}` : `Lost ${opp.type ?? 'deal'}`,
            value: opp.isWon ? 100 : 0,
            weight: time.decay(openedDay(opp) as number),
            isEvidence: true
        });
    }
    if (observations.length === 0) return NO_EVIDENCE;
    const prior = baselines.winRatePrior * 100;
    observations.push({
        recordId: null,
        object: 'Baseline',
        summary: `Org win rate ${Math.round(prior)}% (counts as ${WIN_RATE_PRIOR_DEALS} deals until the account has its own record)`,
        value: prior,
        weight: WIN_RATE_PRIOR_DEALS,
        isEvidence: false
    });
    return weightedMean(
        observations,
        ctx,
        4,
        `${won} won, ${lost} lost (renewals and downgrades have their own signals)`
    );
}
