/**
 * The baselines step: the org's own medians and priors (deal cycle, win rate, resolution
 * times) over every account of the source, one pass reading only the evidence baselines need.
 * A run that rescores only changed accounts uses the baselines the last full run stored, so
 * a handful of accounts does not stand in for the whole org.
 */
import { BASELINE_EVIDENCE, BaselineAccumulator, type OrgBaselines } from '../../engine/baselines';
import type { TrustModel } from '../../engine/model';
import type { ScoreSource } from './source';

export type BaselinesSource = 'computed' | 'stored' | 'computed (no stored baselines)';

export interface BaselinesOutcome {
    baselines: OrgBaselines;
    source: BaselinesSource;
    /** Won deals that closed before they were created, left out of cycle times (0 when stored). */
    closedBeforeCreated: number;
}

export interface BaselinesOptions {
    model: TrustModel;
    asOfDay: number;
    /** The baselines stored with the model by the last full run, if any. */
    stored?: OrgBaselines | null;
    /** Only changed accounts are scored: use the stored baselines when there are some. */
    changedOnly?: boolean;
    /** Told the position of every 16,384th account (a progress bar). */
    onAccount?: (done: number) => void;
}

export async function baselinesStep(
    source: ScoreSource,
    options: BaselinesOptions
): Promise<BaselinesOutcome> {
    if (options.changedOnly && options.stored)
        return { baselines: options.stored, source: 'stored', closedBeforeCreated: 0 };
    const acc = new BaselineAccumulator(options.model, options.asOfDay);
    const kinds = new Set(BASELINE_EVIDENCE);
    const { onAccount } = options;
    await source.each(async (store, offset) => {
        for (let i = 0; i < store.accounts; i++) {
            acc.add(store.evidenceFor(i, kinds));
            if (onAccount && ((offset + i) & 0x3fff) === 0) onAccount(offset + i);
        }
    });
    return {
        baselines: acc.result(),
        source: options.changedOnly ? 'computed (no stored baselines)' : 'computed',
        closedBeforeCreated: acc.closedBeforeCreated
    };
}
