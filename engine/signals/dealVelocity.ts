/**
 * Understanding — deal velocity. A supplier who understands the need closes without
 * friction: won deals that move faster than the org's typical cycle, without close dates
 * pushed again and again, show a buyer who believes the supplier gets it.
 */
import type { AccountEvidence } from '../evidence';
import {
    type Observation,
    type SignalContext,
    type SignalOutcome,
    NO_EVIDENCE,
    formatDays,
    closedInWindow,
    isNewBusiness,
    openedDay,
    plural,
    weightedMean,
    wonCycleDays
} from './common';

/** Each close-date push keeps this share of the deal's value. */
export const PUSH_PENALTY = 0.85;

/** 100 for an instant close, 50 at the org's median cycle, 20 at twice the median. */
export function cycleValue(cycleDays: number, medianDays: number): number {
    const r = cycleDays / Math.max(1, medianDays);
    return 100 / (1 + r * r);
}

/** Close-date pushes: history rows whose close date is later than the row before. */
function pushesByOpportunity(evidence: AccountEvidence, asOfEnd: number): Map<string, number> {
    const rows = evidence.opportunityHistory
        .filter((h) => h.closeDate !== null && (h.createdDate === null || h.createdDate < asOfEnd))
        .slice()
        .sort((a, b) =>
            a.opportunityId < b.opportunityId
                ? -1
                : a.opportunityId > b.opportunityId
                  ? 1
                  : (a.createdDate ?? 0) - (b.createdDate ?? 0) || (a.id < b.id ? -1 : 1)
        );
    const out = new Map<string, number>();
    for (let i = 1; i < rows.length; i++) {
        const prev = rows[i - 1];
        const cur = rows[i];
        if (!prev || !cur || prev.opportunityId !== cur.opportunityId) continue;
        if ((cur.closeDate ?? 0) > (prev.closeDate ?? 0))
            out.set(cur.opportunityId, (out.get(cur.opportunityId) ?? 0) + 1);
    }
    return out;
}

export function dealVelocity(evidence: AccountEvidence, ctx: SignalContext): SignalOutcome {
    const { time, index, baselines } = ctx;
    const won = evidence.opportunities.filter(
        (o) => o.isWon && closedInWindow(o, time) && isNewBusiness(o, index)
    );
    if (won.length === 0) return NO_EVIDENCE;
    const pushes = pushesByOpportunity(evidence, time.endInstant);
    const observations: Observation[] = [];
    let totalCycle = 0;
    let totalPushes = 0;
    for (const opp of won) {
        const cycle = wonCycleDays(opp);
        if (cycle === null || opp.closeDate === null) continue;
        const pushed = pushes.get(opp.id) ?? 0;
        totalCycle += cycle;
        totalPushes += pushed;
        const value = cycleValue(cycle, baselines.medianWonCycleDays) * Math.pow(PUSH_PENALTY, pushed);
        const pushText = pushed > 0 ? `, close date pushed ${plural(pushed, 'time')}` : '';
        observations.push({
            recordId: opp.id,
            object: 'Opportunity',
            summary: `Won in ${formatDays(cycle)} (org median ${formatDays(baselines.medianWonCycleDays)})${pushText}`,
            value,
            weight: time.decay(openedDay(opp) as number),
            isEvidence: true
        });
    }
    if (observations.length === 0) return NO_EVIDENCE;
    const avg = totalCycle / observations.length;
    return weightedMean(
        observations,
        ctx,
        3,
        `${plural(observations.length, 'won deal')}, average ${formatDays(avg)} vs org median ${formatDays(baselines.medianWonCycleDays)}; ${plural(totalPushes, 'close-date push', 'close-date pushes')}`
    );
}
