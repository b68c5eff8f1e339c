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
import { canonicalCustom } from './score';
import { evaluationTime, modelIndex, type SignalContext } from './signals/common';

/** The model's custom signals by id, each with its outcome (switched off ones report nothing). */
export function customSignalNumbers(
    custom: NonNullable<AccountEvidence['custom']>,
    model: TrustModel,
    asOf: Day
): SignalOutcomes {
    const { ctx, ids } = contextOf(model, asOf);
    // The rows in the scorer's order (canonical); no custom signal reads the other evidence.
    return signalOutcomes({ ...NO_OTHER_EVIDENCE, custom: canonicalCustom(custom) }, ctx, ids);
}

const NO_OTHER_EVIDENCE: AccountEvidence = Object.freeze(
    emptyEvidence({ id: '', name: null, parentId: null })
);

/**
 * The context and signal ids of the last model and day: a batch asks for every account in
 * turn, and a context (its clock, the model's value sets) is the same for all of them. A
 * custom signal reads no baseline.
 */
let last: { model: TrustModel; asOf: Day; ctx: SignalContext; ids: readonly string[] } | null = null;

function contextOf(model: TrustModel, asOf: Day): { ctx: SignalContext; ids: readonly string[] } {
    if (last === null || last.model !== model || last.asOf !== asOf) {
        last = {
            model,
            asOf,
            ctx: {
                model,
                baselines: DEFAULT_BASELINES,
                time: evaluationTime(model, asOf),
                index: modelIndex(model),
                perRecord: false
            },
            ids: (model.customSignals ?? []).map((c) => c.id)
        };
    }
    return last;
}
