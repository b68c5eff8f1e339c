/**
 * The types every object's part of the UI API GraphQL schema shares, named as in
 * Salesforce's schema so `__typename` reads the same: scalars (`Date`, `DateTime`, `Currency`,
 * `Percent`, `Long`), `PageInfo`, `OrderByClause`, date filter inputs (`DateInput` with
 * `value`, `literal` or `range`), filter operators per field type (`StringOperators` …) and
 * field value types (`StringValue { value displayValue }` …), and which of them each
 * metadata field type uses.
 */
import {
    GraphQLBoolean,
    GraphQLEnumType,
    GraphQLError,
    GraphQLFloat,
    GraphQLID,
    GraphQLInputObjectType,
    GraphQLInt,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    GraphQLString,
    Kind,
    type GraphQLFieldConfigMap,
    type GraphQLInputFieldConfigMap,
    type GraphQLInputType,
    type GraphQLOutputType
} from 'graphql';
import type { FieldType } from '../../metadata';
import type { LocalField } from '../schema';
import { isDay, normalizeDateTime } from '../values';
import { encodeCursor, type Connection, type ConnectionRunner } from './connections';
import { uiDisplayValue, uiValue } from './fieldValues';

/** What every resolver of one request shares. */
export interface GraphqlContext {
    runner: ConnectionRunner;
    /** The request's variables as sent (key order of `orderBy` variables). */
    variables: Record<string, unknown>;
}

/** A field value being resolved into `{ value, displayValue }`. */
export interface FieldValue {
    field: LocalField;
    stored: unknown;
}

// ---------------------------------------------------------------------------------------------
// Scalars and shared types

function scalar(name: string, accepts: 'number' | 'day' | 'instant'): GraphQLScalarType {
    const check = (value: unknown): unknown => {
        if (accepts === 'number' && typeof value === 'number' && Number.isFinite(value)) return value;
        if (accepts === 'day' && typeof value === 'string' && isDay(value)) return value;
        if (accepts === 'instant' && typeof value === 'string' && normalizeDateTime(value) !== null)
            return value;
        throw new GraphQLError(`Expected a ${name} value, got ${JSON.stringify(value)}`);
    };
    return new GraphQLScalarType({
        name,
        serialize: (value) => value,
        parseValue: check,
        parseLiteral: (node) => {
            if (accepts === 'number' && (node.kind === Kind.INT || node.kind === Kind.FLOAT))
                return check(Number(node.value));
            if (accepts !== 'number' && node.kind === Kind.STRING) return check(node.value);
            throw new GraphQLError(`Expected a ${name} value`);
        }
    });
}

const DateScalar = scalar('Date', 'day');
const DateTimeScalar = scalar('DateTime', 'instant');
const CurrencyScalar = scalar('Currency', 'number');
const PercentScalar = scalar('Percent', 'number');
export const LongScalar = scalar('Long', 'number');

export const PageInfo = new GraphQLObjectType<Connection>({
    name: 'PageInfo',
    fields: {
        hasNextPage: {
            type: new GraphQLNonNull(GraphQLBoolean),
            resolve: (c) => c.offset + c.rows.length < Math.min(c.totalCount, c.reach)
        },
        hasPreviousPage: { type: new GraphQLNonNull(GraphQLBoolean), resolve: (c) => c.offset > 0 },
        startCursor: {
            type: GraphQLString,
            resolve: (c) => (c.rows.length > 0 ? encodeCursor(c.offset) : null)
        },
        endCursor: {
            type: GraphQLString,
            resolve: (c) => (c.rows.length > 0 ? encodeCursor(c.offset + c.rows.length - 1) : null)
        }
    }
});

const ResultOrder = new GraphQLEnumType({ name: 'ResultOrder', values: { ASC: {}, DESC: {} } });
const NullOrder = new GraphQLEnumType({ name: 'NullOrder', values: { FIRST: {}, LAST: {} } });
export const OrderByClause = new GraphQLInputObjectType({
    name: 'OrderByClause',
    fields: { order: { type: ResultOrder }, nulls: { type: NullOrder } }
});

/** Relative dates SOQL knows; `range` takes the parametric ones (`last_n_days: 30`). */
const DATE_LITERALS = [
    'YESTERDAY',
    'TODAY',
    'TOMORROW',
    'LAST_WEEK',
    'THIS_WEEK',
    'NEXT_WEEK',
    'LAST_MONTH',
    'THIS_MONTH',
    'NEXT_MONTH',
    'LAST_90_DAYS',
    'NEXT_90_DAYS',
    'LAST_QUARTER',
    'THIS_QUARTER',
    'NEXT_QUARTER',
    'LAST_YEAR',
    'THIS_YEAR',
    'NEXT_YEAR'
];
const DATE_RANGES = [
    'last_n_days',
    'next_n_days',
    'n_days_ago',
    'last_n_weeks',
    'next_n_weeks',
    'last_n_months',
    'next_n_months',
    'last_n_quarters',
    'next_n_quarters',
    'last_n_years',
    'next_n_years'
];
const DateLiteral = new GraphQLEnumType({
    name: 'DateLiteral',
    values: Object.fromEntries(DATE_LITERALS.map((name) => [name, {}]))
});
const DateRange = new GraphQLInputObjectType({
    name: 'DateRange',
    fields: Object.fromEntries(DATE_RANGES.map((name) => [name, { type: GraphQLInt }]))
});

