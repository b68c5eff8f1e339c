/**
 * The query of one custom object, parsed for the `lightning/graphql` wire at run time.
 *
 * A model names its custom objects and fields, so their queries cannot be literals of
 * c/trustQueries. What this relies on, from Salesforce's LWC reference for the graphql wire
 * adapter: `query` is a document the gql function parses from the query text, gql is not
 * reactive, and a wire whose `query` is a reactive property (`'$evidenceQuery'`) runs each
 * document the property is set to. The older `lightning/uiGraphQLApi` (beta) refused queries
 * constructed at run time, which is why every other query of the package is a static literal
 * (a metadata test holds them to it); this module is the one place a query is built, and it
 * imports `lightning/graphql` (the setup page's what-if parses its segment scope query, built
 * by records/segmentScope.ts, here too). The gql function is called as its template tag is, with a
 * template's strings (one string, no substitutions), so it parses the text when called. The
 * text is built from API names alone (the model validator and `customEvidenceQuery` refuse
 * anything else), so nothing a record holds becomes GraphQL.
 */
import { gql } from 'lightning/graphql';

/** One parsed document per query text: the wire sees the same request as the same query. */
const parsed = new Map();

/** The query text as a parsed document: gql called with the strings of a template. */
function parse(text) {
    const strings = Object.freeze(Object.assign([text], { raw: Object.freeze([text]) }));
    return gql(strings);
}

export function customObjectQuery(text) {
    if (!parsed.has(text)) parsed.set(text, parse(text));
    return parsed.get(text);
}
