/**
 * Reliability — promises. "Will you do what you say?" answered from the promise ledger:
 * kept on time, kept late, broken, or still open past the date it was due.
 */
import type { AccountEvidence, CommitmentRecord } from '../evidence';
import { formatDay } from '../dates';
import {
    type EvaluationTime,
    type Observation,
    type SignalContext,
    type SignalOutcome,
    NO_EVIDENCE,
    formatDays,
    plural,
    weightedMean
} from './common';
import { memoPart } from './recordMemo';

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

type PromiseCount = 'kept' | 'late' | 'broken' | 'overdue' | 'renegotiated';

/** One promise judged on the as-of day, and which count it adds to; null when it says nothing. */
interface JudgedPromise {
    observation: Observation;
    count: PromiseCount;
}

const JUDGED_PROMISE = memoPart<CommitmentRecord, JudgedPromise | null>('promiseKeeping');

function judged(c: CommitmentRecord, time: EvaluationTime): JudgedPromise | null {
    if (c.dueOn === null || c.status === null) return null;
    // Recency is fixed by the due date, whatever happened to the promise, so a broken
    // promise always counts exactly as much as the same promise kept.
    const anchor = Math.min(c.dueOn, time.asOf);
    if (!time.inWindow(anchor)) return null;
    if (c.promisedOn !== null && c.promisedOn > time.asOf) return null;
    const weight = time.decay(anchor) * (TEAM_WEIGHT[c.madeByTeam ?? ''] ?? 1);
    const what = describe(c);
    const team = c.madeByTeam ? ` (${c.madeByTeam})` : '';
    let value: number;
    let summary: string;
    let count: PromiseCount;
    // Kept after the as-of day means still open on it: a past date is scored as it was.
    const keptLater = c.status === 'Kept' && c.deliveredOn !== null && c.deliveredOn > time.asOf;
    switch (keptLater ? 'Open' : c.status) {
        case 'Kept': {
            const late = c.deliveredOn === null ? 0 : c.deliveredOn - c.dueOn;
            if (late > 0) {
                count = 'late';
                value = keptLateValue(late);
                summary = `${what}${team} kept ${formatDays(late)} late`;
            } else {
                count = 'kept';
                value = PROMISE_VALUE.kept;
                summary = `${what}${team} kept on time`;
            }
            break;
        }
        case 'Broken':
            count = 'broken';
            value = PROMISE_VALUE.broken;
            summary = `${what}${team} broken (due ${formatDay(c.dueOn)})`;
            break;
        case 'Renegotiated':
            count = 'renegotiated';
            value = PROMISE_VALUE.renegotiated;
            summary = `${what}${team} renegotiated`;
            break;
        case 'Open': {
            if (c.dueOn >= time.asOf) return null;
            const overdue = time.asOf - c.dueOn;
            count = 'overdue';
            value = Math.max(0, PROMISE_VALUE.overdueStart - overdue / 3);
            summary = `${what}${team} open, ${formatDays(overdue)} overdue`;
            break;
        }
        default:
            // Withdrawn (or an unknown status): the promise no longer stands either way.
            return null;
    }
    return {
        count,
        observation: {
            recordId: c.id,
            object: 'Trust_Commitment__c',
            summary,
            value,
            weight,
            isEvidence: true
        }
    };
}

export function promiseKeeping(evidence: AccountEvidence, ctx: SignalContext): SignalOutcome {
    const observations: Observation[] = [];
    const counts: Record<PromiseCount, number> = { kept: 0, late: 0, broken: 0, overdue: 0, renegotiated: 0 };
    for (const c of evidence.commitments) {
        const promise = ctx.memo
            ? ctx.memo.remember(JUDGED_PROMISE, c, judged, ctx.time)
            : judged(c, ctx.time);
        if (promise === null) continue;
        counts[promise.count]++;
        observations.push(promise.observation);
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