function temporalInput(name: string, valueType: GraphQLScalarType): GraphQLInputObjectType {
    return new GraphQLInputObjectType({
        name,
        fields: { value: { type: valueType }, literal: { type: DateLiteral }, range: { type: DateRange } }
    });
}

const DateInput = temporalInput('DateInput', DateScalar);
const DateTimeInput = temporalInput('DateTimeInput', DateTimeScalar);

/** `<Type>Operators` with eq/ne/lt/lte/gt/gte (and like where SOQL allows it), in/nin. */
function operators(
    name: string,
    valueType: GraphQLInputType,
    options: { like?: boolean; ordered?: boolean } = {}
) {
    const fields: GraphQLInputFieldConfigMap = { eq: { type: valueType }, ne: { type: valueType } };
    if (options.ordered !== false)
        for (const op of ['lt', 'lte', 'gt', 'gte']) fields[op] = { type: valueType };
    if (options.like === true) fields.like = { type: valueType };
    if (options.ordered !== false) {
        fields.in = { type: new GraphQLList(valueType) };
        fields.nin = { type: new GraphQLList(valueType) };
    }
    return new GraphQLInputObjectType({ name, fields });
}

const IDOperators = operators('IDOperators', GraphQLID);
const StringOperators = operators('StringOperators', GraphQLString, { like: true });
const PicklistOperators = operators('PicklistOperators', GraphQLString, { like: true });
const BooleanOperators = operators('BooleanOperators', GraphQLBoolean, { ordered: false });
const DoubleOperators = operators('DoubleOperators', GraphQLFloat);
const CurrencyOperators = operators('CurrencyOperators', CurrencyScalar);
const PercentOperators = operators('PercentOperators', PercentScalar);
const DateOperators = operators('DateOperators', DateInput);
const DateTimeOperators = operators('DateTimeOperators', DateTimeInput);

/** `<Type>Value { value displayValue }`, plus `format`/`label` where Salesforce has them. */
function valueType(
    name: string,
    value: GraphQLOutputType,
    extra: 'format' | 'label' | null
): GraphQLObjectType {
    const fields: GraphQLFieldConfigMap<FieldValue, GraphqlContext> = {
        value: { type: value, resolve: (v) => uiValue(v.field, v.stored) },
        displayValue: { type: GraphQLString, resolve: (v) => uiDisplayValue(v.field, v.stored) }
    };
    if (extra === 'format') fields.format = { type: GraphQLString, resolve: () => null };
    if (extra === 'label')
        fields.label = { type: GraphQLString, resolve: (v) => uiDisplayValue(v.field, v.stored) };
    return new GraphQLObjectType<FieldValue, GraphqlContext>({ name, fields });
}

const IDValue = valueType('IDValue', GraphQLID, null);
const StringValue = valueType('StringValue', GraphQLString, null);

/** Value type and filter operators of each field type; `null` operators: not filterable. */
export const FIELD_TYPES: Record<
    FieldType,
    { value: GraphQLObjectType; operators: GraphQLInputObjectType | null }
> = {
    Id: { value: IDValue, operators: IDOperators },
    Lookup: { value: IDValue, operators: IDOperators },
    MasterDetail: { value: IDValue, operators: IDOperators },
    AutoNumber: { value: StringValue, operators: StringOperators },
    Text: { value: StringValue, operators: StringOperators },
    TextArea: { value: valueType('TextAreaValue', GraphQLString, null), operators: StringOperators },
    LongTextArea: { value: valueType('LongTextAreaValue', GraphQLString, null), operators: null },
    Email: { value: valueType('EmailValue', GraphQLString, null), operators: StringOperators },
    Phone: { value: valueType('PhoneNumberValue', GraphQLString, null), operators: StringOperators },
    Url: { value: valueType('UrlValue', GraphQLString, null), operators: StringOperators },
    Picklist: { value: valueType('PicklistValue', GraphQLString, 'label'), operators: PicklistOperators },
    Number: { value: valueType('DoubleValue', GraphQLFloat, 'format'), operators: DoubleOperators },
    Currency: {
        value: valueType('CurrencyValue', CurrencyScalar, 'format'),
        operators: CurrencyOperators
    },
    Percent: { value: valueType('PercentValue', PercentScalar, 'format'), operators: PercentOperators },
    Checkbox: { value: valueType('BooleanValue', GraphQLBoolean, null), operators: BooleanOperators },
    Date: { value: valueType('DateValue', DateScalar, 'format'), operators: DateOperators },
    DateTime: {
        value: valueType('DateTimeValue', DateTimeScalar, 'format'),
        operators: DateTimeOperators
    }
};
