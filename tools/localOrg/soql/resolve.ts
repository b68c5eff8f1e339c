/**
 * Checks a parsed SOQL query against the org schema and resolves every name: objects, fields,
 * parent relationships (`Account.Owner.Name`, joined), child relationships (subqueries) and
 * literal values (typed as the field's stored form; date literals as day ranges). Everything
 * a real org would reject fails here with its error: INVALID_TYPE for an unknown object or
 * child relationship, INVALID_FIELD for an unknown field or relationship or a value of the
 * wrong type, MALFORMED_QUERY for what SOQL does not allow.
 *
 * What the local org does not implement (GROUP BY, aggregates other than COUNT(), TYPEOF,
 * functions such as toLabel) is refused with MALFORMED_QUERY saying so, never ignored.
 */
import type {
    FieldType as SelectField,
    LiteralType,
    OrderByClause,
    Query,
    Subquery,
    WhereClause
} from '@jetstreamapp/soql-parser-js';
import { ApiError, apiErrors } from '../errors';
import { normalizeId } from '../ids';
import type { ChildRelationship, LocalField, LocalObject, OrgSchema } from '../schema';
import { isDay, normalizeDateTime, type Stored } from '../values';
import type { DayRange } from './dateLiterals';
import { dateLiteralRange } from './dateLiterals';
import type { BoolTree, Leaf } from './parse';
import { whereTree } from './parse';

/** A parent object reached through a relationship path; becomes a LEFT JOIN. */
export interface JoinNode {
    /** Canonical relationship names from the queried object, e.g. `['Account', 'Owner']`. */
    path: string[];
    alias: string;
    object: LocalObject;
    /** The join this one hangs off (`null`: the queried object). */
    parent: JoinNode | null;
    /** Reference field on the parent side's object. */
    via: LocalField;
}

export interface Scope {
    schema: OrgSchema;
    object: LocalObject;
    alias: string;
    joins: JoinNode[];
    /** Shared by nested queries so every SQL alias is unique. */
    aliases: { next: number };
}

export interface FieldRef {
    join: JoinNode | null;
    field: LocalField;
    /** Canonical `Account.Name` form: result keys and Bulk CSV headers. */
    label: string;
}

export type CompareOp = '=' | '!=' | '<' | '<=' | '>' | '>=';

export type Expr =
    | { kind: 'and' | 'or'; items: Expr[] }
    | { kind: 'not'; item: Expr }
    | { kind: 'compare'; ref: FieldRef; op: CompareOp; value: Stored }
    /** A date literal: `[start, end)` in the field's stored form. */
    | { kind: 'range'; ref: FieldRef; op: CompareOp; start: string; end: string }
    | { kind: 'in'; ref: FieldRef; values: Stored[] }
    /** SQL LIKE pattern with `\` as escape character. */
    | { kind: 'like'; ref: FieldRef; pattern: string }
    | { kind: 'semiJoin'; ref: FieldRef; query: ResolvedQuery };

export interface ChildQuery {
    relationship: ChildRelationship;
    /** The child's reference field to the parent. */
    foreignKey: LocalField;
    query: ResolvedQuery;
}

export type SelectItem = { kind: 'field'; ref: FieldRef } | { kind: 'child'; child: ChildQuery };

export interface OrderItem {
    ref: FieldRef;
    descending: boolean;
    nullsFirst: boolean;
}

export interface ResolvedQuery {
    scope: Scope;
    object: LocalObject;
    items: SelectItem[];
    where: Expr | null;
    orderBy: OrderItem[];
    limit: number | null;
    offset: number | null;
    /** `SELECT COUNT() …`: only the number of rows is returned. */
    count: boolean;
}

export interface ResolveContext {
    schema: OrgSchema;
    soql: string;
    /** UTC day number date literals are relative to. */
    today: number;
}

const MAX_OFFSET = 2000;
/** SOQL's LIMIT is a Java int in an org; a larger one never reaches SQLite's 64-bit integers. */
const MAX_LIMIT = 2_147_483_647;

