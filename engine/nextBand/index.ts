/** The path to the next band (see search.ts): one module per kind of action, one search. */
import type { AccountEvidence, Day } from '../evidence';
import type { TrustModel } from '../model';
import type { NextBandStep } from '../result';
import { evaluationTime, modelIndex } from '../signals/common';
import { applyNextBandStep } from './search';

export { MAX_CANDIDATES_PER_ACTION } from './search';

/** The evidence after one step, changed as the step's action says, on the as-of day. */
export function evidenceAfterStep(
    evidence: AccountEvidence,
    step: Pick<NextBandStep, 'action' | 'recordIds'>,
    model: TrustModel,
    asOf: Day
): AccountEvidence {
    return applyNextBandStep(evidence, step, {
        model,
        time: evaluationTime(model, asOf),
        index: modelIndex(model)
    });
}
