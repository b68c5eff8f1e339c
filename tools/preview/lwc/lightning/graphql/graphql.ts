/**
 * `lightning/graphql` for the preview: the UI API GraphQL wire adapter, answered by the local
 * org's `POST /services/data/vNN.N/graphql` through the preview's proxy.
 *
 * As on the platform: `@wire(graphql, { query, variables, operationName })` emits
 * `{ data, errors }` (errors undefined when there are none; data and errors together for a
 * partial answer), refetches when `query` or `variables` change, does nothing while `query` is
 * undefined, and `refreshGraphQL(result)` refetches the wire that emitted `result`.
 *
 * Unlike the platform there is no normalized cache: writes through `lightning/uiRecordApi`
 * do not update GraphQL results; a component that shows what it wrote calls `refreshGraphQL`,
 * which it has to do in an org too whenever LDS cannot know which query a write affects.
 */
import { request, isFetchResponse } from '../../preview/transport/transport';
import { FetchingAdapter } from '../../preview/wire/wire';

/** What `gql` returns: the query text, parsed on the server. */
export interface GraphQLDocument {
    readonly kind: 'Document';
    readonly source: string;
    toString(): string;
}

export interface GraphQLError {
    message: string;
    locations?: Array<{ line: number; column: number }>;
    path?: Array<string | number>;
    extensions?: Record<string, unknown>;
}

export interface GraphQLResult {
    data: unknown;
    errors: GraphQLError[] | undefined;
    refresh?: () => Promise<void>;
}

interface GraphQLConfig {
    query?: GraphQLDocument | string | null;
    variables?: Record<string, unknown> | null;
    operationName?: string | null;
}

function isDocument(value: unknown): value is GraphQLDocument {
    return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'Document';
}

/** Tagged template: `gql\`query { … }\``; interpolated documents are spliced in as text. */
export function gql(strings: TemplateStringsArray | string, ...values: unknown[]): GraphQLDocument {
    const parts = typeof strings === 'string' ? [strings] : strings;
    let source = parts[0] ?? '';
    values.forEach((value, index) => {
        source += (isDocument(value) ? value.source : String(value)) + (parts[index + 1] ?? '');
    });
    return Object.freeze({ kind: 'Document' as const, source, toString: () => source });
}

function sourceOf(query: GraphQLConfig['query']): string | null {
    if (query === undefined || query === null) return null;
    return isDocument(query) ? query.source : String(query);
}

const byResult = new WeakMap<object, GraphQLAdapter>();

function errorsOf(error: unknown): GraphQLError[] {
    if (isFetchResponse(error)) {
        const body = error.body;
        if (typeof body === 'object' && body !== null && Array.isArray((body as { errors?: unknown }).errors))
            return (body as { errors: GraphQLError[] }).errors;
        const items = Array.isArray(body) ? body : [body];
        return items.map((item) => ({
            message:
                typeof item === 'object' &&
                item !== null &&
                typeof (item as { message?: unknown }).message === 'string'
                    ? (item as { message: string }).message
                    : `${error.status} ${error.statusText}`
        }));
    }
    return [{ message: error instanceof Error ? error.message : String(error) }];
}

export class GraphQLAdapter extends FetchingAdapter<GraphQLConfig, GraphQLResult> {
    protected keyOf(config: GraphQLConfig): string | null {
        const source = sourceOf(config.query);
        if (source === null) return null;
        return JSON.stringify([source, config.variables ?? {}, config.operationName ?? null]);
    }

    protected async fetchValue(config: GraphQLConfig): Promise<GraphQLResult> {
        const body: Record<string, unknown> = {
            query: sourceOf(config.query),
            variables: config.variables ?? {}
        };
        if (config.operationName) body.operationName = config.operationName;
        const answer = await request<{ data?: unknown; errors?: GraphQLError[] }>('POST', 'graphql', body);
        const errors = answer.errors !== undefined && answer.errors.length > 0 ? answer.errors : undefined;
        return this.result(answer.data ?? undefined, errors);
    }

    protected failureValue(error: unknown): GraphQLResult {
        return this.result(undefined, errorsOf(error));
    }

    protected emptyValue(): GraphQLResult {
        return this.result(undefined, undefined);
    }

    private result(data: unknown, errors: GraphQLError[] | undefined): GraphQLResult {
        const value: GraphQLResult = { data, errors, refresh: () => this.refresh() };
        byResult.set(value, this);
        return value;
    }
}

/** The wire adapter id components import: `@wire(graphql, {...})`. */
export const graphql = GraphQLAdapter;

/** Refetches the wire that emitted `result`; resolves once the new result was emitted. */
export function refreshGraphQL(result: unknown): Promise<void> {
    if (typeof result !== 'object' || result === null) return Promise.resolve();
    const adapter = byResult.get(result);
    if (adapter !== undefined) return adapter.refresh();
    // A value read back through a read-only proxy is not the emitted object; its refresh still is.
    const refresh = (result as { refresh?: unknown }).refresh;
    return typeof refresh === 'function' ? (refresh as () => Promise<void>)() : Promise.resolve();
}
