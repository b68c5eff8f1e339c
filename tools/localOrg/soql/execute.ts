/**
 * Runs resolved SOQL on the store and pages the results as the REST API does.
 *
 * A query first collects the ordered row keys of all matching rows (one indexed SQL
 * statement; also gives `totalSize`), then materialises one page at a time by key. Pages of
 * the main query hold up to `batchSize` rows, child rows included; each parent's child
 * records come back as their own `{totalSize, done, records}` with a `nextRecordsUrl` when
 * the parent has more than `childBatchSize` of them, or `null` when it has none.
 */
import { apiErrors } from '../errors';
import type { LocalObject, ValueKind } from '../schema';
import type { Store } from '../store';
import { csvValue, jsonValue } from '../values';
import { CursorRegistry, parseLocator } from '../cursors';
import type { ShortPages } from '../shortPages';
import { parseSoql } from './parse';
import type { ChildQuery, FieldRef, JoinNode, ResolvedQuery } from './resolve';
import { resolveQuery } from './resolve';
import { childRowIdsSql, countSql, rowIdsSql, rowsByIdSql } from './sql';

export type JsonRecord = Record<string, unknown>;

export interface QueryResult {
    totalSize: number;
    done: boolean;
    nextRecordsUrl?: string;
    records: JsonRecord[];
}

/** How one (sub)query's rows become nested JSON records. */
interface ShapeNode {
    object: LocalObject;
    /** Column of this node's record Id. */
    idColumn: number;
    entries: Array<
        | { kind: 'field'; key: string; column: number; valueKind: ValueKind }
        | { kind: 'node'; key: string; node: ShapeNode }
        | { kind: 'child'; key: string; child: number }
    >;
}

interface Shape {
    query: ResolvedQuery;
    columns: FieldRef[];
    root: ShapeNode;
    children: ChildQuery[];
    sql: string;
}

function idRef(object: LocalObject, join: JoinNode | null): FieldRef {
    const field = object.field('Id');
    if (field === undefined) throw new Error(`${object.name} has no Id field`);
    return { join, field, label: 'Id' };
}

function buildShape(query: ResolvedQuery): Shape {
    const columns: FieldRef[] = [idRef(query.object, null)];
    const root: ShapeNode = { object: query.object, idColumn: 0, entries: [] };
    const nodes = new Map<JoinNode, ShapeNode>();
    const children: ChildQuery[] = [];
    const nodeFor = (join: JoinNode | null): ShapeNode => {
        if (join === null) return root;
        const existing = nodes.get(join);
        if (existing !== undefined) return existing;
        const parent = nodeFor(join.parent);
        const node: ShapeNode = { object: join.object, idColumn: columns.length, entries: [] };
        columns.push(idRef(join.object, join));
        parent.entries.push({ kind: 'node', key: join.path[join.path.length - 1] as string, node });
        nodes.set(join, node);
        return node;
    };
    for (const item of query.items) {
        if (item.kind === 'child') {
            root.entries.push({ kind: 'child', key: item.child.relationship.name, child: children.length });
            children.push(item.child);
            continue;
        }
        const node = nodeFor(item.ref.join);
        node.entries.push({
            kind: 'field',
            key: item.ref.field.name,
            column: columns.length,
            valueKind: item.ref.field.kind
        });
        columns.push(item.ref);
    }
    return { query, columns, root, children, sql: rowsByIdSql(query, columns) };
}

function buildRecord(
    node: ShapeNode,
    row: unknown[],
    base: string,
    childResults: unknown[]
): JsonRecord | null {
    const id = row[node.idColumn];
    if (id === null || id === undefined) return null;
    const record: JsonRecord = {
        attributes: { type: node.object.name, url: `${base}/sobjects/${node.object.name}/${String(id)}` }
    };
    for (const entry of node.entries) {
        if (entry.kind === 'field') record[entry.key] = jsonValue(entry.valueKind, row[entry.column]);
        else if (entry.kind === 'node') record[entry.key] = buildRecord(entry.node, row, base, childResults);
        else record[entry.key] = childResults[entry.child] ?? null;
    }
    return record;
}

interface MainCursor {
    kind: 'main';
    /** The page size asked for when the query ran; later pages keep it unless asked otherwise. */
    batchSize: number;
    shape: Shape;
    childShapes: Shape[];
    rowIds: number[];
}

interface ChildCursor {
    kind: 'child';
    shape: Shape;
    rowIds: number[];
}

type Cursor = MainCursor | ChildCursor;

