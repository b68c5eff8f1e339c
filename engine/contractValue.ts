/**
 * An account's current contract value: what it weighs in its parent's roll-up (rollup.ts).
 *
 * Contract has no amount of its own in Salesforce, so a contract's value is the amount of the
 * won opportunities that created it (`Opportunity.ContractId`). The value is, in order:
 * 1. the contracts in force on the as-of day (started, not yet ended, Activated or without a
 *    status): the sum of their won opportunities' amounts;
 * 2. otherwise the amount of the latest renewal won by the as-of day;
 * 3. otherwise unknown (null): the roll-up then weighs the account like the others it knows
 *    nothing about (see `weightBasis`).
 */
import type { AccountEvidence, Day } from './evidence';
import type { TrustModel } from './model';

/** Contract statuses that are not (yet) in force, as Salesforce names them. */
const NOT_IN_FORCE = new Set(['Draft', 'In Approval Process']);

export type ContractValueSettings = Pick<TrustModel, 'mappings'>;

function inForce(contract: AccountEvidence['contracts'][number], asOfDay: Day): boolean {
    if (contract.status !== null && NOT_IN_FORCE.has(contract.status)) return false;
    if (contract.startDate !== null && contract.startDate > asOfDay) return false;
    return contract.endDate === null || contract.endDate >= asOfDay;
}

/** The value of the contracts in force, or null when none has a won opportunity with an amount. */
function activeContractValue(evidence: AccountEvidence, asOfDay: Day): number | null {
    const active = new Set(evidence.contracts.filter((c) => inForce(c, asOfDay)).map((c) => c.id));
    if (active.size === 0) return null;
    let total: number | null = null;
    for (const o of evidence.opportunities) {
        if (!o.isWon || o.amount === null || o.contractId === null || !active.has(o.contractId)) continue;
        total = (total ?? 0) + o.amount;
    }
    return total;
}

/** The amount of the renewal won last by the as-of day (the latest close date; the larger Id breaks a tie). */
function latestWonRenewal(
    evidence: AccountEvidence,
    settings: ContractValueSettings,
    asOfDay: Day
): number | null {
    const renewal = new Set(settings.mappings.renewalOpportunityTypes);
    let best: AccountEvidence['opportunities'][number] | null = null;
    for (const o of evidence.opportunities) {
        if (!o.isWon || o.amount === null || o.closeDate === null || o.closeDate > asOfDay) continue;
        if (o.type === null || !renewal.has(o.type)) continue;
        if (
            !best ||
            (best.closeDate as Day) < o.closeDate ||
            (best.closeDate === o.closeDate && best.id < o.id)
        )
            best = o;
    }
    return best ? best.amount : null;
}

/** The account's current contract value on the as-of day, or null when its evidence does not say. */
export function contractValue(
    evidence: AccountEvidence,
    settings: ContractValueSettings,
    asOfDay: Day
): number | null {
    const value = activeContractValue(evidence, asOfDay) ?? latestWonRenewal(evidence, settings, asOfDay);
    // A zero or negative value would take the account out of the mean (or turn it around): unknown instead.
    return value !== null && Number.isFinite(value) && value > 0 ? value : null;
}
