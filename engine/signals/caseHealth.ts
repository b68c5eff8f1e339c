/**
 * Capability — case health. "Do you have what it takes?" shows in how much trouble the
 * product and service cause: escalations, urgent cases, cases that drag on or re-open.
 *
 * Judged as a rate, against the org's own average trouble per case: big customers file more
 * cases, so volume alone would condemn every large account: trouble is counted per quiet case
 * (see smoothedRateScore). Five org-typical quiet cases are added to every account's record,
 * so one bad case at a small customer is a warning, not a verdict. An account exactly as
 * troubled as the org's average scores 50. An org where no case ever shows trouble does not
 * record it: the signal is then null for every account.
 */
import type { AccountEvidence } from '../evidence';
import { caseTroubleOnce } from './caseTrouble';
import {
    type SignalContext,
    type SignalOutcome,
    NO_EVIDENCE,
    PRIOR_CASES,
    isRecorded,
    plural,
    smoothedRateScore
} from './common';

/** Null with a reason the receipt can show. */
const NOT_RECORDED: SignalOutcome = Object.freeze({
    ...NO_EVIDENCE,
    summary: 'No case in the org shows trouble (escalated, urgent, long-open or re-opened)'
});

export function caseHealth(evidence: AccountEvidence, ctx: SignalContext): SignalOutcome {
    if (!isRecorded(ctx.baselines, 'caseHealth')) return NOT_RECORDED;
    const trouble = caseTroubleOnce(evidence, ctx.model, ctx.time, ctx.memo);
    let escalated = 0;
    for (const b of trouble.burdens) if (b.summary.includes('escalated')) escalated++;
    return smoothedRateScore(trouble.burdens, trouble, ctx.baselines.caseTroublePerCase, {
        summary: (rate, average) =>
            `${plural(trouble.cases, 'case')}, ${escalated} escalated; trouble ${rate.toFixed(2)} per quiet case vs org average ${average.toFixed(2)}`,
        start: 'Starting point: no case trouble',
        prior: `${PRIOR_CASES} org-typical quiet cases (smoothing for accounts with few cases)`
    });
}
