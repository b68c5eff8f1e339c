/**
 * Fairness — disputes. Billing, pricing and refund disputes are the customer saying "that
 * was not fair". Every support relationship is evidence; each dispute costs points.
 */
import type { AccountEvidence } from '../evidence';
import { dayOfInstant } from '../dates';
import {
    type Burden,
    type SignalContext,
    type SignalOutcome,
    NO_EVIDENCE,
    loadScore,
    plural
} from './common';

/** One recent dispute ≈ 51, two ≈ 26. */
export const DISPUTE_SCALE = 1.5;
/** "No disputes" says little about a customer who barely calls support: it takes this many cases. */
export const MIN_CASES_WITHOUT_DISPUTE = 5;

export function disputes(evidence: AccountEvidence, ctx: SignalContext): SignalOutcome {
    const { time, index } = ctx;
    const burdens: Burden[] = [];
    let cases = 0;
    for (const c of evidence.cases) {
        if (c.createdDate === null || !time.inWindowInstant(c.createdDate)) continue;
        cases++;
        const byType = c.type !== null && index.disputeTypes.has(c.type);
        const byReason = c.reason !== null && index.disputeReasons.has(c.reason);
        if (!byType && !byReason) continue;
        const what = byReason ? c.reason : c.type;
        burdens.push({
            recordId: c.id,
            object: 'Case',
            summary: `Dispute: ${what}${c.isEscalated ? ', escalated' : ''}`,
            points: (1 + (c.isEscalated ? 1 : 0)) * time.decay(dayOfInstant(c.createdDate))
        });
    }
    if (burdens.length === 0 && cases < MIN_CASES_WITHOUT_DISPUTE) return NO_EVIDENCE;
    return loadScore(
        burdens,
        DISPUTE_SCALE,
        cases,
        5,
        `${plural(burdens.length, 'dispute')} among ${plural(cases, 'case')}`,
        'Starting point: no disputes'
    );
}