const unsupported = (what: string): ApiError =>
    apiErrors.malformedQuery(`${what} is not supported by the Trust Ledger local org`);

export function resolveQuery(parsed: Query, context: ResolveContext): ResolvedQuery {
    const objectName = parsed.sObject ?? '';
    const object = context.schema.object(objectName);
    if (object === undefined) throw apiErrors.unknownObject(objectName);
    const scope: Scope = { schema: context.schema, object, alias: 't0', joins: [], aliases: { next: 1 } };
    return resolveBody(parsed, scope, context, parsed.sObjectAlias, false);
}

function newScope(object: LocalObject, parent: Scope): Scope {
    return {
        schema: parent.schema,
        object,
        alias: `t${parent.aliases.next++}`,
        joins: [],
        aliases: parent.aliases
    };
}

function resolveBody(
    parsed: Query | Subquery,
    scope: Scope,
    context: ResolveContext,
    objectAlias: string | undefined,
    isChild: boolean
): ResolvedQuery {
    if (parsed.groupBy !== undefined || parsed.having !== undefined) throw unsupported('GROUP BY');
    if (parsed.withDataCategory !== undefined) throw unsupported('WITH DATA CATEGORY');
    const fields = parsed.fields ?? [];
    const count = fields.some(
        (f) => f.type === 'FieldFunctionExpression' && f.functionName?.toUpperCase() === 'COUNT'
    );
    const resolved: ResolvedQuery = {
        scope,
        object: scope.object,
        items: [],
        where: null,
        orderBy: [],
        limit: parsed.limit ?? null,
        offset: parsed.offset ?? null,
        count
    };
    if (count) {
        const only = fields.length === 1 ? fields[0] : undefined;
        if (only?.type !== 'FieldFunctionExpression' || only.parameters.length > 0 || isChild)
            throw unsupported('aggregate functions other than COUNT()');
    } else {
        const seen = new Set<string>();
        for (const field of fields) {
            const item = resolveSelectItem(field, scope, context, objectAlias, isChild);
            const key =
                item.kind === 'field' ? item.ref.label.toLowerCase() : `(${item.child.relationship.name})`;
            if (seen.has(key)) throw apiErrors.malformedQuery(`duplicate field selected: ${key}`);
            seen.add(key);
            resolved.items.push(item);
        }
        if (resolved.items.length === 0)
            throw apiErrors.malformedQuery(`${context.soql}\nunexpected token: 'FROM'`);
    }
    if (parsed.where !== undefined) {
        resolved.where = resolveWhere(parsed.where, scope, context, objectAlias);
    }
    const orderBy: OrderByClause[] =
        parsed.orderBy === undefined ? [] : Array.isArray(parsed.orderBy) ? parsed.orderBy : [parsed.orderBy];
    for (const clause of orderBy) {
        if (!('field' in clause)) throw unsupported('ORDER BY a function');
        const ref = resolveField(clause.field, scope, objectAlias);
        const descending = clause.order === 'DESC';
        // SOQL's defaults: ascending puts nulls first, descending puts them last.
        const nullsFirst = clause.nulls === undefined ? !descending : clause.nulls === 'FIRST';
        resolved.orderBy.push({ ref, descending, nullsFirst });
    }
    if (
        resolved.limit !== null &&
        (!Number.isSafeInteger(resolved.limit) || resolved.limit < 0 || resolved.limit > MAX_LIMIT)
    )
        throw apiErrors.malformedQuery(
            `${context.soql}\nLIMIT must be a whole number from 0 to ${MAX_LIMIT}, got ${String(resolved.limit)}`
        );
    if (resolved.offset !== null && resolved.offset > MAX_OFFSET)
        throw new ApiError(400, 'NUMBER_OUTSIDE_VALID_RANGE', `Maximum SOQL offset allowed is ${MAX_OFFSET}`);
    return resolved;
}

