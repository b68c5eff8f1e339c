/**
 * The accounts a segment model's draft would score, for the setup page's what-if: the scored
 * accounts' values of every segment field of the set (read with one paged UI API GraphQL
 * query built here, since the fields are the models', not the package's), then the engine's
 * own choice (`chooseModel`) over the set with the draft in place of its model. Reading the
 * fields, not the receipts' `Model__c`, is what lets a changed segment's preview include the
 * accounts it newly takes and leave out the ones it lets go.
 */
import type { TrustModel } from '../engine/model';
import { chooseModel, type ModelSet } from '../engine/modelSet';
import { NodeReader, nodesOf, type GraphqlConnection } from './graphqlValues';

/** An API name such as `Industry` or `Tier__c`: the only text that goes into the query. */
const API_NAME_RE = /^[A-Za-z][A-Za-z0-9_]*$/;

/** One scored account's values of the segment fields. */
export interface SegmentAccount {
    id: string;
    segmentValues: Record<string, string | null>;
}

export interface SegmentPage {
    accounts: SegmentAccount[];
    hasNextPage: boolean;
    endCursor: string | null;
}

/**
 * The query text of one page of scored accounts with the values of `fields`, paged like the
 * what-if's latest receipts (variables `pageSize`, `upperBound`, `after`). Built from API
 * names alone: anything else is refused, so nothing a record holds becomes GraphQL.
 */
export function segmentValuesQuery(fields: readonly string[]): string {
    for (const field of fields)
        if (!API_NAME_RE.test(field))
            throw new Error(`not an Account field API name: ${JSON.stringify(field)}`);
    const selected = fields
        .filter((f) => f !== 'Id')
        .map((f) => `${f} { value }`)
        .join(' ');
    return (
        'query trustSegmentValues($pageSize: Int, $upperBound: Int, $after: String) { uiapi { query { ' +
        'Account(where: { Trust_Scored_On__c: { ne: null } } first: $pageSize upperBound: $upperBound after: $after) { ' +
        `edges { node { Id ${selected} } } totalCount pageInfo { hasNextPage endCursor } } } } }`
    );
}

/**
 * Whether a GraphQL answer is a page of {@link segmentValuesQuery}: accounts without
 * receipts or deals (the what-if's other pages carry `Trust_Scores__r`).
 */
export function isSegmentPage(
    query: { Account?: GraphqlConnection; Opportunity?: unknown } | null | undefined
) {
    const connection = query?.Account;
    if (!connection || query?.Opportunity !== undefined) return false;
    return nodesOf(connection).every((node) => !('Trust_Scores__r' in node));
}

/** One page of {@link segmentValuesQuery} (the `Account` connection) → each account's values. */
export function segmentValuesFromPage(
    connection: GraphqlConnection | null | undefined,
    fields: readonly string[]
): SegmentPage {
    const accounts = nodesOf(connection).map((node) => {
        const reader = new NodeReader('Account', node);
        const segmentValues: Record<string, string | null> = {};
        for (const field of fields) segmentValues[field] = reader.text(field);
        return { id: reader.id, segmentValues };
    });
    const info = connection?.pageInfo;
    return {
        accounts,
        hasNextPage: Boolean(info?.hasNextPage && info?.endCursor),
        endCursor: info?.endCursor ?? null
    };
}

/** The ids of the accounts `model` scores in `set` (the first segment that matches, else the default). */
export function accountsScoredBy(
    set: ModelSet,
    model: TrustModel,
    accounts: readonly SegmentAccount[]
): Set<string> {
    const ids = new Set<string>();
    for (const account of accounts)
        if (chooseModel(set, { id: account.id, name: null, segmentValues: account.segmentValues }) === model)
            ids.add(account.id);
    return ids;
}
