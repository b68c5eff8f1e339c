/**
 * Reliability — promises. "Will you do what you say?" answered from the promise ledger:
 * kept on time, kept late, broken, or still open past the date it was due.
 */
import type { AccountEvidence, CommitmentRecord } from '../evidence';
import { formatDay } from '../dates';
import {
    type Observation,
    type SignalContext,
    type SignalOutcome,
    NO_EVIDENCE,
    formatDays,
    plural,
    weightedMean
} from './common';

/** Promises made by executives weigh more: the customer remembers who promised. */
const TEAM_WEIGHT: Record<string, number> = { Executive: 1.5 };

export const PROMISE_VALUE = Object.freeze({
    kept: 100,
    keptLateFloor: 30,
    renegotiated: 60,
    overdueStart: 30,
    broken: 0
});

function keptLateValue(daysLate: number): number {
    return Math.max(PROMISE_VALUE.keptLateFloor, 100 - daysLate);
}

function describe(c: CommitmentRecord): string {
    const text = c.description?.trim();
    if (!text) return 'Promise';
    return `"${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`;
}

export function promiseKeeping(evidence: AccountEvidence, ctx: SignalContext): SignalOutcome {
    const { time } = ctx;
    const observations: Observation[] = [];
    const counts = { kept: 0, late: 0, broken: 0, overdue: 0, renegotiated: 0 };
    for (const c of evidence.commitments) {
        if (c.dueOn === null || c.status === null) continue;
        // Recency is fixed by the due date, whatever happened to the promise, so a broken
        // promise always counts exactly as much as the same promise kept.
        const anchor = Math.min(c.dueOn, time.asOf);
        if (!time.inWindow(anchor)) continue;
        if (c.promisedOn !== null && c.promisedOn > time.asOf) continue;
        const weight = time.decay(anchor) * (TEAM_WEIGHT[c.madeByTeam ?? ''] ?? 1);
        const what = describe(c);
        const team = c.madeByTeam ? ` (${c.madeByTeam})` : '';
        let value: number;
        let summary: string;
        // Kept after the as-of day means still open on it: a past date is scored as it was.
        const keptLater = c.status === 'Kept' && c.deliveredOn !== null && c.deliveredOn > time.asOf;
        switch (keptLater ? 'Open' : c.status) {
            case 'Kept': {
                const late = c.deliveredOn === null ? 0 : c.deliveredOn - c.dueOn;
                if (late > 0) {
                    counts.late++;
                    value = keptLateValue(late);
                    summary = `${what}${team} kept ${formatDays(late)} late`;
                } else {
                    counts.kept++;
                    value = PROMISE_VALUE.kept;
                    summary = `${what}${team} kept on time`;
                }
                break;
            }
            case 'Broken':
                counts.broken++;
                value = PROMISE_VALUE.broken;
                summary = `${what}${team} broken (due ${formatDay(c.dueOn)})`;
                break;
            case 'Renegotiated':
                counts.renegotiated++;
                value = PROMISE_VALUE.renegotiated;
                summary = `${what}${team} renegotiated`;
                break;
            case 'Open': {
                if (c.dueOn >= time.asOf) continue;
                const overdue = time.asOf - c.dueOn;
                counts.overdue++;
                value = Math.max(0, PROMISE_VALUE.overdueStart - overdue / 3);
                summary = `${what}${team} open, ${formatDays(overdue)} overdue`;
                break;
            }
            default:
                // Withdrawn (or an unknown status): the promise no longer stands either way.
                continue;
        }
        observations.push({
            recordId: c.id,
            object: 'Trust_Commitment__c',
            summary,
            value,
            weight,
            isEvidence: true
        });
    }
    if (observations.length === 0) return NO_EVIDENCE;
    const total = counts.kept + counts.late + counts.broken + counts.overdue + counts.renegotiated;
    return weightedMean(
        observations,
        ctx,
        3,
        `${plural(total, 'promise')} due: ${counts.kept} kept on time, ${counts.late} kept late, ${counts.broken} broken, ${counts.overdue} overdue, ${counts.renegotiated} renegotiated`
    );
}
