/**
 * Resolved SOQL → SQLite. Parent relationships become LEFT JOINs on the parent's Id (only
 * the joins a statement needs), WHERE keeps SOQL's two-valued logic (`Type != 'Renewal'`
 * and `NOT (…)` include rows whose field is null, as in an org), and every ordering ends on
 * the table's row key so pages of a cursor are stable.
 */
import { q, ROW_ID } from '../store';
import type { Stored } from '../values';
import type { Expr, FieldRef, JoinNode, OrderItem, ResolvedQuery, Scope } from './resolve';

export interface Sql {
    sql: string;
    params: unknown[];
}

export const columnOf = (scope: Scope, ref: FieldRef): string =>
    `${ref.join?.alias ?? scope.alias}.${q(ref.field.name)}`;

/** The joins the given fields need, parents before children, in the scope's order. */
function joinsFor(scope: Scope, refs: FieldRef[]): JoinNode[] {
    const needed = new Set<JoinNode>();
    for (const ref of refs) {
        for (let join = ref.join; join !== null; join = join.parent) needed.add(join);
    }
    return scope.joins.filter((j) => needed.has(j));
}

function joinClauses(scope: Scope, joins: JoinNode[]): string {
    return joins
        .map((join) => {
            const from = join.parent?.alias ?? scope.alias;
            return ` LEFT JOIN ${q(join.object.name)} AS ${join.alias} ON ${join.alias}."Id" = ${from}.${q(join.via.name)}`;
        })
        .join('');
}

function refsOfExpr(expr: Expr | null, out: FieldRef[] = []): FieldRef[] {
    if (expr === null) return out;
    switch (expr.kind) {
        case 'and':
        case 'or':
            for (const item of expr.items) refsOfExpr(item, out);
            return out;
        case 'not':
            return refsOfExpr(expr.item, out);
        default:
            out.push(expr.ref);
            return out;
    }
}

/** Lists longer than this are passed as one JSON parameter instead of one parameter each. */
const INLINE_IN_LIMIT = 50;

function compileExpr(expr: Expr, scope: Scope, params: unknown[]): string {
    switch (expr.kind) {
        case 'and':
        case 'or':
            return `(${expr.items.map((e) => compileExpr(e, scope, params)).join(expr.kind === 'and' ? ' AND ' : ' OR ')})`;
        case 'not':
            // Two-valued logic: a comparison with a null field is false, so its negation is true.
            return `(NOT COALESCE(${compileExpr(expr.item, scope, params)}, 0))`;
        case 'compare':
            return compileCompare(columnOf(scope, expr.ref), expr.op, expr.value, params);
        case 'range': {
            const column = columnOf(scope, expr.ref);
            switch (expr.op) {
                case '=':
                    params.push(expr.start, expr.end);
                    return `(${column} >= ? AND ${column} < ?)`;
                case '!=':
                    params.push(expr.start, expr.end);
                    return `(${column} IS NULL OR ${column} < ? OR ${column} >= ?)`;
                case '<':
                    params.push(expr.start);
                    return `${column} < ?`;
                case '<=':
                    params.push(expr.end);
                    return `${column} < ?`;
                case '>':
                    params.push(expr.end);
                    return `${column} >= ?`;
                case '>=':
                    params.push(expr.start);
                    return `${column} >= ?`;
            }
            break;
        }
        case 'in': {
            const column = columnOf(scope, expr.ref);
            if (expr.values.length > INLINE_IN_LIMIT) {
                params.push(JSON.stringify(expr.values));
                return `${column} IN (SELECT value FROM json_each(?))`;
            }
            params.push(...expr.values);
            return `${column} IN (${expr.values.map(() => '?').join(', ')})`;
        }
        case 'like':
            params.push(expr.pattern);
            return `${columnOf(scope, expr.ref)} LIKE ? ESCAPE '\\'`;
        case 'semiJoin': {
            const inner = expr.query;
            const only = inner.items[0];
            if (only?.kind !== 'field') throw new Error('semi-join without a field');
            const body = fromWhere(inner, [only.ref]);
            params.push(...body.params);
            return `${columnOf(scope, expr.ref)} IN (SELECT ${columnOf(inner.scope, only.ref)} ${body.sql})`;
        }
    }
    throw new Error(`unknown expression ${JSON.stringify(expr)}`);
}

