/**
 * `POST /services/data/vNN.N/graphql` `{ query, variables?, operationName? }` → HTTP 200 with
 * `{ data, errors? }`. A query that does not parse or validate gets only `errors` (no `data`,
 * as the GraphQL spec says for errors before execution); a connection that fails while running
 * (`first` above 2000, a bad cursor, an invalid id) is null in `data` with its error listed.
 * Each error carries `extensions.classification` as graphql-java sets it (InvalidSyntax,
 * ValidationError, DataFetchingException). Unverified: whether Salesforce adds more to errors.
 */
import { execute, GraphQLError, parse, validate, type DocumentNode } from 'graphql';
import { json, jsonObject, type Org, type Reply, type RequestContext, type Route } from '../context';
import { apiErrors } from '../errors';
import { ConnectionRunner } from './connections';
import { documentNesting, jsonNesting, MAX_GRAPHQL_NESTING, MAX_GRAPHQL_TOKENS } from './graphqlLimits';
import { graphqlSchemaOf, type GraphqlContext } from './graphqlSchema';
import { VALIDATION_RULES } from './validation';

const messages = {
    queryTooDeep: `Invalid Syntax : the query nests deeper than ${MAX_GRAPHQL_NESTING} levels, the most this org accepts`,
    variablesTooDeep: `Validation error : the variables nest deeper than ${MAX_GRAPHQL_NESTING} levels, the most this org accepts`
};

type Classification = 'InvalidSyntax' | 'ValidationError' | 'DataFetchingException';

function formatError(error: GraphQLError, classification: Classification): Record<string, unknown> {
    return {
        message: error.message,
        ...(error.locations === undefined ? {} : { locations: error.locations }),
        ...(error.path === undefined ? {} : { path: error.path }),
        extensions: { classification }
    };
}

const onlyErrors = (errors: readonly GraphQLError[], classification: Classification): Reply =>
    json(200, { errors: errors.map((e) => formatError(e, classification)) });

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function graphql(org: Org, request: RequestContext): Promise<Reply> {
    const body = jsonObject(request);
    if (typeof body.query !== 'string') throw apiErrors.jsonParser('The request body needs a query string');
    const variables = body.variables === undefined || body.variables === null ? {} : body.variables;
    if (!isObject(variables)) throw apiErrors.jsonParser('variables must be a JSON object');
    const operationName = typeof body.operationName === 'string' ? body.operationName : null;
    if (documentNesting(body.query) > MAX_GRAPHQL_NESTING)
        return onlyErrors([new GraphQLError(messages.queryTooDeep)], 'InvalidSyntax');
    if (jsonNesting(variables) > MAX_GRAPHQL_NESTING)
        return onlyErrors([new GraphQLError(messages.variablesTooDeep)], 'ValidationError');

    let document: DocumentNode;
    try {
        document = parse(body.query, { maxTokens: MAX_GRAPHQL_TOKENS });
    } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        return onlyErrors(
            [
                new GraphQLError(`Invalid Syntax : ${error.message}`, {
                    nodes: error.nodes ?? null,
                    source: error.source ?? null,
                    positions: error.positions ?? null
                })
            ],
            'InvalidSyntax'
        );
    }
    const schema = graphqlSchemaOf(org.store.schema);
    const invalid = validate(schema, document, VALIDATION_RULES);
    if (invalid.length > 0) return onlyErrors(invalid, 'ValidationError');

    const contextValue: GraphqlContext = { runner: new ConnectionRunner(org), variables };
    const result = await execute({
        schema,
        document,
        variableValues: variables,
        operationName,
        contextValue
    });
    if (result.data === undefined || result.data === null) {
        // Variables that do not fit their declared types stop the query before it runs.
        return onlyErrors(result.errors ?? [], 'ValidationError');
    }
    return json(200, {
        data: result.data,
        ...(result.errors === undefined
            ? {}
            : { errors: result.errors.map((e) => formatError(e, 'DataFetchingException')) })
    });
}

export const graphqlRoutes: Route[] = [{ method: 'POST', pattern: /^\/graphql\/?$/, handler: graphql }];
