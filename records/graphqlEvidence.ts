/**
 * One account's evidence from the UI API GraphQL `EVIDENCE_QUERY` (c/trustQueries), read
 * into the engine's `AccountEvidence` exactly as the CSV and jsforce adapters read the same
 * records, so "Recalculate now" in the panel gives the batch CLI's numbers.
 *
 * The evidence comes in three queries of c/trustQueries, run in turn: the core query (the
 * objects every org has), then OpportunityHistory, then CaseMilestone. Those two are on
 * their own because an org's UI API may lack them (CaseMilestone exists only with
 * Entitlement Management): the caller reports such a failure with `unavailable`, the pager
 * moves on, and the score names the evidence it could not read instead of failing.
 *
 * A large account needs several pages per object. The core query has one connection per
 * object, each continued by `<name>After`; `EvidencePager` keeps the cursors and says when it
 * has everything. The LWC wire adapter does not support variables in `@include`/`@skip`, so
 * a connection already complete is asked for again from its last cursor and answers with an
 * empty page, which the pager ignores.
 *
 * After them come the objects the model's custom signals read, one query each (`nextCustom`,
 * text from `customQuery()`). One the user cannot read is left out like the
 * supplementary objects: its signals have no evidence and stay out of the score (null).
 */
import type { AccountEvidence, CustomRecord } from '../engine/evidence';
import { customEvidenceQuery, readCustomNodes } from './customEvidence';
import {
    evidenceObjectFor,
    type EvidenceKey,
    type EvidenceObject,
    type EvidenceRecordOf
} from './evidenceFields';
import { readEvidenceNode } from './evidenceNode';
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

/** Evidence connections: the variable stem, the object it reads, and the query it is in. */
export const EVIDENCE_CONNECTIONS = [
    { key: 'opportunities', object: 'Opportunity', query: 'core' },
    { key: 'opportunityHistory', object: 'OpportunityHistory', query: 'opportunityHistory' },
    { key: 'cases', object: 'Case', query: 'core' },
    { key: 'caseMilestones', object: 'CaseMilestone', query: 'caseMilestones' },
    { key: 'contracts', object: 'Contract', query: 'core' },
    { key: 'commitments', object: 'Trust_Commitment__c', query: 'core' },
    { key: 'references', object: 'Customer_Reference__c', query: 'core' },
    { key: 'overrides', object: 'Trust_Override__c', query: 'core' }
] as const;

export type EvidenceConnectionKey = (typeof EVIDENCE_CONNECTIONS)[number]['key'];

/** The evidence queries in the order the pager runs them (keys of c/trustQueries' EVIDENCE_QUERIES). */
export const EVIDENCE_STEPS = ['core', 'opportunityHistory', 'caseMilestones'] as const;
export type EvidenceStep = (typeof EVIDENCE_STEPS)[number];

/** Evidence the pager could not read, and why (the query's error, as the caller words it). */
export interface MissingEvidence {
    object: string;
    reason: string;
}

/** `<key>After`, the cursor variable the core query declares for one of its connections. */
export function evidenceCursorVariable(key: EvidenceConnectionKey): string {
    return `${key}After`;
}

/** The `data.uiapi.query` object of one EVIDENCE_QUERY response. */
export type EvidenceQueryResult = Readonly<Record<string, GraphqlConnection | null | undefined>>;

/** Reads every node of one evidence key by the evidence field table. */
function readAll<K extends EvidenceKey>(key: K, nodes: readonly GraphqlNode[]): EvidenceRecordOf<K>[] {
    const object = evidenceObjectFor(key);
    return nodes.map((node) => readEvidenceNode(object, node));
}

interface ConnectionState {
    done: boolean;
    after: string | null;
    nodes: GraphqlNode[];
}

/** Takes one page of a connection into its state: the nodes, the cursor, whether it is done. */
function takePage(state: ConnectionState, connection: GraphqlConnection | null | undefined, object: string) {
    if (connection === undefined) {
        throw new Error(`Evidence query response has no ${object} connection.`);
    }
    for (const node of nodesOf(connection)) state.nodes.push(node);
    const info = connection?.pageInfo;
    if (info?.endCursor) state.after = info.endCursor;
    if (!info?.hasNextPage || !info.endCursor) state.done = true;
}

