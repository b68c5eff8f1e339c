/**
 * One account's evidence from the UI API GraphQL `EVIDENCE_QUERY` (c/trustQueries), read
 * into the engine's `AccountEvidence` exactly as the CSV and jsforce adapters read the same
 * records, so "Recalculate now" in the panel gives the batch CLI's numbers.
 *
 * A large account needs several pages per object. The query has one connection per object,
 * each continued by `<name>After`; `EvidencePager` keeps the cursors and says when it has
 * everything. The LWC wire adapter does not support variables in `@include`/`@skip`, so a
 * connection already complete is asked for again from its last cursor and answers with an
 * empty page, which the pager ignores.
 */
import type {
    AccountEvidence,
    CaseMilestoneRecord,
    CaseRecord,
    CommitmentRecord,
    ContractRecord,
    OpportunityHistoryRecord,
    OpportunityRecord,
    ReferenceRecord
} from '../engine/evidence';
import { NodeReader, nodesOf, type GraphqlConnection, type GraphqlNode } from './graphqlValues';

/** The largest page the UI API serves for one connection. */
export const MAX_PAGE_SIZE = 2000;
/** The smallest page the UI API allows when paging with an upper bound. */
export const MIN_BOUNDED_PAGE_SIZE = 200;
/**
 * Records one connection may page through. Without an upper bound the UI API stops at 4,000
 * records per connection; the pager reports any connection that reaches the bound, so a
 * truncated account is never scored as if it were complete.
 */
export const DEFAULT_UPPER_BOUND = 20_000;

/** Evidence connections of EVIDENCE_QUERY: the variable stem and the object it reads. */
export const EVIDENCE_CONNECTIONS = [
    { key: 'opportunities', object: 'Opportunity' },
    { key: 'opportunityHistory', object: 'OpportunityHistory' },
    { key: 'cases', object: 'Case' },
    { key: 'caseMilestones', object: 'CaseMilestone' },
    { key: 'contracts', object: 'Contract' },
    { key: 'commitments', object: 'Trust_Commitment__c' },
    { key: 'references', object: 'Customer_Reference__c' }
] as const;

export type EvidenceConnectionKey = (typeof EVIDENCE_CONNECTIONS)[number]['key'];

/** `<key>After`, the cursor variable EVIDENCE_QUERY declares for a connection. */
export function evidenceCursorVariable(key: EvidenceConnectionKey): string {
    return `${key}After`;
}

/** The `data.uiapi.query` object of one EVIDENCE_QUERY response. */
export type EvidenceQueryResult = Readonly<Record<string, GraphqlConnection | null | undefined>>;

function opportunity(node: GraphqlNode, renewed: Readonly<Record<string, string | null>>): OpportunityRecord {
    const r = new NodeReader('Opportunity', node);
    return {
        id: r.id,
        accountId: r.id_('AccountId') ?? '',
        type: r.text('Type'),
        stageName: r.text('StageName'),
        isClosed: r.bool('IsClosed'),
        isWon: r.bool('IsWon'),
        amount: r.num('Amount'),
        createdDate: r.instant('CreatedDate'),
        closeDate: r.day('CloseDate'),
        contractId: r.id_('ContractId'),
        renewedContractId: renewed[r.id] ?? null
    };
}

function history(node: GraphqlNode): OpportunityHistoryRecord {
    const r = new NodeReader('OpportunityHistory', node);
    return {
        id: r.id,
        opportunityId: r.id_('OpportunityId') ?? '',
        stageName: r.text('StageName'),
        closeDate: r.day('CloseDate'),
        createdDate: r.instant('CreatedDate')
    };
}

function caseRecord(node: GraphqlNode): CaseRecord {
    const r = new NodeReader('Case', node);
    return {
        id: r.id,
        accountId: r.id_('AccountId') ?? '',
        isClosed: r.bool('IsClosed'),
        isEscalated: r.bool('IsEscalated'),
        priority: r.text('Priority'),
        status: r.text('Status'),
        type: r.text('Type'),
        reason: r.text('Reason'),
        origin: r.text('Origin'),
        createdDate: r.instant('CreatedDate'),
        closedDate: r.instant('ClosedDate')
    };
}

function milestone(node: GraphqlNode): CaseMilestoneRecord {
    const r = new NodeReader('CaseMilestone', node);
    return {
        id: r.id,
        caseId: r.id_('CaseId') ?? '',
        isViolated: r.bool('IsViolated'),
        isCompleted: r.bool('IsCompleted'),
        targetDate: r.instant('TargetDate'),
        completionDate: r.instant('CompletionDate')
    };
}

function contract(node: GraphqlNode): ContractRecord {
    const r = new NodeReader('Contract', node);
    return {
        id: r.id,
        accountId: r.id_('AccountId') ?? '',
        startDate: r.day('StartDate'),
        endDate: r.day('EndDate'),
        status: r.text('Status')
    };
}

function commitment(node: GraphqlNode): CommitmentRecord {
    const r = new NodeReader('Trust_Commitment__c', node);
    return {
        id: r.id,
        accountId: r.id_('Account__c') ?? '',
        opportunityId: r.id_('Opportunity__c'),
        madeByTeam: r.text('Made_By_Team__c'),
        promisedOn: r.day('Promised_On__c'),
        dueOn: r.day('Due_On__c'),
        deliveredOn: r.day('Delivered_On__c'),
        status: r.text('Status__c'),
        description: r.text('Description__c')
    };
}

function reference(node: GraphqlNode): ReferenceRecord {
    const r = new NodeReader('Customer_Reference__c', node);
    return {
        id: r.id,
        accountId: r.id_('Account__c') ?? '',
        contactId: r.id_('Contact__c'),
        requestedOn: r.day('Requested_On__c'),
        type: r.text('Type__c'),
        status: r.text('Status__c'),
        rating: r.num('Rating__c')
    };
}

