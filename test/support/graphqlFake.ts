/**
 * A CSV export served the way the UI API GraphQL endpoint serves records: each object a
 * connection of `edges/node` with fields as `{ value, displayValue }` (values typed as UI API
 * types them), paged by `first`/`after` with opaque cursors, up to `upperBound` records (or
 * 4,000 without one). Only the fields the query selects are in a node, so an adapter reading a field
 * its query forgot to select gets nothing and a parity test fails.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { Kind, parse, type FieldNode, type SelectionSetNode } from 'graphql';
import { EXPORT_OBJECTS, type ColumnKind, type ExportObjectName } from '../../batch/exports/exportSchema';
import { gqlLiterals } from '../../tools/metadata/graphqlCheck';

type Node = Record<string, unknown>;

const QUERIES_FILE = path.resolve(
    __dirname,
    '..',
    '..',
    'force-app/main/shared/lwc/trustQueries/trustQueries.js'
);

/** The evidence queries of c/trustQueries by the step EvidencePager names. */
export function evidenceQueries(): Record<'core' | 'opportunityHistory' | 'caseMilestones', string> {
    return {
        core: sharedQuery('EVIDENCE_CORE_QUERY'),
        opportunityHistory: sharedQuery('EVIDENCE_HISTORY_QUERY'),
        caseMilestones: sharedQuery('EVIDENCE_MILESTONE_QUERY')
    };
}

/** Runs a pager to the end against the fake, each step with the query it names. */
export function pageEvidence(
    org: CsvOrg,
    pager: {
        nextQuery: 'core' | 'opportunityHistory' | 'caseMilestones' | null;
        variables(): Record<string, unknown>;
        add(result: never): boolean;
    },
    queries = evidenceQueries()
): void {
    for (let step = pager.nextQuery; step !== null; step = pager.nextQuery) {
        pager.add(answerAccountQuery(org, queries[step], pager.variables()).uiapi.query as never);
    }
}

/** A query text of c/trustQueries by export name. */
export function sharedQuery(name: string): string {
    const found = gqlLiterals(readFileSync(QUERIES_FILE, 'utf8')).find((q) => q.name === name);
    if (!found) throw new Error(`c/trustQueries has no ${name}`);
    return found.text;
}

function typed(kind: ColumnKind, text: string): unknown {
    if (text === '') return kind === 'boolean' ? false : null;
    switch (kind) {
        case 'boolean':
            return text.toLowerCase() === 'true';
        case 'number':
            return Number(text);
        default:
            return text;
    }
}

export interface CsvOrg {
    rows: Record<ExportObjectName, Node[]>;
    /** Opportunity and Case id → account id, for relationship filters of child objects. */
    accountOf: Map<string, string>;
}

export function readCsvOrg(folder: string): CsvOrg {
    const rows = {} as Record<ExportObjectName, Node[]>;
    for (const [name, spec] of Object.entries(EXPORT_OBJECTS) as [
        ExportObjectName,
        (typeof EXPORT_OBJECTS)[ExportObjectName]
    ][]) {
        const file = path.join(folder, `${name}.csv`);
        const records: Record<string, string>[] = existsSync(file)
            ? parseCsv(readFileSync(file), { columns: true, skip_empty_lines: true })
            : [];
        rows[name] = records.map((record) => {
            const node: Node = {};
            for (const column of spec.columns) {
                if (!(column.name in record)) continue;
                node[column.name] = typed(column.kind, record[column.name] ?? '');
            }
            return node;
        });
    }
    const accountOf = new Map<string, string>();
    for (const o of rows.Opportunity) accountOf.set(o.Id as string, o.AccountId as string);
    for (const c of rows.Case) accountOf.set(c.Id as string, c.AccountId as string);
    return { rows, accountOf };
}

function fieldsOf(set: SelectionSetNode | undefined): FieldNode[] {
    return (set?.selections ?? []).filter((s): s is FieldNode => s.kind === Kind.FIELD);
}

/** Which account a row belongs to, following the relationship the evidence query filters by. */
function accountOfRow(org: CsvOrg, object: string, row: Node): string | undefined {
    if (object === 'OpportunityHistory') return org.accountOf.get(row.OpportunityId as string);
    if (object === 'CaseMilestone') return org.accountOf.get(row.CaseId as string);
    return (row.AccountId ?? row.Account__c ?? row.Id) as string | undefined;
}

/** Answers a `uiapi { query { … } }` request whose connections all filter by one account. */
export function answerAccountQuery(
    org: CsvOrg,
    queryText: string,
    variables: Record<string, unknown>
): { uiapi: { query: Record<string, unknown> } } {
    const doc = parse(queryText);
    const op = doc.definitions[0];
    if (!op || op.kind !== Kind.OPERATION_DEFINITION) throw new Error('no operation');
    const uiapi = fieldsOf(op.selectionSet).find((f) => f.name.value === 'uiapi');
    const query = fieldsOf(uiapi?.selectionSet).find((f) => f.name.value === 'query');
    const accountId = variables.accountId as string;
    const out: Record<string, unknown> = {};
    const value = (node: FieldNode, name: string): unknown => {
        const arg = node.arguments?.find((a) => a.name.value === name)?.value;
        if (!arg) return undefined;
        if (arg.kind === Kind.VARIABLE) return variables[arg.name.value];
        if (arg.kind === Kind.INT) return Number(arg.value);
        return undefined;
    };
    for (const conn of fieldsOf(query?.selectionSet)) {
        const object = conn.name.value;
        const all = (org.rows[object as ExportObjectName] ?? []).filter(
            (row) => accountOfRow(org, object, row) === accountId
        );
        const first = (value(conn, 'first') as number | undefined) ?? 10;
        const upperBound = value(conn, 'upperBound') as number | null | undefined;
        // As the UI API: paging with an upper bound takes pages of 200–2000 and stops at the bound.
        if (upperBound !== null && upperBound !== undefined && (first < 200 || first > 2000)) {
            throw new Error(`first must be 200–2000 with upperBound, got ${first}`);
        }
        const after = value(conn, 'after') as string | null | undefined;
        const offset = after ? Number(Buffer.from(after, 'base64').toString('utf8')) : 0;
        const limit = upperBound ?? 4000;
        const page = all.slice(offset, Math.min(offset + first, limit));
        const edges = fieldsOf(conn.selectionSet).find((f) => f.name.value === 'edges');
        const nodeSel = fieldsOf(edges?.selectionSet).find((f) => f.name.value === 'node');
        const selected = fieldsOf(nodeSel?.selectionSet).map((f) => f.name.value);
        const end = offset + page.length;
        out[object] = {
            edges: page.map((row, i) => ({
                cursor: Buffer.from(String(offset + i + 1)).toString('base64'),
                node: Object.fromEntries(
                    selected.map((f) => [
                        f,
                        f === 'Id' ? row.Id : { value: row[f] ?? null, displayValue: null }
                    ])
                )
            })),
            pageInfo: {
                hasNextPage: end < Math.min(all.length, limit),
                endCursor: page.length > 0 ? Buffer.from(String(end)).toString('base64') : null
            },
            totalCount: all.length
        };
    }
    return { uiapi: { query: out } };
}
