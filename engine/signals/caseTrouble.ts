/**
 * Case trouble: the time-weighted burden an account's cases put on the relationship. Shared
 * by the caseHealth signal and the org baseline (the median account's trouble scores 50).
 */
import type { AccountEvidence, CaseRecord } from '../evidence';
import type { TrustModel } from '../model';
import { dayOfInstant } from '../dates';
import { type Burden, type EvaluationTime, caseResolutionHours, isClosedCase, modelIndex } from './common';

/** Points per case: every case is some load; these make it heavier. */
export const TROUBLE_POINTS = Object.freeze({
    perCase: 0.25,
    escalated: 2,
    highPriority: 1,
    longOpen: 1,
    reopened: 1
});

/** A case open (or that took) longer than this many days counts as long-open. */
export const LONG_OPEN_DAYS = 30;

const REOPENED_RE = /re-?open/i;

export interface CaseTrouble {
    cases: number;
    /** Sum of decayed trouble points over the account's cases. */
    total: number;
    burdens: Burden[];
}

export function caseTrouble(evidence: AccountEvidence, model: TrustModel, time: EvaluationTime): CaseTrouble {
    const index = modelIndex(model);
    const burdens: Burden[] = [];
    let total = 0;
    let cases = 0;
    for (const c of evidence.cases) {
        if (c.createdDate === null || !time.inWindowInstant(c.createdDate)) continue;
        cases++;
        const reasons: string[] = [];
        let points = TROUBLE_POINTS.perCase;
        if (c.isEscalated) {
            points += TROUBLE_POINTS.escalated;
            reasons.push('escalated');
        }
        if (c.priority !== null && index.highPriorities.has(c.priority)) {
            points += TROUBLE_POINTS.highPriority;
            reasons.push(`${c.priority} priority`);
        }
        const openDays = daysOpen(c, time, isClosedCase(c, index));
        if (openDays !== null && openDays > LONG_OPEN_DAYS) {
            points += TROUBLE_POINTS.longOpen;
            reasons.push(
                isClosedCase(c, index)
                    ? `took ${Math.round(openDays)} days`
                    : `open ${Math.round(openDays)} days`
            );
        }
        if (c.status !== null && REOPENED_RE.test(c.status)) {
            points += TROUBLE_POINTS.reopened;
            reasons.push('re-opened');
        }
        const weighted = points * time.decay(dayOfInstant(c.createdDate));
        total += weighted;
        burdens.push({
            recordId: c.id,
            object: 'Case',
            summary: reasons.length > 0 ? `Case: ${reasons.join(', ')}` : 'Routine case',
            points: weighted
        });
    }
    return { cases, total, burdens };
}

function daysOpen(c: CaseRecord, time: EvaluationTime, closed: boolean): number | null {
    if (c.createdDate === null) return null;
    if (closed) {
        const hours = caseResolutionHours(c);
        return hours === null ? null : hours / 24;
    }
    return (time.endInstant - c.createdDate) / 86_400_000;
}
