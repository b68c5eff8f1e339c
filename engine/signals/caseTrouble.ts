/**
 * Case trouble: the time-weighted burden an account's cases put on the relationship. Shared
 * by the caseHealth signal and the org baseline (the org's average trouble per case).
 */
import type { AccountEvidence, CaseRecord } from '../evidence';
import type { TrustModel } from '../model';
import { dayOfInstant } from '../dates';
import {
    type Burden,
    type EvaluationTime,
    caseResolutionHours,
    isClosedBy,
    type ModelIndex,
    isDisputeCase,
    modelIndex
} from './common';
import { memoPart, type RecordMemo } from './recordMemo';

/**
 * Trouble points a case can carry. A routine case carries none: case health is a rate per
 * case, so a flat load per case would only pull every account toward the same middle.
 */
export const TROUBLE_POINTS = Object.freeze({
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
    /**
     * Cases with no trouble that are not disputes either: the only ones that dilute a rate
     * (see smoothedRateScore), shared with the disputes signal.
     */
    quiet: number;
    /** Sum of decayed trouble points over the account's cases. */
    total: number;
    burdens: Burden[];
}

/**
 * Case health and disputes both need an account's trouble (disputes for its quiet cases): one
 * scoring of an account computes it once. Keyed by the evidence object (scoreAccount makes a
 * fresh one per call, so records never change under a key), for the same model and clock.
 */
const lastTrouble = new WeakMap<
    AccountEvidence,
    { model: TrustModel; time: EvaluationTime; result: CaseTrouble }
>();

export function caseTroubleOnce(
    evidence: AccountEvidence,
    model: TrustModel,
    time: EvaluationTime,
    memo?: RecordMemo
): CaseTrouble {
    const cached = lastTrouble.get(evidence);
    if (cached && cached.model === model && cached.time === time) return cached.result;
    const result = caseTrouble(evidence, model, time, memo);
    lastTrouble.set(evidence, { model, time, result });
    return result;
}

/** One case's trouble on the evaluation day; null for a case outside the look-back. */
interface CaseTroubleEntry {
    /** No trouble and not a dispute (see CaseTrouble.quiet). */
    quiet: boolean;
    burden: Burden;
}

const CASE_TROUBLE = memoPart<CaseRecord, CaseTroubleEntry | null>('caseTrouble');

export function caseTrouble(
    evidence: AccountEvidence,
    model: TrustModel,
    time: EvaluationTime,
    memo?: RecordMemo
): CaseTrouble {
    const index = modelIndex(model);
    const on: TroubleContext = { index, time };
    const burdens: Burden[] = [];
    let total = 0;
    let cases = 0;
    let quiet = 0;
    for (const c of evidence.cases) {
        const entry = memo ? memo.remember(CASE_TROUBLE, c, caseTroubleEntry, on) : caseTroubleEntry(c, on);
        if (entry === null) continue;
        cases++;
        if (entry.quiet) quiet++;
        total += entry.burden.points;
        burdens.push(entry.burden);
    }
    return { cases, quiet, total, burdens };
}

interface TroubleContext {
    index: ModelIndex;
    time: EvaluationTime;
}

function caseTroubleEntry(c: CaseRecord, { index, time }: TroubleContext): CaseTroubleEntry | null {
    if (c.createdDate === null || !time.inWindowInstant(c.createdDate)) return null;
    const reasons: string[] = [];
    let points = 0;
    if (c.isEscalated) {
        points += TROUBLE_POINTS.escalated;
        reasons.push('escalated');
    }
    if (c.priority !== null && index.highPriorities.has(c.priority)) {
        points += TROUBLE_POINTS.highPriority;
        reasons.push(`${c.priority} priority`);
    }
    const closed = isClosedBy(c, index, time);
    const openDays = daysOpen(c, time, closed);
    if (openDays !== null && openDays > LONG_OPEN_DAYS) {
        points += TROUBLE_POINTS.longOpen;
        reasons.push(closed ? `took ${Math.round(openDays)} days` : `open ${Math.round(openDays)} days`);
    }
    if (c.status !== null && REOPENED_RE.test(c.status)) {
        points += TROUBLE_POINTS.reopened;
        reasons.push('re-opened');
    }
    return {
        quiet: points === 0 && !isDisputeCase(c, index),
        burden: {
            recordId: c.id,
            object: 'Case',
            summary: reasons.length > 0 ? `Case: ${reasons.join(', ')}` : 'Routine case',
            points: points * time.decay(dayOfInstant(c.createdDate))
        }
    };
}

function daysOpen(c: CaseRecord, time: EvaluationTime, closed: boolean): number | null {
    if (c.createdDate === null) return null;
    if (closed) {
        const hours = caseResolutionHours(c);
        return hours === null ? null : hours / 24;
    }
    return (time.endInstant - c.createdDate) / 86_400_000;
}
