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
    // score = 100·e^(−intensity·ln2/median): the org's median account scores exactly 50.
    // loadScore works on the sum, so the scale carries the √cases of the intensity.
    const scale =
        (Math.max(0.1, ctx.baselines.caseTroubleMedian) / Math.LN2) * Math.sqrt(Math.max(1, trouble.cases));
    return loadScore(
        trouble.burdens,
        scale,
        trouble.cases,
        5,
        `${plural(trouble.cases, 'case')}, ${escalated} escalated; trouble ${trouble.intensity.toFixed(2)} per √case vs org median ${ctx.baselines.caseTroubleMedian.toFixed(2)}`,
        'Starting point: no case trouble'
    );
}