function compileCompare(column: string, op: string, value: Stored, params: unknown[]): string {
    if (value === null) {
        if (op === '=') return `${column} IS NULL`;
        if (op === '!=') return `${column} IS NOT NULL`;
        return '0';
    }
    params.push(value);
    if (op === '!=') return `(${column} IS NULL OR ${column} <> ?)`;
    return `${column} ${op} ?`;
}

/** `FROM … [joins] [WHERE …]` for a query, with the joins its WHERE and `extraRefs` need. */
function fromWhere(query: ResolvedQuery, extraRefs: FieldRef[], extraCondition?: string): Sql {
    const scope = query.scope;
    const params: unknown[] = [];
    const refs = [...refsOfExpr(query.where), ...query.orderBy.map((o) => o.ref), ...extraRefs];
    let sql = `FROM ${q(query.object.name)} AS ${scope.alias}${joinClauses(scope, joinsFor(scope, refs))}`;
    const conditions: string[] = [];
    if (extraCondition !== undefined) conditions.push(extraCondition);
    if (query.where !== null) conditions.push(compileExpr(query.where, scope, params));
    if (conditions.length > 0) sql += ` WHERE ${conditions.join(' AND ')}`;
    return { sql, params };
}

function orderTerms(scope: Scope, orderBy: OrderItem[]): string[] {
    return orderBy.map(
        (o) =>
            `${columnOf(scope, o.ref)} ${o.descending ? 'DESC' : 'ASC'} NULLS ${o.nullsFirst ? 'FIRST' : 'LAST'}`
    );
}

function limitClause(query: ResolvedQuery, params: unknown[]): string {
    if (query.limit === null && query.offset === null) return '';
    params.push(query.limit ?? -1, query.offset ?? 0);
    return ' LIMIT ? OFFSET ?';
}

/** Row keys of every matching row, in result order. */
export function rowIdsSql(query: ResolvedQuery): Sql {
    const scope = query.scope;
    const body = fromWhere(query, []);
    const order = [...orderTerms(scope, query.orderBy), `${scope.alias}.${ROW_ID}`].join(', ');
    const params = [...body.params];
    const limit = limitClause(query, params);
    return { sql: `SELECT ${scope.alias}.${ROW_ID} ${body.sql} ORDER BY ${order}${limit}`, params };
}

/** The number of matching rows (COUNT() queries). */
export function countSql(query: ResolvedQuery): Sql {
    const scope = query.scope;
    const body = fromWhere(query, []);
    const params = [...body.params];
    const limit = limitClause(query, params);
    if (limit === '') return { sql: `SELECT COUNT(*) ${body.sql}`, params };
    return { sql: `SELECT COUNT(*) FROM (SELECT ${scope.alias}.${ROW_ID} ${body.sql}${limit})`, params };
}

/**
 * The selected columns of the rows whose keys are in the JSON array parameter, in that
 * array's order. `refs` are the columns, in the order the caller reads them.
 */
export function rowsByIdSql(query: ResolvedQuery, refs: FieldRef[]): string {
    const scope = query.scope;
    const columns = refs.map((ref) => columnOf(scope, ref)).join(', ');
    return (
        `SELECT ${columns} FROM json_each(?) AS j CROSS JOIN ${q(query.object.name)} AS ${scope.alias}` +
        ` ON ${scope.alias}.${ROW_ID} = j.value${joinClauses(scope, joinsFor(scope, refs))} ORDER BY j.key`
    );
}

/**
 * Children of the parents whose Ids are in the JSON array parameter: `[parentId, rowKey]`
 * pairs grouped by parent, each group in the subquery's order.
 */
export function childRowIdsSql(query: ResolvedQuery, foreignKey: FieldRef): Sql {
    const scope = query.scope;
    const fk = columnOf(scope, foreignKey);
    const body = fromWhere(query, [], `${fk} IN (SELECT value FROM json_each(?))`);
    const order = [fk, ...orderTerms(scope, query.orderBy), `${scope.alias}.${ROW_ID}`].join(', ');
    return {
        sql: `SELECT ${fk}, ${scope.alias}.${ROW_ID} ${body.sql} ORDER BY ${order}`,
        params: body.params
    };
}