function resolveSelectItem(
    field: SelectField,
    scope: Scope,
    context: ResolveContext,
    objectAlias: string | undefined,
    isChild: boolean
): SelectItem {
    switch (field.type) {
        case 'Field':
            if (field.alias !== undefined)
                throw apiErrors.malformedQuery(`${context.soql}\nunexpected token: '${field.alias}'`);
            return { kind: 'field', ref: resolveField(field.field, scope, objectAlias) };
        case 'FieldRelationship':
            return {
                kind: 'field',
                ref: resolveField([...field.relationships, field.field].join('.'), scope, objectAlias)
            };
        case 'FieldSubquery': {
            if (isChild) throw apiErrors.malformedQuery('nested subqueries are not allowed in SOQL');
            const relationship = scope.object.childRelationship(field.subquery.relationshipName);
            if (relationship === undefined)
                throw apiErrors.unknownChildRelationship(field.subquery.relationshipName);
            const childObject = context.schema.object(relationship.childObject) as LocalObject;
            const childScope = newScope(childObject, scope);
            const query = resolveBody(field.subquery, childScope, context, undefined, true);
            return {
                kind: 'child',
                child: {
                    relationship,
                    foreignKey: childObject.field(relationship.field) as LocalField,
                    query
                }
            };
        }
        case 'FieldFunctionExpression':
            throw unsupported(`${field.rawValue ?? field.functionName}`);
        case 'FieldTypeof':
            throw unsupported('TYPEOF');
    }
}

/** `Name`, `Account.Name`, `Account.Owner.Name` (optionally after the object's alias). */
export function resolveField(text: string, scope: Scope, objectAlias?: string): FieldRef {
    const parts = text.split('.');
    if (
        objectAlias !== undefined &&
        parts.length > 1 &&
        parts[0]?.toLowerCase() === objectAlias.toLowerCase()
    )
        parts.shift();
    const fieldName = parts.pop() as string;
    let object = scope.object;
    let join: JoinNode | null = null;
    const path: string[] = [];
    for (const relationshipName of parts) {
        const via = object.relationship(relationshipName);
        const target =
            via?.spec.referenceTo === undefined ? undefined : scope.schema.object(via.spec.referenceTo);
        if (via === undefined || target === undefined) throw apiErrors.unknownRelationship(relationshipName);
        path.push(via.spec.relationshipName as string);
        join = joinFor(scope, path, target, join, via);
        object = target;
    }
    const field = object.field(fieldName);
    if (field === undefined) throw apiErrors.noSuchColumn(fieldName, object.name);
    return { join, field, label: [...path, field.name].join('.') };
}

function joinFor(
    scope: Scope,
    path: string[],
    object: LocalObject,
    parent: JoinNode | null,
    via: LocalField
): JoinNode {
    const key = path.join('.').toLowerCase();
    const existing = scope.joins.find((j) => j.path.join('.').toLowerCase() === key);
    if (existing !== undefined) return existing;
    const join: JoinNode = { path: [...path], alias: `t${scope.aliases.next++}`, object, parent, via };
    scope.joins.push(join);
    return join;
}

// ---------------------------------------------------------------------------------------------
// WHERE

function resolveWhere(where: WhereClause, scope: Scope, context: ResolveContext, objectAlias?: string): Expr {
    const convert = (tree: BoolTree): Expr => {
        switch (tree.kind) {
            case 'and':
            case 'or':
                return { kind: tree.kind, items: tree.items.map(convert) };
            case 'not':
                return { kind: 'not', item: convert(tree.item) };
            case 'leaf':
                return resolveCondition(tree.condition, scope, context, objectAlias);
        }
    };
    return convert(whereTree(where, context.soql));
}

type Value = { kind: 'value'; stored: Stored } | { kind: 'range'; range: DayRange };

