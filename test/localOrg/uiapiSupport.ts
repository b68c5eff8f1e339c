/** Shared set-up of the UI API tests: the demo org, GraphQL calls, and SOQL to compare with. */
import path from 'node:path';
import { startLocalOrg, type LocalOrg } from '../../tools/localOrg';
import { call, NOW, soql } from './helpers';

export const DEMO_DIR = path.resolve(__dirname, '..', '..', 'data', 'demo');

/** An in-memory org loaded with the bundled demo export, at the tests' clock. */
export function startDemoOrg(): Promise<LocalOrg> {
    return startLocalOrg({ dataDir: ':memory:', importFrom: DEMO_DIR, now: () => NOW, log: () => undefined });
}

export interface GraphqlBody {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>;
}

/** `POST /graphql`; fails the test unless the org answers 200. */
export async function graphql(
    org: LocalOrg,
    query: string,
    variables?: Record<string, unknown>
): Promise<GraphqlBody> {
    const response = await call(org, 'POST', '/graphql', {
        query,
        ...(variables === undefined ? {} : { variables })
    });
    if (response.status !== 200) throw new Error(`${response.status}: ${response.text}`);
    return response.body as GraphqlBody;
}

/** `data.uiapi.query` of a query that must succeed without errors. */
export async function records(
    org: LocalOrg,
    query: string,
    variables?: Record<string, unknown>
): Promise<Record<string, Connection>> {
    const body = await graphql(org, query, variables);
    if (body.errors !== undefined) throw new Error(JSON.stringify(body.errors));
    return (body.data as { uiapi: { query: Record<string, Connection> } }).uiapi.query;
}

export interface Connection {
    edges: Array<{ node: Record<string, unknown>; cursor?: string }>;
    pageInfo?: { hasNextPage: boolean; endCursor: string | null };
    totalCount?: number;
}

export const nodeIds = (connection: Connection | undefined): unknown[] =>
    (connection?.edges ?? []).map((edge) => edge.node.Id);

/** Ids of a SOQL query's records (every page). */
export async function soqlIds(org: LocalOrg, query: string): Promise<unknown[]> {
    const body = await soql(org, query);
    if (!body.done) throw new Error('compare queries must fit one page');
    return body.records.map((r) => r.Id);
}
