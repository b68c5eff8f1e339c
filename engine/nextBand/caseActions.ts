/**
 * Open cases the account's team can resolve: closed at the end of the as-of day (the latest
 * moment of it, so the hypothetical resolution time is never flattering), their open
 * milestones completed then, violated when already past their target. An escalation stays an
 * escalation: resolving it ends the long wait and the re-opened status, not the history.
 */
import type { AccountEvidence, CaseMilestoneRecord, CaseRecord } from '../evidence';
import { isClosedBy } from '../signals/common';
import { newestFirst, type ActionKind, type ChangeContext } from './actionKind';

function isOpenCase(c: CaseRecord, ctx: ChangeContext): c is CaseRecord & { createdDate: number } {
    return (
        c.createdDate !== null &&
        ctx.time.inWindowInstant(c.createdDate) &&
        !isClosedBy(c, ctx.index, ctx.time)
    );
}

/** Settled by the as-of day, as supportResponsiveness reads a milestone. */
function settled(m: CaseMilestoneRecord, end: number): boolean {
    return (
        (m.isCompleted && (m.completionDate === null || m.completionDate < end)) ||
        (m.isViolated && (m.targetDate === null || m.targetDate < end))
    );
}

function resolvedOnAsOf(
    evidence: AccountEvidence,
    ids: ReadonlySet<string>,
    ctx: ChangeContext
): AccountEvidence {
    const end = ctx.time.endInstant;
    const at = end - 1;
    const status = ctx.model.mappings.closedCaseStatuses[0] ?? 'Closed';
    let settles = false;
    const caseMilestones = evidence.caseMilestones.map((m) => {
        if (!ids.has(m.caseId) || settled(m, end)) return m;
        settles = true;
        return {
            ...m,
            isCompleted: true,
            completionDate: at,
            isViolated: m.targetDate !== null && m.targetDate < at
        };
    });
    return {
        ...evidence,
        cases: evidence.cases.map((c) =>
            ids.has(c.id) ? { ...c, isClosed: true, status, closedDate: at } : c
        ),
        // The same list when no milestone settles, so re-scoring reads its grouping back.
        caseMilestones: settles ? caseMilestones : evidence.caseMilestones
    };
}

function caseKind(action: 'resolveEscalations' | 'resolveOpenCases', escalated: boolean): ActionKind {
    return {
        action,
        signals: ['caseHealth', 'disputes', 'supportResponsiveness'],
        candidates: (evidence, ctx) =>
            newestFirst(
                evidence.cases.filter((c) => isOpenCase(c, ctx) && c.isEscalated === escalated),
                (c) => c.createdDate ?? 0
            ),
        apply: resolvedOnAsOf
    };
}

export const RESOLVE_ESCALATIONS = caseKind('resolveEscalations', true);
export const RESOLVE_OPEN_CASES = caseKind('resolveOpenCases', false);
