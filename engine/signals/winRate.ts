/**
 * Understanding — win rate. A customer who keeps choosing the supplier's proposals believes
 * it understands their needs. Few deals say little, so the rate is pulled toward the org's
 * own win rate until the account has a track record.
 *
 * The score is judged against the org's own rate: an account winning exactly as often as the
 * org scores 50, winning every deal 100, losing every deal 0. Losing half of one's deals is
 * normal in one org and alarming in another; a fixed midpoint would put a whole org that wins
 * 63% of its deals into one band.
 */
import type { AccountEvidence } from '../evidence';
import {
    type SignalContext,
    type SignalOutcome,
    NO_EVIDENCE,
    clamp100,
    closedInWindow,
    confidenceFrom,
    isNewBusiness,
    lossAversionFactor,
    openedDay
} from './common';

/** The org's win rate counts like this many deals of the account's own. */
export const WIN_RATE_PRIOR_DEALS = 2;

/** Keeps the midpoint inside (0, 1) for an org that (so far) won or lost everything. */
const RATE_BOUNDS = Object.freeze({ min: 0.01, max: 0.99 });

/**
 * 0–100 for a (loss-averse) win rate against the org's (equally loss-averse) rate: linear
 * from 0 to the org's rate (→ 50) and from there to 100 %. Returns the slope used, so the
 * receipt can share the distance from 50 among the deals.
 */
export function rateAgainstOrg(rate: number, orgRate: number): { score: number; slope: number } {
    const slope = rate <= orgRate ? 50 / orgRate : 50 / (1 - orgRate);
    return { score: clamp100(50 + slope * (rate - orgRate)), slope };
}

export function winRate(evidence: AccountEvidence, ctx: SignalContext): SignalOutcome {
    const { time, index, baselines, model } = ctx;
    const deals: { id: string; summary: string; won: boolean; weight: number }[] = [];
    let won = 0;
    let lost = 0;
    let amount = 0;
    for (const opp of evidence.opportunities) {
        // Renewals and downgrades are not new wins or losses of the customer's belief; they
        // have their own signals.
        if (!closedInWindow(opp, time) || !isNewBusiness(opp, index)) continue;
        if (opp.isWon) won++;
        else lost++;
        const decay = time.decay(openedDay(opp) as number);
        amount += decay;
        deals.push({
            id: opp.id,
            summary: opp.isWon ? `Won ${opp.type ?? 'deal'}` : `Lost ${opp.type ?? 'deal'}`,
            won: opp.isWon,
            // Bad weighs more: a loss counts lossAversion times a win.
            weight: decay * lossAversionFactor(opp.isWon ? 100 : 0, model.lossAversion)
        });
    }
    if (deals.length === 0) return NO_EVIDENCE;
    const orgRate = Math.min(RATE_BOUNDS.max, Math.max(RATE_BOUNDS.min, baselines.winRatePrior));
    // The org's rate seen through the same loss aversion, so an account winning exactly as
    // often as the org lands on 50 whatever lossAversion is.
    const lambda = lossAversionFactor(0, model.lossAversion);
    const midpoint = orgRate / (orgRate + lambda * (1 - orgRate));
    let total = WIN_RATE_PRIOR_DEALS;
    let sum = WIN_RATE_PRIOR_DEALS * midpoint;
    for (const d of deals) {
        total += d.weight;
        if (d.won) sum += d.weight;
    }
    const { score, slope } = rateAgainstOrg(sum / total, midpoint);
    const items: SignalOutcome['items'] = deals.map((d) => ({
        recordId: d.id,
        object: 'Opportunity',
        summary: d.summary,
        impact: (slope * d.weight * ((d.won ? 1 : 0) - midpoint)) / total
    }));
    items.push({
        recordId: null,
        object: 'Baseline',
        summary: `Org win rate ${Math.round(orgRate * 100)}% scores 50 (counts as ${WIN_RATE_PRIOR_DEALS} deals until the account has its own record)`,
        impact: 0
    });
    return {
        score,
        confidence: confidenceFrom(amount, 4),
        amount,
        summary: `${won} won, ${lost} lost (renewals and downgrades have their own signals)`,
        items
    };
}