function resolveCondition(
    condition: Leaf,
    scope: Scope,
    context: ResolveContext,
    objectAlias?: string
): Expr {
    if (!('field' in condition)) throw unsupported('a function in WHERE');
    const ref = resolveField(condition.field, scope, objectAlias);
    const operator = condition.operator as string;
    if ('valueQuery' in condition) {
        if (operator !== 'IN' && operator !== 'NOT IN')
            throw apiErrors.malformedQuery(`${context.soql}\nunexpected token: 'SELECT'`);
        const query = resolveSemiJoin(condition.valueQuery, ref, scope, context);
        const expr: Expr = { kind: 'semiJoin', ref, query };
        return operator === 'IN' ? expr : { kind: 'not', item: expr };
    }
    const rawValues = Array.isArray(condition.value) ? condition.value : [condition.value];
    const types: Array<LiteralType | undefined> = Array.isArray(condition.literalType)
        ? condition.literalType
        : rawValues.map(() => condition.literalType as LiteralType | undefined);
    const variables =
        'dateLiteralVariable' in condition
            ? Array.isArray(condition.dateLiteralVariable)
                ? condition.dateLiteralVariable
                : [condition.dateLiteralVariable]
            : [];
    switch (operator) {
        case 'IN':
        case 'NOT IN': {
            const values = rawValues.map((raw, i) => literal(ref, types[i], raw, context, variables[i]));
            const expr = inExpr(ref, values);
            return operator === 'IN' ? expr : { kind: 'not', item: expr };
        }
        case 'LIKE': {
            if (ref.field.kind !== 'text' && ref.field.kind !== 'id' && ref.field.kind !== 'reference')
                throw apiErrors.invalidOperator(`invalid operator on ${ref.field.kind} field: LIKE`);
            if (types[0] !== 'STRING') throw apiErrors.invalidFilterValue(ref.field.name, 'string');
            return { kind: 'like', ref, pattern: likePattern(rawValues[0] as string) };
        }
        case 'INCLUDES':
        case 'EXCLUDES':
            throw apiErrors.invalidOperator(`${operator} is only valid on multi-select picklist fields`);
        default: {
            if (rawValues.length !== 1)
                throw apiErrors.malformedQuery(`${context.soql}\nunexpected token: '('`);
            const op = (operator === '<>' ? '!=' : operator) as CompareOp;
            const value = literal(ref, types[0], rawValues[0] as string, context, variables[0]);
            if (ref.field.kind === 'boolean' && op !== '=' && op !== '!=')
                throw apiErrors.invalidOperator(`invalid operator on boolean field: ${op}`);
            return value.kind === 'range'
                ? { kind: 'range', ref, op, start: value.range.start, end: value.range.end }
                : { kind: 'compare', ref, op, value: value.stored };
        }
    }
}

function inExpr(ref: FieldRef, values: Value[]): Expr {
    const plain = values.flatMap((v) => (v.kind === 'value' && v.stored !== null ? [v.stored] : []));
    const parts: Expr[] = [];
    if (plain.length > 0) parts.push({ kind: 'in', ref, values: plain });
    if (values.some((v) => v.kind === 'value' && v.stored === null))
        parts.push({ kind: 'compare', ref, op: '=', value: null });
    for (const v of values)
        if (v.kind === 'range')
            parts.push({ kind: 'range', ref, op: '=', start: v.range.start, end: v.range.end });
    return parts.length === 1 ? (parts[0] as Expr) : { kind: 'or', items: parts };
}

function resolveSemiJoin(
    query: Query,
    outer: FieldRef,
    scope: Scope,
    context: ResolveContext
): ResolvedQuery {
    const object = context.schema.object(query.sObject ?? '');
    if (object === undefined) throw apiErrors.unknownObject(query.sObject ?? '');
    const inner = resolveBody(query, newScope(object, scope), context, query.sObjectAlias, true);
    const only = inner.items.length === 1 ? inner.items[0] : undefined;
    if (only?.kind !== 'field' || (only.ref.field.kind !== 'id' && only.ref.field.kind !== 'reference'))
        throw apiErrors.malformedQuery('a semi-join subquery must select exactly one Id or reference field');
    if (outer.field.kind !== 'id' && outer.field.kind !== 'reference')
        throw apiErrors.invalidOperator(
            `a semi-join needs an Id or reference field, not ${outer.field.name}`
        );
    return inner;
}

/** The SOQL type name used in "must be of type …" messages. */
const SOQL_TYPE: Record<LocalField['kind'], string> = {
    id: 'id',
    reference: 'id',
    text: 'string',
    number: 'double',
    boolean: 'boolean',
    date: 'date',
    datetime: 'dateTime'
};