/**
 * Pages the evidence queries for one account until every connection is complete.
 *
 * ```js
 * const pager = new EvidencePager(recordId);
 * // while pager.nextQuery: run EVIDENCE_QUERIES[pager.nextQuery] with pager.variables(), then
 * pager.add(data.uiapi.query);             // throws on an unreadable response
 * pager.unavailable(reason);               // instead, when a supplementary query fails
 * // then, while pager.nextCustom: run gql(pager.customQuery()) with pager.variables() the same way
 * // when pager.done: score(pager.evidence()); pager.complete says if all was read
 * ```
 */
export class EvidencePager {
    private readonly states = new Map<EvidenceConnectionKey, ConnectionState>();
    private readonly lost: MissingEvidence[] = [];
    /** The custom objects' connections, in the order they are read. */
    private readonly custom: { object: EvidenceObject<'custom'>; state: ConnectionState }[];
    private accountNode: GraphqlNode | null = null;
    private pages = 0;

    /**
     * @param upperBound records one connection may page through (null: record-connection
     *   paging, which the UI API stops at 4,000 records; tests use it for small pages).
     * @param customObjects the model's custom objects (`customEvidenceObjects(model)`), read
     *   after the catalog's
     */
    constructor(
        readonly accountId: string,
        readonly pageSize: number = MAX_PAGE_SIZE,
        readonly upperBound: number | null = DEFAULT_UPPER_BOUND,
        customObjects: readonly EvidenceObject<'custom'>[] = []
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
        this.custom = customObjects.map((object) => ({
            object,
            state: { done: false, after: null, nodes: [] }
        }));
    }

    /** The custom object of the next request, when it reads one. */
    private currentCustom(): { object: EvidenceObject<'custom'>; state: ConnectionState } | null {
        if (this.nextQuery !== null) return null;
        return this.custom.find((c) => !c.state.done) ?? null;
    }

    /** The query text of the next request when it reads a custom object (else null: c/trustQueries has it). */
    customQuery(): string | null {
        const current = this.currentCustom();
        return current ? customEvidenceQuery(current.object) : null;
    }

    /**
     * The custom object the next request reads (its query is `customQuery()`), once the
     * catalog's queries are answered (`nextQuery` is null); null when none is left.
     */
    get nextCustom(): string | null {
        return this.currentCustom()?.object.object ?? null;
    }

    private state(key: EvidenceConnectionKey): ConnectionState {
        return this.states.get(key) as ConnectionState;
    }

    private connectionsOf(step: EvidenceStep) {
        return EVIDENCE_CONNECTIONS.filter((c) => c.query === step);
    }

    /**
     * The catalog query to run next (a key of EVIDENCE_QUERIES), or null when the catalog's
     * evidence is in; the model's custom objects follow (`nextCustom`).
     */
    get nextQuery(): EvidenceStep | null {
        if (this.accountNode === null) return 'core';
        for (const step of EVIDENCE_STEPS) {
            if (this.connectionsOf(step).some((c) => !this.state(c.key).done)) return step;
        }
        return null;
    }

    /** Variables for the next request (of `nextQuery`). */
    variables(): Record<string, unknown> {
        const step = this.nextQuery ?? 'core';
        const vars: Record<string, unknown> = {
            accountId: this.accountId,
            pageSize: this.pageSize,
            upperBound: this.upperBound
        };
        const custom = this.currentCustom();
        if (custom) {
            vars.after = custom.state.after;
        } else if (step === 'core') {
            for (const c of this.connectionsOf('core'))
                vars[evidenceCursorVariable(c.key)] = this.state(c.key).after;
        } else {
            const [only] = this.connectionsOf(step);
            vars.after = this.state((only as (typeof EVIDENCE_CONNECTIONS)[number]).key).after;
        }
        return vars;
    }

