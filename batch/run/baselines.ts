/**
 * The baselines step: the org's own medians and priors (deal cycle, win rate, resolution
 * times) over every account of the source, one pass reading only the evidence baselines need.
 * A run that rescores only changed accounts uses the baselines the last full run stored, so
 * a handful of accounts does not stand in for the whole org.
 */
import { BASELINE_EVIDENCE, type OrgBaselines } from '../../engine/baselines';
import type { TrustModel } from '../../engine/model';
import { singleModelSet, type ModelSet } from '../../engine/modelSet';
import { SetBaselineAccumulator } from '../../engine/setBaselines';
import type { ScoreSource } from './source';

export type BaselinesSource = 'computed' | 'stored' | 'computed (no stored baselines)';

export interface BaselinesOutcome {
    /** The default model's (the only model's, without segments): the org-wide figures. */
    baselines: OrgBaselines;
    /** Each model's, with models per segment (engine/setBaselines.ts); absent when stored ones are used. */
    byModel?: ReadonlyMap<TrustModel, OrgBaselines>;
    source: BaselinesSource;
    /** Won deals that closed before they were created, left out of cycle times (0 when stored). */
    closedBeforeCreated: number;
}

export interface BaselinesOptions {
    model: TrustModel;
    /** Models per segment; without it, `model` alone. */
    models?: ModelSet;
    asOfDay: number;
    /** The baselines stored with the model by the last full run, if any. */
    stored?: OrgBaselines | null;
    /** With models per segment, those stored with each model (a model without any takes `stored`). */
    storedByModel?: ReadonlyMap<TrustModel, OrgBaselines | null>;
    /** Only changed accounts are scored: use the stored baselines when there are some. */
    changedOnly?: boolean;
    /** Told the position of every 16,384th account (a progress bar). */
    onAccount?: (done: number) => void;
}

export async function baselinesStep(
    source: ScoreSource,
    options: BaselinesOptions
): Promise<BaselinesOutcome> {
    if (options.changedOnly && options.stored) {
        const { stored, storedByModel } = options;
        const byModel = storedByModel
            ? new Map([...storedByModel].map(([model, own]) => [model, own ?? stored]))
            : undefined;
        return {
            baselines: stored,
            ...(byModel ? { byModel } : {}),
            source: 'stored',
            closedBeforeCreated: 0
        };
    }
    const set = options.models ?? singleModelSet(options.model);
    const acc = new SetBaselineAccumulator(set, options.asOfDay);
    const kinds = new Set(BASELINE_EVIDENCE);
    const { onAccount } = options;
    await source.each(async (store, offset) => {
        for (let i = 0; i < store.accounts; i++) {
            acc.add(store.evidenceFor(i, kinds));
            if (onAccount && ((offset + i) & 0x3fff) === 0) onAccount(offset + i);
        }
    });
    const byModel = acc.result();
    return {
        baselines: byModel.get(set.fallback) as OrgBaselines,
        byModel,
        source: options.changedOnly ? 'computed (no stored baselines)' : 'computed',
        closedBeforeCreated: acc.closedBeforeCreated
    };
}
