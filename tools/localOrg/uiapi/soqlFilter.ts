/**
 * GraphQL `where` and `orderBy` arguments (already coerced by the schema) as SOQL text, so a
 * connection runs through the local org's SOQL resolver and shares the REST query's
 * semantics: two-valued null logic, case-insensitive text, LIKE, date literals, relationship
 * paths (`where: { Opportunity: { AccountId: { eq: $id } } }` → `Opportunity.AccountId = '…'`).
 */
import { GraphQLError } from 'graphql';
import type { LocalField, LocalObject, OrgSchema } from '../schema';
import { normalizeDateTime } from '../values';

export type InputObject = Record<string, unknown>;

/** Key order of an input object as the client wrote it (coercion reorders keys by schema). */
export interface KeyOrder {
    keys: string[];
    child(key: string): KeyOrder | undefined;
}

const OPERATORS: Record<string, string> = {
    eq: '=',
    ne: '!=',
    lt: '<',
    lte: '<=',
    gt: '>',
    gte: '>=',
    like: 'LIKE',
    in: 'IN',
    nin: 'NOT IN'
};

/** A condition no row meets: SOQL has no FALSE literal, and no record has a null Id. */
const NOTHING = 'Id = null';

const ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export const quoteSoql = (text: string): string =>
    `'${text.replace(/[\\'\n\r\t]/g, (c) => ESCAPES[c] ?? c)}'`;

/**
 * LIKE keeps the client's `\%`, `\_` and `\\` escapes; any other backslash is a literal one
 * and is escaped, so a value ending in `\` cannot escape the closing quote.
 */
const quoteLike = (text: string): string =>
    `'${text.replace(/\\[\\%_]|[\\'\n\r\t]/g, (c) => (c.length === 2 ? c : (ESCAPES[c] ?? c)))}'`;

const isObject = (value: unknown): value is InputObject =>
    typeof value === 'object' && value !== null && !Array.isArray(value);

function badValue(field: LocalField, operator: string, value: unknown): GraphQLError {
    return new GraphQLError(
        `Validation error (WrongType) : argument 'where.${field.name}.${operator}' with value '${JSON.stringify(value)}' is not a valid '${field.spec.type}'`
    );
}

