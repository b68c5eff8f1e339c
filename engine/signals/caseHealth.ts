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
import { type SignalContext, type SignalOutcome, NO_EVIDENCE, loadScore, plural } from './common';

/** Org-typical cases added to every account's record (credibility smoothing). */
export const PRIOR_CASES = 5;

export function caseHealth(evidence: AccountEvidence, ctx: SignalContext): SignalOutcome {
    const trouble = caseTrouble(evidence, ctx.model, ctx.time);
    if (trouble.cases === 0) return NO_EVIDENCE;
    const perCase = Math.max(0.01, ctx.baselines.caseTroublePerCase);
    const escalated = trouble.burdens.filter((b) => b.summary.includes('escalated')).length;
    const rate = (trouble.total + PRIOR_CASES * perCase) / (trouble.cases + PRIOR_CASES);
    // score = 100·2^(−rate/perCase); loadScore takes the sum of burdens, so the scale
    // carries the (cases + prior) denominator.
    const scale = ((trouble.cases + PRIOR_CASES) * perCase) / Math.LN2;
    const prior = {
        recordId: null,
        object: 'Baseline',
        summary: `${PRIOR_CASES} org-typical cases (smoothing for accounts with few cases)`,
        points: PRIOR_CASES * perCase
    };
    return loadScore(
        [prior, ...trouble.burdens],
        scale,
        trouble.cases,
        5,
        `${plural(trouble.cases, 'case')}, ${escalated} escalated; trouble ${rate.toFixed(2)} per case vs org average ${perCase.toFixed(2)}`,
        'Starting point: no case trouble'
    );
}
