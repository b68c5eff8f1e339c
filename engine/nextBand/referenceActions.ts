/**
 * Reference requests still unanswered: completed on the as-of day, unrated. The rating is the
 * customer's to give, so the step never assumes an enthusiastic one; a declined request stays
 * declined.
 */
import type { AccountEvidence } from '../evidence';
import { newestFirst, type ActionKind, type ChangeContext } from './actionKind';

function completed(evidence: AccountEvidence, ids: ReadonlySet<string>): AccountEvidence {
    return {
        ...evidence,
        references: evidence.references.map((r) =>
            ids.has(r.id) ? { ...r, status: 'Completed', rating: null } : r
        )
    };
}

export const COMPLETE_REFERENCES: ActionKind = {
    action: 'completeReferences',
    signals: ['referenceQuality'],
    candidates: (evidence: AccountEvidence, ctx: ChangeContext) =>
        newestFirst(
            evidence.references.filter(
                (r) =>
                    r.requestedOn !== null &&
                    ctx.time.inWindow(r.requestedOn) &&
                    (r.status === 'Requested' || r.status === 'No Response')
            ),
            (r) => r.requestedOn ?? 0
        ),
    apply: completed
};
