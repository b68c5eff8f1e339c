/**
 * Weights learnt from several orgs at once, by the same fit `trust-ledger calibrate` uses
 * (batch/calibrate/fit.ts): the judged accounts of every window of every training org in one
 * set, each org's windows and account ids kept apart so no two orgs' accounts are confused.
 */
import type { TrustModel } from '../../engine/model';
import { examplesOf } from '../../batch/calibrate/learn';
import { fitWeights, type Example } from '../../batch/calibrate/fit';
import { weightKeys, weightsOf, withWeights } from '../../batch/calibrate/weights';
import type { OrgEvaluation } from './evaluate';

export function pooledExamples(evaluations: readonly OrgEvaluation[]): Example[] {
    const out: Example[] = [];
    let windowOffset = 0;
    for (const e of evaluations) {
        for (const example of examplesOf(e.run))
            out.push({
                ...example,
                accountId: `${e.org.label}:${example.accountId}`,
                window: windowOffset + example.window
            });
        windowOffset += e.run.windows.length;
    }
    return out;
}

/** The base model with weights fitted on the training orgs' outcomes; its description says so. */
export function learntModel(base: TrustModel, training: readonly OrgEvaluation[]): TrustModel {
    const keys = weightKeys(base);
    const weights = fitWeights(base, keys, weightsOf(base, keys), pooledExamples(training));
    return {
        ...withWeights(base, keys, weights),
        description: `${base.name} v${base.version} with weights fitted on ${training.map((e) => e.org.label).join(', ')}`
    };
}
