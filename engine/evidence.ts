/**
 * Normalised evidence: what the engine reads about one account.
 *
 * Adapters (CSV export, jsforce records, UI API GraphQL nodes) turn their source rows into
 * these shapes; the engine never sees a source format. Dates are whole UTC days since
 * 1970-01-01 (`Day`) and datetimes are milliseconds since the epoch (`Instant`), so the
 * browser and Node compute with the same integers and never with local time zones.
 */

/** Whole days since 1970-01-01 (UTC) — Salesforce `date` fields. */
export type Day = number;
/** Milliseconds since 1970-01-01T00:00:00Z — Salesforce `datetime` fields. */
export type Instant = number;

export interface AccountRecord {
    id: string;
    name: string | null;
    /**
     * `Account.ParentId`: the account above it in a hierarchy, read for the parent's roll-up
     * (engine/rollup.ts), never for its own score. Optional so evidence built by hand (tests,
     * the what-if) needs no hierarchy.
     */
    parentId?: string | null;
    /**
     * The Account fields the models' segments name (engine/segment.ts), by API name: read to
     * choose the account's model, never scored. Absent or null when no segment names a field.
     */
    segmentValues?: Readonly<Record<string, string | null>> | null;
}

export interface OpportunityRecord {
    id: string;
    accountId: string;
    type: string | null;
    stageName: string | null;
    isClosed: boolean;
    isWon: boolean;
    amount: number | null;
    createdDate: Instant | null;
    closeDate: Day | null;
    contractId: string | null;
    /** Value of the model's renewal contract lookup field (e.g. a CPQ renewed-contract field). */
    renewedContractId: string | null;
}

/** One OpportunityHistory row: a change of stage, amount, probability or close date. */
export interface OpportunityHistoryRecord {
    id: string;
    opportunityId: string;
    stageName: string | null;
    closeDate: Day | null;
    createdDate: Instant | null;
}

export interface CaseRecord {
    id: string;
    accountId: string;
    isClosed: boolean;
    isEscalated: boolean;
    priority: string | null;
    status: string | null;
    type: string | null;
    reason: string | null;
    origin: string | null;
    createdDate: Instant | null;
    closedDate: Instant | null;
}

export interface CaseMilestoneRecord {
    id: string;
    caseId: string;
    isViolated: boolean;
    isCompleted: boolean;
    targetDate: Instant | null;
    completionDate: Instant | null;
}

export interface ContractRecord {
    id: string;
    accountId: string;
    startDate: Day | null;
    endDate: Day | null;
    status: string | null;
}

/** A `Trust_Commitment__c` row: a promise made to the customer. */
export interface CommitmentRecord {
    id: string;
    accountId: string;
    opportunityId: string | null;
    madeByTeam: string | null;
    promisedOn: Day | null;
    dueOn: Day | null;
    deliveredOn: Day | null;
    status: string | null;
    description: string | null;
}

/** A `Customer_Reference__c` row: a reference request and how it went. */
export interface ReferenceRecord {
    id: string;
    accountId: string;
    contactId: string | null;
    requestedOn: Day | null;
    type: string | null;
    status: string | null;
    /** 1–5, 5 = enthusiastic advocate. */
    rating: number | null;
}

/**
 * A `Trust_Override__c` row: a person who knows the account better sets its band, with a
 * reason, until an expiry day. The engine decides whether it is in force (engine/override.ts).
 */
export interface OverrideRecord {
    id: string;
    accountId: string;
    /** A band name of the account's model. */
    band: string | null;
    reason: string | null;
    /** The last day it is in force. */
    expiresOn: Day | null;
    /** When it was set: it is in force from this instant. */
    createdDate: Instant | null;
}

/** A row of an object a custom signal reads. Date and datetime values are whole UTC days (Day). */
export interface CustomRecord {
    id: string;
    accountId: string;
    /**
     * The fields custom signals read, by API name: numbers (number/currency/percent), Day (date or
     * datetime), strings (text/picklist), booleans; null when empty.
     */
    values: Readonly<Record<string, number | string | boolean | null>>;
}

export interface AccountEvidence {
    account: AccountRecord;
    opportunities: OpportunityRecord[];
    opportunityHistory: OpportunityHistoryRecord[];
    cases: CaseRecord[];
    caseMilestones: CaseMilestoneRecord[];
    contracts: ContractRecord[];
    commitments: CommitmentRecord[];
    references: ReferenceRecord[];
    overrides: OverrideRecord[];
    /**
     * Rows of the objects the model's custom signals read, by object API name. Optional, so
     * evidence built by hand (tests, the what-if) and models without custom signals need none.
     */
    custom?: Readonly<Record<string /* object API name */, readonly CustomRecord[]>>;
}

/** An account with no evidence beyond itself; handy for adapters and tests. */
export function emptyEvidence(account: AccountRecord): AccountEvidence {
    return {
        account,
        opportunities: [],
        opportunityHistory: [],
        cases: [],
        caseMilestones: [],
        contracts: [],
        commitments: [],
        references: [],
        overrides: []
    };
}
