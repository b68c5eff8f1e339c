/**
 * The query of one custom object, parsed for the `lightning/graphql` wire at run time.
 *
 * A model names its custom objects and fields, so their queries cannot be literals of
 * c/trustQueries. What this relies on, from Salesforce's LWC reference for the `graphql` wire
 * adapter of `lightning/graphql`: `query` is a parsed document that `gql` makes from the query
 * text, `gql` itself is not reactive, and a wire whose `query` is a reactive property
 * (`'$evidenceQuery'`) runs each document the property is set to. The text is built before
 * the wire reads it, as a template substitution, so `gql` parses it when it is called. The
 * older `lightning/uiGraphQLApi` (beta) refused queries constructed at run time; this module
 * uses `lightning/graphql` only. The text is built from API names alone (the model validator
 * and `customEvidenceQuery` refuse anything else), so nothing a record holds becomes GraphQL.
 */
import { gql } from 'lightning/graphql';

/** One parsed document per query text: the wire sees the same request as the same query. */
const parsed = new Map();

/** The query text as a parsed document; left as one substitution (no formatter reflows it). */
function parse(text) {
    // prettier-ignore
    return gql`${text}`;
}

export function customObjectQuery(text) {
    if (!parsed.has(text)) parsed.set(text, parse(text));
    return parsed.get(text);
}