function wrongType(field: LocalField): ApiError {
    const expected = SOQL_TYPE[field.kind];
    const quoted = field.kind === 'text' || field.kind === 'id' || field.kind === 'reference';
    return new ApiError(
        400,
        'INVALID_FIELD',
        `value of filter criterion for field '${field.name}' must be of type ${expected} and ${quoted ? 'should be enclosed in quotes' : 'should not be enclosed in quotes'}`
    );
}

function literal(
    ref: FieldRef,
    type: LiteralType | undefined,
    raw: string,
    context: ResolveContext,
    variable: number | undefined
): Value {
    const field = ref.field;
    const value = (stored: Stored): Value => ({ kind: 'value', stored });
    switch (type) {
        case 'NULL':
            return value(null);
        case 'STRING': {
            if (field.kind !== 'text' && field.kind !== 'id' && field.kind !== 'reference')
                throw wrongType(field);
            const text = unescapeSoql(raw);
            if (field.kind === 'text') return value(text);
            const id = normalizeId(text);
            if (id === null) throw apiErrors.invalidOperator(`invalid ID field: ${text}`);
            return value(id);
        }
        case 'INTEGER':
        case 'DECIMAL':
        case 'INTEGER_WITH_CURRENCY_PREFIX':
        case 'DECIMAL_WITH_CURRENCY_PREFIX':
            if (field.kind !== 'number') throw wrongType(field);
            return value(Number(raw.replace(/^[A-Za-z]{3}/, '')));
        case 'BOOLEAN':
            if (field.kind !== 'boolean') throw wrongType(field);
            return value(raw.toUpperCase() === 'TRUE' ? 1 : 0);
        case 'DATE':
            if (field.kind !== 'date' || !isDay(raw)) throw wrongType(field);
            return value(raw);
        case 'DATETIME': {
            const instant = normalizeDateTime(raw);
            if (field.kind !== 'datetime' || instant === null) throw wrongType(field);
            return value(instant);
        }
        case 'DATE_LITERAL':
        case 'DATE_N_LITERAL': {
            if (field.kind !== 'date' && field.kind !== 'datetime') throw wrongType(field);
            const text =
                type === 'DATE_N_LITERAL' && variable !== undefined && !raw.includes(':')
                    ? `${raw}:${variable}`
                    : raw;
            const range = dateLiteralRange(text, context.today);
            if (range === null) throw apiErrors.malformedQuery(`${context.soql}\nunexpected token: '${raw}'`);
            if (field.kind === 'date') return { kind: 'range', range };
            return {
                kind: 'range',
                range: { start: `${range.start}T00:00:00.000Z`, end: `${range.end}T00:00:00.000Z` }
            };
        }
        default:
            throw apiErrors.malformedQuery(`${context.soql}\nunexpected token: '${raw}'`);
    }
}

const ESCAPES: Record<string, string> = {
    n: '\n',
    r: '\r',
    t: '\t',
    b: '\b',
    f: '\f',
    '"': '"',
    "'": "'",
    '\\': '\\'
};

/** `'O\'Brien'` → `O'Brien`. */
export function unescapeSoql(quoted: string): string {
    const body = quoted.startsWith("'") && quoted.endsWith("'") ? quoted.slice(1, -1) : quoted;
    return body.replace(/\\(.)/g, (_m, c: string) => ESCAPES[c] ?? `\\${c}`);
}

/**
 * A SOQL LIKE literal as an SQL LIKE pattern escaped with `\`: `%` and `_` stay wildcards,
 * `\%` and `\_` stay literal, other SOQL escapes become their characters.
 */
export function likePattern(quoted: string): string {
    const body = quoted.slice(1, -1);
    return body.replace(/\\(.)/g, (_m, c: string) => {
        if (c === '%' || c === '_') return `\\${c}`;
        const plain = ESCAPES[c] ?? c;
        return plain === '\\' ? '\\\\' : plain;
    });
}
