/** The path to the next band (see search.ts): one module per kind of action, one search. */
import type { AccountEvidence, Day } from '../evidence';
import type { OrgBaselines } from '../baselines';
import type { TrustModel } from '../model';
import type { NextBandStep, TrustResult } from '../result';
import { scoreAccount, type ScoreOptions } from '../score';
import { evaluationTime, modelIndex } from '../signals/common';
import { applyNextBandStep, findNextBand } from './search';

export { MAX_CANDIDATES_PER_ACTION } from './search';

/** scoreAccount, plus `nextBand` on an account with a band below the top one. */
export function scoreWithNextBand(
    evidence: AccountEvidence,
    model: TrustModel,
    baselines: OrgBaselines,
    asOf: Day,
    options: Omit<ScoreOptions, 'nextBand'> = {}
): TrustResult {
    return scoreAccount(evidence, model, baselines, asOf, { ...options, nextBand: findNextBand });
}

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