    /** Takes one response's `data.uiapi.query` for `nextQuery`; returns whether everything has arrived. */
    add(result: EvidenceQueryResult | null | undefined): boolean {
        const step = this.nextQuery;
        const custom = this.currentCustom();
        if (step === null && custom === null)
            throw new Error('EvidencePager.add() called after every query was answered.');
        if (!result) throw new Error('Evidence query returned no data (uiapi.query is empty).');
        this.pages += 1;
        if (step === null) {
            const c = custom as NonNullable<typeof custom>;
            takePage(c.state, result[c.object.object], c.object.object);
            return this.done;
        }
        if (step === 'core') {
            const account = nodesOf(result.Account)[0];
            if (!account)
                throw new Error(`Account ${this.accountId} was not found or is not visible to you.`);
            this.accountNode = account;
        }
        for (const c of this.connectionsOf(step)) {
            const state = this.state(c.key);
            if (!state.done) takePage(state, result[c.object], c.object);
        }
        return this.done;
    }

    /**
     * The current supplementary query failed (the org's UI API lacks the object, or the user
     * cannot read it): its evidence is left out and named in `missing`. The core query has no
     * such fallback: without opportunities and cases there is nothing to score. A custom
     * object the user cannot read is left out the same way (`nextCustom`).
     */
    unavailable(reason: string): boolean {
        const step = this.nextQuery;
        const custom = this.currentCustom();
        if ((step === null && custom === null) || step === 'core') {
            throw new Error(
                `EvidencePager.unavailable() is only for the supplementary queries, not ${step ?? 'none'}.`
            );
        }
        if (step === null) {
            const c = custom as NonNullable<typeof custom>;
            c.state.done = true;
            c.state.nodes = [];
            this.lost.push({ object: c.object.object, reason });
            return this.done;
        }
        for (const c of this.connectionsOf(step)) {
            const state = this.state(c.key);
            state.done = true;
            state.nodes = [];
            this.lost.push({ object: c.object, reason });
        }
        return this.done;
    }

    get done(): boolean {
        return this.nextQuery === null && this.nextCustom === null;
    }

    /** Evidence that could not be read, so a score from it may differ from the batch's. */
    get missing(): MissingEvidence[] {
        return [...this.lost];
    }

    /** Everything was read: nothing missing, nothing cut at the upper bound. */
    get complete(): boolean {
        return this.lost.length === 0 && this.truncated.length === 0;
    }

    /**
     * Objects whose records reached the upper bound: the account has (or may have) more than
     * the browser can read, so its score from the panel would not be the batch's.
     */
    get truncated(): string[] {
        if (this.upperBound === null) return [];
        const bound = this.upperBound;
        return [
            ...EVIDENCE_CONNECTIONS.filter((c) => this.state(c.key).nodes.length >= bound).map(
                (c) => c.object
            ),
            ...this.custom.filter((c) => c.state.nodes.length >= bound).map((c) => c.object.object)
        ];
    }

    /** Requests answered so far. */
    get requests(): number {
        return this.pages;
    }

    /** Records received so far, all objects together. */
    get recordCount(): number {
        let n = 0;
        for (const state of this.states.values()) n += state.nodes.length;
        for (const c of this.custom) n += c.state.nodes.length;
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
        const nodes = (key: EvidenceConnectionKey): GraphqlNode[] =>
            (this.states.get(key) as ConnectionState).nodes;
        const opportunities = readAll('opportunities', nodes('opportunities'));
        for (const o of opportunities) o.renewedContractId = renewedContracts[o.id] ?? null;
        const evidence: AccountEvidence = {
            account: readEvidenceNode(evidenceObjectFor('account'), this.accountNode as GraphqlNode),
            opportunities,
            opportunityHistory: readAll('opportunityHistory', nodes('opportunityHistory')),
            cases: readAll('cases', nodes('cases')),
            caseMilestones: readAll('caseMilestones', nodes('caseMilestones')),
            contracts: readAll('contracts', nodes('contracts')),
            commitments: readAll('commitments', nodes('commitments')),
            references: readAll('references', nodes('references')),
            overrides: readAll('overrides', nodes('overrides'))
        };
        if (this.custom.length > 0) evidence.custom = this.customEvidence();
        return evidence;
    }

    /**
     * The custom objects' records by object. An object left out (`unavailable`) has no entry,
     * so its signals have no evidence: null, never a neutral 50.
     */
    private customEvidence(): Record<string, CustomRecord[]> {
        const lost = new Set(this.lost.map((m) => m.object));
        const out: Record<string, CustomRecord[]> = {};
        for (const { object, state } of this.custom) {
            if (!lost.has(object.object)) out[object.object] = readCustomNodes(object, state.nodes);
        }
        return out;
    }
}
