/**
 * Promises the account's team can still keep: an open promise delivered on the as-of day is
 * kept late when it was overdue (never on time: the days already lost stay lost) and kept on
 * time when it was not yet due.
 */
import type { AccountEvidence, CommitmentRecord } from '../evidence';
import { newestFirst, type ActionKind, type ChangeContext } from './actionKind';

/** Open on the as-of day, as promiseKeeping reads it (kept later than that day was open then). */
function openOn(c: CommitmentRecord, ctx: ChangeContext): c is CommitmentRecord & { dueOn: number } {
    const { asOf } = ctx.time;
    if (c.dueOn === null || !ctx.time.inWindow(Math.min(c.dueOn, asOf))) return false;
    if (c.promisedOn !== null && c.promisedOn > asOf) return false;
    return c.status === 'Open' || (c.status === 'Kept' && c.deliveredOn !== null && c.deliveredOn > asOf);
}

function keptOnAsOf(
    evidence: AccountEvidence,
    ids: ReadonlySet<string>,
    ctx: ChangeContext
): AccountEvidence {
    const deliveredOn = ctx.time.asOf;
    return {
        ...evidence,
        commitments: evidence.commitments.map((c) =>
            ids.has(c.id) ? { ...c, status: 'Kept', deliveredOn } : c
        )
    };
}

function promiseKind(action: 'deliverOverduePromises' | 'deliverOpenPromises', overdue: boolean): ActionKind {
    return {
        action,
        signals: ['promiseKeeping'],
        candidates: (evidence, ctx) =>
            newestFirst(
                evidence.commitments.filter((c) => openOn(c, ctx) && c.dueOn < ctx.time.asOf === overdue),
                (c) => c.dueOn ?? 0
            ),
        apply: keptOnAsOf
    };
}

export const DELIVER_OVERDUE_PROMISES = promiseKind('deliverOverduePromises', true);
export const DELIVER_OPEN_PROMISES = promiseKind('deliverOpenPromises', false);
