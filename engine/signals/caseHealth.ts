/**
 * Capability — case health. "Do you have what it takes?" shows in how much trouble the
 * product and service cause: escalations, urgent cases, cases that drag on or re-open.
 *
 * Judged as a rate, against the org's own average trouble per case: big customers file more
 * cases, so volume alone would condemn every large account. Five org-typical cases are added
 * to every account's record, so one bad case at a small customer is a warning, not a verdict.
 * An account exactly as troubled per case as the org's average scores 50.
 */
import type { AccountEvidence } from '../evidence';
import { caseTrouble } from './caseTrouble';
import { type SignalContext, type SignalOutcome, PRIOR_CASES, plural, smoothedRateScore } from './common';

export function caseHealth(evidence: AccountEvidence, ctx: SignalContext): SignalOutcome {
    const trouble = caseTrouble(evidence, ctx.model, ctx.time);
    const escalated = trouble.burdens.filter((b) => b.summary.includes('escalated')).length;
    return smoothedRateScore(trouble.burdens, trouble.cases, ctx.baselines.caseTroublePerCase, {
        summary: (rate, average) =>
            `${plural(trouble.cases, 'case')}, ${escalated} escalated; trouble ${rate.toFixed(2)} per case vs org average ${average.toFixed(2)}`,
        start: 'Starting point: no case trouble',
        prior: `${PRIOR_CASES} org-typical cases (smoothing for accounts with few cases)`
    });
}
