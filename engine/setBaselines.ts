/**
 * Baselines for models per segment (docs/scoring.md, "Models per segment"). A segment is
 * compared with its own accounts: what is a normal deal cycle among banks is not what it is
 * among small shops. A small segment has too few deals and cases for a median to mean
 * anything, so below {@link MIN_SEGMENT_ACCOUNTS} accounts a segment's model takes the
 * org-wide figures instead (computed with its own settings over every account). The default
 * model always uses the org-wide figures, so one model alone gets exactly the baselines it got
 * before segments existed.
 */
import { BaselineAccumulator, type OrgBaselines } from './baselines';
import type { AccountEvidence } from './evidence';
import type { TrustModel } from './model';
import { chooseModel, type ModelSet } from './modelSet';

/** Fewer accounts than this in a segment, and its model compares with the whole org. */
export const MIN_SEGMENT_ACCOUNTS = 50;

interface Slot {
    model: TrustModel;
    /** Every account, with this model's settings. */
    org: BaselineAccumulator;
    /** The accounts this model scores (segment models only). */
    own: BaselineAccumulator | null;
    accounts: number;
}

/** Streams every account once and keeps, per model of the set, the figures it may use. */
export class SetBaselineAccumulator {
    private readonly slots: Slot[];
    private readonly byModel = new Map<TrustModel, Slot>();

    constructor(
        private readonly set: ModelSet,
        asOf: number
    ) {
        this.slots = set.models.map((model) => ({
            model,
            org: new BaselineAccumulator(model, asOf),
            own: model === set.fallback ? null : new BaselineAccumulator(model, asOf),
            accounts: 0
        }));
        for (const slot of this.slots) this.byModel.set(slot.model, slot);
    }

    /** `evidence.account.segmentValues` must hold the set's segment fields (evidenceTableFor). */
    add(evidence: AccountEvidence): void {
        const chosen = this.byModel.get(chooseModel(this.set, evidence.account)) as Slot;
        chosen.accounts++;
        chosen.own?.add(evidence);
        for (const slot of this.slots) slot.org.add(evidence);
    }

    /** Won deals closed before they were created, over the org (the default model's count). */
    get closedBeforeCreated(): number {
        return (this.byModel.get(this.set.fallback) as Slot).org.closedBeforeCreated;
    }

    /** The baselines each model scores with. */
    result(): Map<TrustModel, OrgBaselines> {
        const out = new Map<TrustModel, OrgBaselines>();
        for (const slot of this.slots) {
            const own = slot.own !== null && slot.accounts >= MIN_SEGMENT_ACCOUNTS;
            out.set(slot.model, (own ? (slot.own as BaselineAccumulator) : slot.org).result());
        }
        return out;
    }
}