export interface QueryEngineOptions {
    /** Most child records returned inline per parent and per page of a child cursor. */
    childBatchSize?: number;
    /** UTC day number date literals are relative to. */
    today: () => number;
    /** Serves some main query pages shorter than the batch size, as an org may. */
    shortPages?: ShortPages;
}

export const DEFAULT_BATCH_SIZE = 2000;
export const MIN_BATCH_SIZE = 200;
export const DEFAULT_CHILD_BATCH_SIZE = 200;

/** Parents materialised per step while filling a page with children. */
const PARENT_CHUNK = 500;

export class QueryEngine {
    private readonly cursors = new CursorRegistry<Cursor>();
    private readonly childBatchSize: number;

    constructor(
        private readonly store: Store,
        private readonly options: QueryEngineOptions
    ) {
        this.childBatchSize = options.childBatchSize ?? DEFAULT_CHILD_BATCH_SIZE;
    }

    /** Parses and checks SOQL against the schema (errors as the org sends them). */
    resolve(soql: string): ResolvedQuery {
        const parsed = parseSoql(soql);
        return resolveQuery(parsed, { schema: this.store.schema, soql, today: this.options.today() });
    }

    /** Ordered row keys of every row the query matches. */
    rowIds(query: ResolvedQuery): number[] {
        const { sql, params } = rowIdsSql(query);
        return this.store
            .prepare(sql)
            .pluck()
            .all(...params) as number[];
    }

    /** `GET /query?q=`: the first page. */
    query(soql: string, base: string, batchSize: number): QueryResult {
        const query = this.resolve(soql);
        if (query.count) {
            const { sql, params } = countSql(query);
            const totalSize = this.store
                .prepare(sql)
                .pluck()
                .get(...params) as number;
            return { totalSize, done: true, records: [] };
        }
        const cursor: MainCursor = {
            kind: 'main',
            batchSize,
            shape: buildShape(query),
            childShapes: [],
            rowIds: this.rowIds(query)
        };
        cursor.childShapes = cursor.shape.children.map((child) => buildShape(child.query));
        const id = this.cursors.add(cursor, cursor.rowIds.length);
        return this.page(id, cursor, 0, base, batchSize);
    }

    /** `GET /query/<locator>`: a later page of a query or of one parent's children. */
    more(locator: string, base: string, batchSize: number | null): QueryResult {
        const parsed = parseLocator(locator);
        const cursor = parsed === null ? undefined : this.cursors.get(parsed.id);
        if (parsed === null || cursor === undefined || parsed.offset > cursor.rowIds.length)
            throw apiErrors.invalidQueryLocator();
        const size = batchSize ?? (cursor.kind === 'main' ? cursor.batchSize : this.childBatchSize);
        return this.page(parsed.id, cursor, parsed.offset, base, size);
    }

    private page(id: string, cursor: Cursor, offset: number, base: string, batchSize: number): QueryResult {
        const size =
            this.options.shortPages?.size(id, offset, batchSize, cursor.rowIds.length - offset) ?? batchSize;
        const { records, next } =
            cursor.kind === 'child'
                ? this.childPage(cursor, offset, this.childBatchSize, base)
                : this.mainPage(cursor, offset, size, base);
        const done = next >= cursor.rowIds.length;
        return {
            totalSize: cursor.rowIds.length,
            done,
            ...(done ? {} : { nextRecordsUrl: `${base}/query/${id}-${next}` }),
            records
        };
    }

    /** Rows by key, as arrays in the shape's column order. */
    private fetch(shape: Shape, rowIds: number[]): unknown[][] {
        if (rowIds.length === 0) return [];
        return this.store.prepare(shape.sql).raw().all(JSON.stringify(rowIds)) as unknown[][];
    }

    private childPage(cursor: ChildCursor, offset: number, size: number, base: string) {
        const keys = cursor.rowIds.slice(offset, offset + size);
        const records = this.fetch(cursor.shape, keys).map(
            (row) => buildRecord(cursor.shape.root, row, base, []) as JsonRecord
        );
        return { records, next: offset + keys.length };
    }

