/**
 * Capability — case health. "Do you have what it takes?" shows in how much trouble the
 * product and service cause: escalations, urgent cases, cases that drag on or re-open.
 * Scored against the org's own typical load: the median account scores 50.
 */
import type { AccountEvidence } from '../evidence';
import { caseTrouble } from './caseTrouble';
import { type SignalContext, type SignalOutcome, loadScore, plural } from './common';

export function caseHealth(evidence: AccountEvidence, ctx: SignalContext): SignalOutcome {
    const trouble = caseTrouble(evidence, ctx.model, ctx.time);
    const escalated = trouble.burdens.filter((b) => b.summary.includes('escalated')).length;
    // scale = median / ln 2 puts the org's median account exactly at 50.
    const scale = Math.max(0.25, ctx.baselines.caseTroubleMedian) / Math.LN2;
    return loadScore(
        trouble.burdens,
        scale,
        trouble.cases,
        5,
        `${plural(trouble.cases, 'case')}, ${escalated} escalated; trouble ${trouble.total.toFixed(1)} vs org median ${ctx.baselines.caseTroubleMedian.toFixed(1)}`,
        'Starting point: no case trouble'
    );
}
