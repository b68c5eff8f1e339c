/**
 * Understanding — expansion. Customers buy more from a supplier who understands where they
 * are going; downgrades say the fit is slipping. Big moves count more than small ones.
 */
import type { AccountEvidence } from '../evidence';
import {
    type Observation,
    type SignalContext,
    type SignalOutcome,
    NO_EVIDENCE,
    closedInWindow,
    formatAmount,
    openedDay,
    plural,
    weightedMean
} from './common';

function sizeFactor(amount: number | null, median: number): number {
    if (amount === null || amount <= 0 || median <= 0) return 1;
    return Math.min(4, Math.max(0.25, amount / median));
}

export function expansion(evidence: AccountEvidence, ctx: SignalContext): SignalOutcome {
    const { time, index, baselines } = ctx;
    const observations: Observation[] = [];
    let upgrades = 0;
    let downgrades = 0;
    for (const opp of evidence.opportunities) {
        if (!closedInWindow(opp, time) || opp.type === null) continue;
        const isUp = index.upgradeTypes.has(opp.type);
        const isDown = index.downgradeTypes.has(opp.type);
        if ((!isUp && !isDown) || !opp.isWon) continue;
        const weight =
            time.decay(openedDay(opp) as number) * sizeFactor(opp.amount, baselines.medianWonAmount);
        const amountText = opp.amount !== null ? ` (${formatAmount(opp.amount)})` : '';
        if (isUp && opp.isWon) {
            upgrades++;
            observations.push({
                recordId: opp.id,
                object: 'Opportunity',
                summary: `Expanded: ${opp.type}${amountText}`,
                value: 100,
                weight,
                isEvidence: true
            });
        } else if (isDown && opp.isWon) {
            downgrades++;
            observations.push({
                recordId: opp.id,
                object: 'Opportunity',
                summary: `Downgraded: ${opp.type}${amountText}`,
                value: 0,
                weight,
                isEvidence: true
            });
        }
        // A lost upgrade proposal counts in the win rate already; counting it here too
        // would punish the same 'no' twice.
    }
    if (observations.length === 0) return NO_EVIDENCE;
    // A neutral anchor: one small upgrade is good news, not proof of a growing account.
    observations.push({
        recordId: null,
        object: 'Baseline',
        summary: 'Neutral starting point (one typical deal at 50)',
        value: 50,
        weight: 1,
        isEvidence: false
    });
    return weightedMean(
        observations,
        ctx,
        2,
        `${plural(upgrades, 'expansion')}, ${plural(downgrades, 'downgrade')}`
    );
}
