/**
 * What happened to an account after an as-of day: its first renewal opportunity that closed
 * in (asOf, asOf + horizon]. Closed Won is a renewal, Closed Lost a churn; an account with
 * no renewal closing in the window has no outcome and is left out of the judgement.
 */
import type { Day, OpportunityRecord } from '../../engine/evidence';
import type { TrustModel } from '../../engine/model';

export type OutcomeKind = 'renewed' | 'churned';

export interface RenewalOutcome {
    kind: OutcomeKind;
    /** A won renewal at a lower amount than the account's previous won renewal. */
    downsell: boolean;
    opportunityId: string;
    closeDate: Day;
}

const renewalTypeSets = new WeakMap<TrustModel, Set<string>>();

function renewalTypes(model: TrustModel): Set<string> {
    let set = renewalTypeSets.get(model);
    if (!set) renewalTypeSets.set(model, (set = new Set(model.mappings.renewalOpportunityTypes)));
    return set;
}

/** True for an opportunity of one of the model's renewal types that is closed with a close date. */
export function isClosedRenewal(opp: OpportunityRecord, model: TrustModel): boolean {
    return opp.isClosed && opp.closeDate !== null && opp.type !== null && renewalTypes(model).has(opp.type);
}

/** Earlier close date first; the same day is decided by record id so the choice never depends on order. */
function earlier(a: OpportunityRecord, b: OpportunityRecord): boolean {
    const da = a.closeDate as Day;
    const db = b.closeDate as Day;
    return da < db || (da === db && a.id < b.id);
}

/**
 * The account's outcome in the window after `asOf`, or null when no renewal closed in it.
 * The window is (asOf, asOf + horizonDays]: the as-of day itself is already scored evidence.
 */
export function renewalOutcome(
    opportunities: readonly OpportunityRecord[],
    model: TrustModel,
    asOf: Day,
    horizonDays: number
): RenewalOutcome | null {
    const end = asOf + horizonDays;
    let first: OpportunityRecord | null = null;
    for (const opp of opportunities) {
        if (!isClosedRenewal(opp, model)) continue;
        const close = opp.closeDate as Day;
        if (close <= asOf || close > end) continue;
        if (first === null || earlier(opp, first)) first = opp;
    }
    if (first === null) return null;
    const kind: OutcomeKind = first.isWon ? 'renewed' : 'churned';
    return {
        kind,
        downsell: kind === 'renewed' && isDownsell(first, opportunities, model),
        opportunityId: first.id,
        closeDate: first.closeDate as Day
    };
}

/** Won at a lower amount than the latest won renewal that closed before it. */
function isDownsell(won: OpportunityRecord, all: readonly OpportunityRecord[], model: TrustModel): boolean {
    if (won.amount === null) return false;
    let previous: OpportunityRecord | null = null;
    for (const opp of all) {
        if (opp === won || !opp.isWon || !isClosedRenewal(opp, model)) continue;
        if (!earlier(opp, won)) continue;
        if (previous === null || earlier(previous, opp)) previous = opp;
    }
    return previous !== null && previous.amount !== null && won.amount < previous.amount;
}
