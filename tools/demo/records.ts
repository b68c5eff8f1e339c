/**
 * The records the generator produces, before formatting. Dates are UTC day numbers and
 * datetimes epoch milliseconds (as in engine/evidence.ts); `null` is an empty cell.
 * A sink receives them one by one, so an org of any size is never held in memory.
 */
import type { Archetype, Segment } from './archetypes';

export interface DemoAccount {
    id: string;
    name: string;
    /** Not exported (Account.csv has Id and Name only); kept for summaries and tests. */
    archetype: Archetype;
    segment: Segment;
    /** Write this account's datetimes in the `+0000` form of `sf data export bulk`. */
    offsetDatetimes: boolean;
    /** The account above it in a hierarchy (Account.ParentId), or null. */
    parentId: string | null;
}

export interface DemoOpportunity {
    id: string;
    accountId: string;
    type: string | null;
    isClosed: boolean;
    isWon: boolean;
    closeDay: number;
    createdMs: number;
    stageName: string;
    amount: number | null;
    /** For renewals: the contract being renewed. */
    contractId: string | null;
}

export interface DemoOpportunityHistory {
    id: string;
    opportunityId: string;
    closeDay: number;
    createdMs: number;
    stageName: string;
}

export interface DemoCase {
    id: string;
    accountId: string;
    createdMs: number;
    isClosed: boolean;
    isEscalated: boolean;
    priority: string;
    closedMs: number | null;
    status: string;
    type: string | null;
    reason: string | null;
    origin: string | null;
}

export interface DemoCaseMilestone {
    id: string;
    caseId: string;
    isViolated: boolean;
    isCompleted: boolean;
    targetMs: number;
    completionMs: number | null;
}

export interface DemoContract {
    id: string;
    accountId: string;
    startDay: number;
    endDay: number;
    status: string;
}

export interface DemoCommitment {
    id: string;
    accountId: string;
    status: string;
    dueDay: number;
    promisedDay: number;
    deliveredDay: number | null;
    team: string;
    opportunityId: string | null;
    description: string;
}

export interface DemoReference {
    id: string;
    accountId: string;
    status: string;
    requestedDay: number;
    type: string;
    rating: number | null;
    contactId: string | null;
}

/** Receives an org's records in generation order: an account, then its children. */
export interface DemoSink {
    account(record: DemoAccount): void;
    opportunity(record: DemoOpportunity): void;
    opportunityHistory(record: DemoOpportunityHistory): void;
    case(record: DemoCase): void;
    caseMilestone(record: DemoCaseMilestone): void;
    contract(record: DemoContract): void;
    commitment(record: DemoCommitment): void;
    reference(record: DemoReference): void;
}
