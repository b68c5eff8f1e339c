/**
 * The custom signals' outcomes of one account without their items: exactly what
 * {@link scoreAccount} works out for them when nothing reads a record's impact
 * (ScoreOptions.driverRecords false with no item kept and no next band). A custom signal reads
 * only its own object's rows, never the catalog's evidence nor the baselines, so a batch can
 * work these out for every account on another thread while it scores the catalog signals, and
 * hand them to the scorer (ScoreOptions.customOutcomes).
 */
import { DEFAULT_BASELINES } from './baselines';
import { signalOutcomes, type SignalOutcomes } from './combine';
import { emptyEvidence, type AccountEvidence, type Day } from './evidence';
import type { TrustModel } from './model';
import { canonical } from './score';
import { evaluationTime, modelIndex, type SignalContext } from './signals/common';

/** The model's custom signals by id, each with its outcome (switched off ones report nothing). */
export function customSignalNumbers(
    custom: NonNullable<AccountEvidence['custom']>,
    model: TrustModel,
    asOf: Day
): SignalOutcomes {
    // The account's other evidence and its baselines are read by no custom signal.
    const evidence = canonical({ ...emptyEvidence(NO_ACCOUNT), custom });
    const ctx: SignalContext = {
        model,
        baselines: DEFAULT_BASELINES,
        time: evaluationTime(model, asOf),
        index: modelIndex(model),
        perRecord: false
    };
    return signalOutcomes(evidence, ctx, customIdsOf(model));
}

const NO_ACCOUNT = Object.freeze({ id: '', name: null, parentId: null });

const customIds = new WeakMap<TrustModel, readonly string[]>();

function customIdsOf(model: TrustModel): readonly string[] {
    let ids = customIds.get(model);
    if (!ids) customIds.set(model, (ids = (model.customSignals ?? []).map((c) => c.id)));
    return ids;
}