    private mainPage(cursor: MainCursor, offset: number, batchSize: number, base: string) {
        const { shape, childShapes, rowIds } = cursor;
        if (shape.children.length === 0) {
            const keys = rowIds.slice(offset, offset + batchSize);
            const records = this.fetch(shape, keys).map(
                (row) => buildRecord(shape.root, row, base, []) as JsonRecord
            );
            return { records, next: offset + keys.length };
        }
        // Child rows count toward the batch: add parents while the page has room for them
        // and the children they bring (always at least one parent, so paging progresses).
        const rows: unknown[][] = [];
        const childKeys: number[][][] = [];
        let budget = batchSize;
        let next = offset;
        while (next < rowIds.length && budget > 0) {
            const chunkKeys = rowIds.slice(next, next + Math.min(budget, PARENT_CHUNK));
            const chunk = this.fetch(shape, chunkKeys);
            const grouped = shape.children.map((child) => this.childKeysByParent(child, chunk));
            let full = false;
            for (let i = 0; i < chunk.length; i++) {
                const row = chunk[i] as unknown[];
                const keys = grouped.map((byParent) => byParent.get(row[0] as string) ?? []);
                const cost = 1 + keys.reduce((sum, k) => sum + Math.min(k.length, this.childBatchSize), 0);
                if (rows.length > 0 && cost > budget) {
                    full = true;
                    break;
                }
                rows.push(row);
                childKeys.push(keys);
                budget -= cost;
                next++;
            }
            if (full) break;
        }
        const childResults = this.childResults(childShapes, childKeys, base);
        const records = rows.map(
            (row, i) => buildRecord(shape.root, row, base, childResults[i] as unknown[]) as JsonRecord
        );
        return { records, next };
    }

    /** Child row keys of each parent in `rows` (parent Id in column 0), after LIMIT/OFFSET per parent. */
    private childKeysByParent(child: ChildQuery, rows: unknown[][]): Map<string, number[]> {
        const query = child.query;
        const fk: FieldRef = { join: null, field: child.foreignKey, label: child.foreignKey.name };
        const { sql, params } = childRowIdsSql(query, fk);
        const parentIds = JSON.stringify(rows.map((row) => row[0]));
        const pairs = this.store
            .prepare(sql)
            .raw()
            .all(parentIds, ...params) as Array<[string, number]>;
        const byParent = new Map<string, number[]>();
        for (const [parentId, key] of pairs) {
            let keys = byParent.get(parentId);
            if (keys === undefined) byParent.set(parentId, (keys = []));
            keys.push(key);
        }
        if (query.limit !== null || query.offset !== null) {
            const from = query.offset ?? 0;
            for (const [parentId, keys] of byParent) {
                byParent.set(
                    parentId,
                    keys.slice(from, query.limit === null ? undefined : from + query.limit)
                );
            }
        }
        return byParent;
    }

    /** Per parent, per subquery: `{totalSize, done, records, nextRecordsUrl?}` or null. */
    private childResults(shapes: Shape[], childKeys: number[][][], base: string): unknown[][] {
        const results: unknown[][] = childKeys.map(() => []);
        shapes.forEach((shape, s) => {
            const shown = childKeys.flatMap((perChild) => (perChild[s] ?? []).slice(0, this.childBatchSize));
            const fetched = this.fetch(shape, shown);
            let at = 0;
            childKeys.forEach((perChild, p) => {
                const keys = perChild[s] ?? [];
                if (keys.length === 0) {
                    (results[p] as unknown[])[s] = null;
                    return;
                }
                const count = Math.min(keys.length, this.childBatchSize);
                const records = fetched
                    .slice(at, at + count)
                    .map((row) => buildRecord(shape.root, row, base, []) as JsonRecord);
                at += count;
                const done = count >= keys.length;
                const result: QueryResult = { totalSize: keys.length, done, records };
                if (!done) {
                    const id = this.cursors.add({ kind: 'child', shape, rowIds: keys }, keys.length);
                    result.nextRecordsUrl = `${base}/query/${id}-${count}`;
                }
                (results[p] as unknown[])[s] = reorder(result);
            });
        });
        return results;
    }

    /** Column labels and CSV rows of a query without subqueries (Bulk API 2.0 results). */
    csvColumns(query: ResolvedQuery): string[] {
        return query.items.flatMap((item) => (item.kind === 'field' ? [item.ref.label] : []));
    }

    /** CSV cells of the given rows, for a query without subqueries. */
    csvRows(query: ResolvedQuery, rowIds: number[]): string[][] {
        const refs = query.items.flatMap((item) => (item.kind === 'field' ? [item.ref] : []));
        const sql = rowsByIdSql(query, refs);
        if (rowIds.length === 0) return [];
        const rows = this.store.prepare(sql).raw().all(JSON.stringify(rowIds)) as unknown[][];
        return rows.map((row) => refs.map((ref, i) => csvValue(ref.field.kind, row[i])));
    }
}

/** Key order as Salesforce writes it: totalSize, done, nextRecordsUrl, records. */
function reorder(result: QueryResult): QueryResult {
    const { totalSize, done, nextRecordsUrl, records } = result;
    return nextRecordsUrl === undefined
        ? { totalSize, done, records }
        : { totalSize, done, nextRecordsUrl, records };
}
