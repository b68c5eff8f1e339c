/**
 * The objects a model's custom signals read, over UI API GraphQL: the query text for one such
 * object of one account, and its nodes read into `CustomRecord`s. A static query cannot name
 * an admin's object or fields, so the text is built from the evidence field table's custom
 * rows (`customObjectRows`) when the model is known; the panel parses it with `gql` at run time.
 */
import type { CustomRecord } from '../engine/evidence';
import { customObjectRows, type EvidenceObject, type TableSettings } from './evidenceFields';
import { readEvidenceNode } from './evidenceNode';
import type { GraphqlNode } from './graphqlValues';

/** An object or field API name: the only text of a model that goes into the query. */
const API_NAME_RE = /^[A-Za-z][A-Za-z0-9_]*$/;

function apiName(name: string): string {
    // The model validator refuses other names already; this keeps a model that skipped it
    // (hand-built, or stored by an older version) from writing GraphQL into the query.
    if (!API_NAME_RE.test(name)) throw new Error(`Not an API name: ${JSON.stringify(name)}`);
    return name;
}

/** The custom objects a model reads, one row set each (the same rows the CSV and org paths read). */
export function customEvidenceObjects(settings: TableSettings): EvidenceObject<'custom'>[] {
    return customObjectRows(settings);
}

/**
 * The query for one custom object of one account, paged like the catalog's supplementary
 * queries. Variables: `accountId` (ID), `pageSize` (Int), `upperBound` (Int), `after` (String).
 */
export function customEvidenceQuery(object: EvidenceObject<'custom'>): string {
    const owner = object.fields.find((f) => f.owner);
    if (!owner) throw new Error(`${object.object}: the custom object row has no account lookup.`);
    const fields = object.fields
        .map((f) => (f.kind === 'id' ? apiName(f.field) : `${apiName(f.field)} { value }`))
        .join(' ');
    return [
        'query trustEvidenceCustom($accountId: ID, $pageSize: Int, $upperBound: Int, $after: String) {',
        ' uiapi { query {',
        ` ${apiName(object.object)}(where: { ${apiName(owner.field)}: { eq: $accountId } }`,
        ' first: $pageSize upperBound: $upperBound after: $after) {',
        ` edges { node { ${fields} } } pageInfo { hasNextPage endCursor } } } } }`
    ].join('');
}

/**
 * Nodes of one custom object → its records, each field read by its kind as the catalog's are
 * (dates and datetimes become their UTC Day). Like the CSV reader, `values` holds every field
 * but the Id and the account lookup.
 */
export function readCustomNodes(
    object: EvidenceObject<'custom'>,
    nodes: readonly GraphqlNode[]
): CustomRecord[] {
    const valueFields = object.fields.filter((f) => f.kind !== 'id' && !f.owner);
    return nodes.map((node) => {
        const record = readEvidenceNode(object as EvidenceObject, node) as unknown as Record<
            string,
            number | string | boolean | null
        >;
        const values: Record<string, number | string | boolean | null> = {};
        for (const f of valueFields) values[f.property] = record[f.property] ?? null;
        return { id: record.id as string, accountId: record.accountId as string, values };
    });
}
