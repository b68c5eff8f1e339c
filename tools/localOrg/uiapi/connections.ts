/**
 * Runs one GraphQL record connection: its `where`/`orderBy` become SOQL that the local org's
 * SOQL resolver checks and compiles (the REST query path's semantics), its rows are the
 * matching row keys in order, and `first`/`after` page them by position. Cursors are opaque to
 * clients but shaped like Salesforce's: base64 of `v1:<index>` (`djE6OQ==` is the 10th edge).
 *
 * A child connection (`Opportunities(first: 5)` inside an Account node) is the same query with
 * the child's reference to the parent added, run per parent; its SOQL is resolved once per
 * request and argument set.
 */
import { GraphQLError } from 'graphql';
import type { Org } from '../context';
import { ApiError } from '../errors';
import type { ChildRelationship, LocalField, LocalObject } from '../schema';
import { type ResolvedQuery } from '../soql';
import { childRowIdsSql } from '../soql/sql';
import { q, ROW_ID } from '../store';
import { orderByToSoql, whereToSoql, type InputObject, type KeyOrder } from './soqlFilter';

export type Row = Record<string, unknown>;

/** A record as GraphQL resolvers see it: its object and its stored row. */
export interface RecordNode {
    object: LocalObject;
    row: Row;
}

export interface Connection {
    object: LocalObject;
    rows: Row[];
    /** Position of the first row in the whole result. */
    offset: number;
    totalCount: number;
    /** How far paging can reach: `upperBound`, or 4,000 records without one. */
    reach: number;
}

export interface ConnectionArgs {
    first?: number | null;
    after?: string | null;
    upperBound?: number | null;
    where?: InputObject | null;
    orderBy?: InputObject | null;
}

export const DEFAULT_FIRST = 10;
export const MAX_FIRST = 2000;
/** Smallest page allowed when paging with `upperBound`. */
export const MIN_BOUNDED_FIRST = 200;
/** Record-connection paging without `upperBound` stops after this many records. */
export const UNBOUNDED_REACH = 4000;

export const encodeCursor = (index: number): string => Buffer.from(`v1:${index}`).toString('base64');

function decodeCursor(cursor: string): number {
    const match = /^v1:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
    if (match === null) throw new GraphQLError(`Invalid cursor: ${cursor}`);
    return Number(match[1]);
}

function pageOf(args: ConnectionArgs): { offset: number; size: number; reach: number } {
    const size = args.first ?? DEFAULT_FIRST;
    if (size < 0 || size > MAX_FIRST)
        throw new GraphQLError(`first must be between 0 and ${MAX_FIRST}, not ${size}`);
    const bound = args.upperBound;
    // As the UI API documents it: with an upper bound, pages are 200–2000 records and paging
    // reaches the bound; without one, record-connection paging stops at 4,000 records.
    if (bound !== null && bound !== undefined) {
        if (size < MIN_BOUNDED_FIRST)
            throw new GraphQLError(
                `first must be between ${MIN_BOUNDED_FIRST} and ${MAX_FIRST} with upperBound, not ${size}`
            );
        if (bound < size) throw new GraphQLError(`upperBound must be at least first (${size}), not ${bound}`);
    }
    const reach = bound ?? UNBOUNDED_REACH;
    const offset = args.after === null || args.after === undefined ? 0 : decodeCursor(args.after) + 1;
    return { offset, size, reach };
}

/** One request's connections; resolved SOQL is shared by the request's child connections. */
export class ConnectionRunner {
    private readonly resolved = new Map<string, ResolvedQuery>();

    constructor(private readonly org: Org) {}

    private resolve(object: LocalObject, args: ConnectionArgs, order: KeyOrder | undefined): ResolvedQuery {
        const schema = this.org.store.schema;
        const where =
            args.where === null || args.where === undefined ? null : whereToSoql(object, schema, args.where);
        const orderBy = orderByToSoql(object, schema, args.orderBy, order);
        const soql = `SELECT Id FROM ${object.name}${where === null ? '' : ` WHERE ${where}`} ORDER BY ${orderBy.join(', ')}`;
        let query = this.resolved.get(soql);
        if (query === undefined) {
            try {
                query = this.org.engine.resolve(soql);
            } catch (error) {
                // The SOQL resolver words what an org refuses (an invalid id, a bad value).
                if (error instanceof ApiError) throw new GraphQLError(error.message);
                throw error;
            }
            this.resolved.set(soql, query);
        }
        return query;
    }

    private rows(object: LocalObject, keys: number[]): Row[] {
        if (keys.length === 0) return [];
        const sql = `SELECT t.* FROM json_each(?) AS j CROSS JOIN ${q(object.name)} AS t ON t.${ROW_ID} = j.value ORDER BY j.key`;
        return this.org.store.prepare(sql).all(JSON.stringify(keys)) as Row[];
    }

    private page(object: LocalObject, keys: number[], args: ConnectionArgs): Connection {
        const { offset, size, reach } = pageOf(args);
        return {
            object,
            offset,
            reach,
            totalCount: keys.length,
            rows: this.rows(object, keys.slice(offset, Math.max(offset, Math.min(offset + size, reach))))
        };
    }

    /** A top-level connection (`uiapi { query { Account(…) } }`). */
    top(object: LocalObject, args: ConnectionArgs, order: KeyOrder | undefined): Connection {
        pageOf(args);
        return this.page(object, this.org.engine.rowIds(this.resolve(object, args, order)), args);
    }

    /** A child connection of one parent record. */
    children(
        relationship: ChildRelationship,
        parentId: string,
        args: ConnectionArgs,
        order: KeyOrder | undefined
    ): Connection {
        pageOf(args);
        const object = this.org.store.schema.object(relationship.childObject) as LocalObject;
        const query = this.resolve(object, args, order);
        const field = object.field(relationship.field) as LocalField;
        const { sql, params } = childRowIdsSql(query, { join: null, field, label: field.name });
        const pairs = this.org.store
            .prepare(sql)
            .raw()
            .all(JSON.stringify([parentId]), ...params) as Array<[string, number]>;
        return this.page(
            object,
            pairs.map((pair) => pair[1]),
            args
        );
    }

    /** The parent record a reference field points at, or null. */
    parent(object: LocalObject, id: unknown): RecordNode | null {
        if (typeof id !== 'string') return null;
        const row = this.org.store.prepare(`SELECT * FROM ${q(object.name)} WHERE Id = ?`).get(id) as
            Row | undefined;
        return row === undefined ? null : { object, row };
    }
}
