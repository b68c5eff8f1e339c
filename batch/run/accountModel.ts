/**
 * Which model, with which baselines, scores an account of a run: the first model of the set
 * whose segment matches it, else the default (engine/modelSet.ts), each with its own baselines
 * (engine/setBaselines.ts). The score and roll-up steps ask it the same question, so a child
 * account's roll-up contribution is the score it gets itself.
 */
import type { OrgBaselines } from '../../engine/baselines';
import type { AccountEvidence } from '../../engine/evidence';
import type { TrustModel } from '../../engine/model';
import { chooseModel, type ModelSet } from '../../engine/modelSet';
import type { TrustResult } from '../../engine/result';
import { scoreAccount, type ScoreOptions } from '../../engine/score';

export interface AccountModels {
    /** The default model, or the only one. */
    model: TrustModel;
    /** The default model's baselines, which any model without its own uses. */
    baselines: OrgBaselines;
    /** Models per segment; absent: `model` scores every account. */
    models?: ModelSet;
    byModel?: ReadonlyMap<TrustModel, OrgBaselines>;
}

/** The model and baselines that score this account. */
export function accountModel(
    run: AccountModels,
    evidence: AccountEvidence
): { model: TrustModel; baselines: OrgBaselines } {
    const model = run.models ? chooseModel(run.models, evidence.account) : run.model;
    return { model, baselines: run.byModel?.get(model) ?? run.baselines };
}

/** The account scored by its own model (the result names it). */
export function scoreWithOwnModel(
    run: AccountModels,
    evidence: AccountEvidence,
    asOfDay: number,
    options?: ScoreOptions
): TrustResult {
    const { model, baselines } = accountModel(run, evidence);
    return scoreAccount(evidence, model, baselines, asOfDay, options);
}