interface ConnectionState {
    done: boolean;
    after: string | null;
    nodes: GraphqlNode[];
}

/**
 * Pages EVIDENCE_QUERY for one account until every connection is complete.
 *
 * ```js
 * const pager = new EvidencePager(recordId);
 * // wire or fetch EVIDENCE_QUERY with pager.variables(), then for each response:
 * pager.add(data.uiapi.query);            // throws on an unreadable response
 * if (!pager.done) refetch with pager.variables(); else score(pager.evidence());
 * ```
 */
export class EvidencePager {
    private readonly states = new Map<EvidenceConnectionKey, ConnectionState>();
    private accountNode: GraphqlNode | null = null;
    private pages = 0;

    /**
     * @param upperBound records one connection may page through (null: record-connection
     *   paging, which the UI API stops at 4,000 records; tests use it for small pages).
     */
    constructor(
        readonly accountId: string,
        readonly pageSize: number = MAX_PAGE_SIZE,
        readonly upperBound: number | null = DEFAULT_UPPER_BOUND
    ) {
        const min = upperBound === null ? 1 : MIN_BOUNDED_PAGE_SIZE;
        if (!Number.isInteger(pageSize) || pageSize < min || pageSize > MAX_PAGE_SIZE) {
            throw new RangeError(`EvidencePager: pageSize must be ${min}–${MAX_PAGE_SIZE}, got ${pageSize}`);
        }
        if (upperBound !== null && (!Number.isInteger(upperBound) || upperBound < pageSize)) {
            throw new RangeError(
                `EvidencePager: upperBound must be a whole number ≥ pageSize, got ${upperBound}`
            );
        }
        for (const c of EVIDENCE_CONNECTIONS) this.states.set(c.key, { done: false, after: null, nodes: [] });
    }

    /** Variables for the next EVIDENCE_QUERY request. */
    variables(): Record<string, unknown> {
        const vars: Record<string, unknown> = {
            accountId: this.accountId,
            pageSize: this.pageSize,
            upperBound: this.upperBound
        };
        for (const c of EVIDENCE_CONNECTIONS) {
            vars[evidenceCursorVariable(c.key)] = (this.states.get(c.key) as ConnectionState).after;
        }
        return vars;
    }

    /** Takes one response's `data.uiapi.query`; returns whether everything has arrived. */
    add(result: EvidenceQueryResult | null | undefined): boolean {
        if (!result) throw new Error('Evidence query returned no data (uiapi.query is empty).');
        this.pages += 1;
        const account = nodesOf(result.Account)[0];
        if (!account) throw new Error(`Account ${this.accountId} was not found or is not visible to you.`);
        this.accountNode = account;
        for (const c of EVIDENCE_CONNECTIONS) {
            const state = this.states.get(c.key) as ConnectionState;
            if (state.done) continue;
            const connection = result[c.object];
            if (connection === undefined) {
                throw new Error(`Evidence query response has no ${c.object} connection.`);
            }
            for (const node of nodesOf(connection)) state.nodes.push(node);
            const info = connection?.pageInfo;
            if (info?.endCursor) state.after = info.endCursor;
            if (!info?.hasNextPage || !info.endCursor) state.done = true;
        }
        return this.done;
    }

    /**
     * Objects whose records reached the upper bound: the account has (or may have) more than
     * the browser can read, so its score from the panel would not be the batch's.
     */
    get truncated(): string[] {
        if (this.upperBound === null) return [];
        return EVIDENCE_CONNECTIONS.filter(
            (c) => (this.states.get(c.key) as ConnectionState).nodes.length >= (this.upperBound as number)
        ).map((c) => c.object);
    }

    get done(): boolean {
        for (const state of this.states.values()) if (!state.done) return false;
        return this.accountNode !== null;
    }

    /** Requests answered so far. */
    get requests(): number {
        return this.pages;
    }

    /** Records received so far, all objects together. */
    get recordCount(): number {
        let n = 0;
        for (const state of this.states.values()) n += state.nodes.length;
        return n;
    }

    /** Ids of renewal-type opportunities, for reading a custom renewal-contract field separately. */
    opportunityIds(types?: readonly string[]): string[] {
        const wanted = types ? new Set(types) : null;
        const out: string[] = [];
        for (const node of (this.states.get('opportunities') as ConnectionState).nodes) {
            const r = new NodeReader('Opportunity', node);
            if (!wanted || wanted.has(r.text('Type') ?? '')) out.push(r.id);
        }
        return out;
    }

    /**
     * The account's evidence. `renewedContracts` maps an opportunity id to the value of the
     * model's renewal-contract lookup field, which a static query cannot select by name.
     */
    evidence(renewedContracts: Readonly<Record<string, string | null>> = {}): AccountEvidence {
        if (!this.done) throw new Error('EvidencePager.evidence() called before every page arrived.');
        const account = new NodeReader('Account', this.accountNode as GraphqlNode);
        const nodes = (key: EvidenceConnectionKey): GraphqlNode[] =>
            (this.states.get(key) as ConnectionState).nodes;
        return {
            account: { id: account.id, name: account.text('Name') },
            opportunities: nodes('opportunities').map((n) => opportunity(n, renewedContracts)),
            opportunityHistory: nodes('opportunityHistory').map(history),
            cases: nodes('cases').map(caseRecord),
            caseMilestones: nodes('caseMilestones').map(milestone),
            contracts: nodes('contracts').map(contract),
            commitments: nodes('commitments').map(commitment),
            references: nodes('references').map(reference)
        };
    }
}