function numberLiteral(value: number): string {
    return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/** `{ value }`, `{ literal }` or `{ range: { last_n_days: 7 } }` of a date or datetime filter. */
function temporalLiteral(field: LocalField, operator: string, input: unknown): string {
    if (input === null) return 'null';
    if (!isObject(input)) throw badValue(field, operator, input);
    const given = Object.entries(input).filter(([, v]) => v !== null && v !== undefined);
    const [kind, value] = given.length === 1 ? (given[0] as [string, unknown]) : ['', undefined];
    if (kind === 'value' && typeof value === 'string') {
        if (field.kind === 'date') return value;
        const instant = normalizeDateTime(value);
        if (instant === null) throw badValue(field, operator, input);
        return instant.replace(/\.000Z$/, 'Z');
    }
    if (kind === 'literal' && typeof value === 'string') return value;
    if (kind === 'range' && isObject(value)) {
        const ranges = Object.entries(value).filter(([, n]) => typeof n === 'number');
        const only = ranges.length === 1 ? ranges[0] : undefined;
        if (only !== undefined) return `${only[0].toUpperCase()}:${String(only[1])}`;
    }
    throw badValue(field, operator, input);
}

function literal(field: LocalField, operator: string, value: unknown): string {
    if (value === null) return 'null';
    switch (field.kind) {
        case 'date':
        case 'datetime':
            return temporalLiteral(field, operator, value);
        case 'number':
            if (typeof value !== 'number') throw badValue(field, operator, value);
            return numberLiteral(value);
        case 'boolean':
            if (typeof value !== 'boolean') throw badValue(field, operator, value);
            return value ? 'TRUE' : 'FALSE';
        default:
            if (typeof value !== 'string') throw badValue(field, operator, value);
            return operator === 'like' ? quoteLike(value) : quoteSoql(value);
    }
}

function fieldConditions(field: LocalField, path: string, operators: InputObject): string[] {
    const conditions: string[] = [];
    for (const [operator, value] of Object.entries(operators)) {
        const soqlOperator = OPERATORS[operator];
        if (soqlOperator === undefined || value === undefined) continue;
        if (operator === 'in' || operator === 'nin') {
            const items = Array.isArray(value) ? value : [value];
            if (items.length === 0) {
                // `IN ()` is not SOQL: an empty `in` matches nothing, an empty `nin` everything.
                if (operator === 'in') conditions.push(NOTHING);
                continue;
            }
            conditions.push(
                `${path}${field.name} ${soqlOperator} (${items.map((v) => literal(field, operator, v)).join(', ')})`
            );
        } else {
            conditions.push(`${path}${field.name} ${soqlOperator} ${literal(field, operator, value)}`);
        }
    }
    return conditions;
}

const joinAll = (items: string[], operator: 'AND' | 'OR'): string | null =>
    items.length === 0
        ? null
        : items.length === 1
          ? (items[0] as string)
          : `(${items.join(` ${operator} `)})`;

/**
 * A `where` filter as a SOQL condition, or `null` when it filters nothing. `path` is the
 * relationship path of a parent filter (`Opportunity.`).
 */
export function whereToSoql(
    object: LocalObject,
    schema: OrgSchema,
    where: InputObject,
    path = ''
): string | null {
    const conditions: string[] = [];
    for (const [key, value] of Object.entries(where)) {
        if (value === undefined || value === null) continue;
        if (key === 'and' || key === 'or') {
            const items = (Array.isArray(value) ? value : [value]).filter(isObject);
            const parts = items.map((item) => whereToSoql(object, schema, item, path));
            // An empty filter matches every row: it drops out of an AND and makes an OR match all.
            if (key === 'or' && parts.some((p) => p === null)) continue;
            const joined = joinAll(
                parts.filter((p): p is string => p !== null),
                key === 'and' ? 'AND' : 'OR'
            );
            if (joined !== null) conditions.push(joined);
            continue;
        }
        if (key === 'not') {
            if (!isObject(value)) continue;
            const inner = whereToSoql(object, schema, value, path);
            conditions.push(
                inner === null ? NOTHING : `(NOT ${inner.startsWith('(') ? inner : `(${inner})`})`
            );
            continue;
        }
        if (!isObject(value)) continue;
        const field = object.field(key);
        if (field !== undefined) {
            conditions.push(...fieldConditions(field, path, value));
            continue;
        }
        const via = object.relationship(key);
        const parent = via?.spec.referenceTo === undefined ? undefined : schema.object(via.spec.referenceTo);
        if (via === undefined || parent === undefined)
            throw new GraphQLError(
                `Validation error (WrongType) : argument 'where' contains a field not in '${object.name}_Filter': '${key}'`
            );
        const inner = whereToSoql(parent, schema, value, `${path}${via.spec.relationshipName as string}.`);
        if (inner !== null) conditions.push(inner);
    }
    return joinAll(conditions, 'AND');
}

/**
 * An `orderBy` argument as SOQL ORDER BY items, in the client's key order, ending on `Id` so
 * that pages of a connection are stable (and a connection without `orderBy` is in Id order).
 */
export function orderByToSoql(
    object: LocalObject,
    schema: OrgSchema,
    orderBy: InputObject | null | undefined,
    order: KeyOrder | undefined
): string[] {
    const items: string[] = [];
    const walk = (current: LocalObject, input: InputObject, keyOrder: KeyOrder | undefined, path: string) => {
        const keys = keyOrder?.keys.filter((k) => k in input) ?? Object.keys(input);
        for (const key of keys) {
            const clause = input[key];
            if (!isObject(clause)) continue;
            const field = current.field(key);
            if (field !== undefined) {
                const direction = clause.order === 'DESC' ? 'DESC' : 'ASC';
                const nulls =
                    clause.nulls === 'FIRST' || clause.nulls === 'LAST' ? ` NULLS ${clause.nulls}` : '';
                items.push(`${path}${field.name} ${direction}${nulls}`);
                continue;
            }
            const via = current.relationship(key);
            const parent =
                via?.spec.referenceTo === undefined ? undefined : schema.object(via.spec.referenceTo);
            if (via !== undefined && parent !== undefined)
                walk(parent, clause, keyOrder?.child(key), `${path}${via.spec.relationshipName as string}.`);
        }
    };
    if (orderBy !== null && orderBy !== undefined) walk(object, orderBy, order, '');
    if (!items.some((item) => /^Id (ASC|DESC)/.test(item))) items.push('Id ASC');
    return items;
}
