/**
 * The UI API GraphQL schema of the local org, generated from the same object schema its
 * tables come from: `query { uiapi { query { <Object>(where, orderBy, first, after) } } }`
 * with, per object, a record type (`Id`, every field as a `{ value, displayValue }` type,
 * parent relationships as records, child relationships as connections), a connection and edge
 * type, an `<Object>_Filter` (field operators, `and`/`or`/`not`, parent relationship filters)
 * and an `<Object>_OrderBy`, all named as in Salesforce's schema (`AccountConnection`,
 * `Account_Filter` …).
 *
 * Deliberately not here: mutations, aggregate queries, `upperBound`, `scope`, semi-join
 * operators (`inq`/`ninq`), the `Record` interface, object info and related-list fields.
 */
import {
    GraphQLID,
    GraphQLInputObjectType,
    GraphQLInt,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    GraphQLString,
    type GraphQLFieldConfig,
    type GraphQLFieldConfigMap,
    type GraphQLInputFieldConfigMap,
    type GraphQLResolveInfo
} from 'graphql';
import type { ChildRelationship, LocalField, LocalObject, OrgSchema } from '../schema';
import { encodeCursor, type Connection, type ConnectionArgs, type RecordNode } from './connections';
import {
    FIELD_TYPES,
    LongScalar,
    OrderByClause,
    PageInfo,
    type FieldValue,
    type GraphqlContext
} from './graphqlTypes';
import { argumentKeyOrder } from './keyOrder';

export type { GraphqlContext } from './graphqlTypes';

// ---------------------------------------------------------------------------------------------
// Per-object types

interface ObjectTypes {
    record: GraphQLObjectType<RecordNode, GraphqlContext>;
    connection: GraphQLObjectType<Connection, GraphqlContext>;
    filter: GraphQLInputObjectType;
    orderBy: GraphQLInputObjectType;
}

/** Parent relationships of an object: relationship name → (reference field, parent object). */
function parents(
    object: LocalObject,
    schema: OrgSchema
): Array<{ name: string; via: LocalField; target: LocalObject }> {
    return object.fields.flatMap((via) => {
        const name = via.spec.relationshipName;
        const target = via.spec.referenceTo === undefined ? undefined : schema.object(via.spec.referenceTo);
        // A relationship named like a field of the object would shadow it; none does today.
        if (name === undefined || target === undefined || object.field(name) !== undefined) return [];
        return [{ name, via, target }];
    });
}

function connectionArgs(types: ObjectTypes) {
    return {
        first: { type: GraphQLInt },
        after: { type: GraphQLString },
        upperBound: { type: GraphQLInt },
        where: { type: types.filter },
        orderBy: { type: types.orderBy }
    };
}

function orderOf(info: GraphQLResolveInfo, context: GraphqlContext) {
    return argumentKeyOrder(info.fieldNodes[0], 'orderBy', context.variables);
}

function buildTypes(schema: OrgSchema): Map<string, ObjectTypes> {
    const all = new Map<string, ObjectTypes>();
    const typesOf = (name: string): ObjectTypes => all.get(name.toLowerCase()) as ObjectTypes;

    for (const object of schema.objects) {
        const types = {} as ObjectTypes;
        all.set(object.name.toLowerCase(), types);

        types.record = new GraphQLObjectType<RecordNode, GraphqlContext>({
            name: object.name,
            fields: () => {
                const fields: GraphQLFieldConfigMap<RecordNode, GraphqlContext> = {
                    Id: { type: new GraphQLNonNull(GraphQLID), resolve: (n) => n.row.Id },
                    ApiName: { type: new GraphQLNonNull(GraphQLString), resolve: (n) => n.object.name },
                    WeakEtag: {
                        type: new GraphQLNonNull(LongScalar),
                        resolve: (n) => Date.parse(String(n.row.SystemModstamp ?? '')) || 0
                    },
                    DisplayValue: { type: GraphQLString, resolve: (n) => n.row.Name ?? null }
                };
                for (const field of object.fields) {
                    if (field.kind === 'id') continue;
                    fields[field.name] = {
                        type: FIELD_TYPES[field.spec.type].value,
                        resolve: (n): FieldValue => ({ field, stored: n.row[field.name] })
                    };
                }
                for (const { name, via, target } of parents(object, schema)) {
                    fields[name] = {
                        type: typesOf(target.name).record,
                        resolve: (n, _args, context) => context.runner.parent(target, n.row[via.name])
                    };
                }
                for (const child of object.childRelationships) fields[child.name] = childField(child);
                return fields;
            }
        });

        const childField = (child: ChildRelationship): GraphQLFieldConfig<RecordNode, GraphqlContext> => {
            const childTypes = typesOf(child.childObject);
            return {
                type: childTypes.connection,
                args: connectionArgs(childTypes),
                resolve: (n, args: ConnectionArgs, context, info) =>
                    context.runner.children(child, String(n.row.Id), args, orderOf(info, context))
            };
        };

        const edge = new GraphQLObjectType<{ node: RecordNode; cursor: string }, GraphqlContext>({
            name: `${object.name}Edge`,
            fields: () => ({
                node: { type: types.record },
                cursor: { type: new GraphQLNonNull(GraphQLString) }
            })
        });

        types.connection = new GraphQLObjectType<Connection, GraphqlContext>({
            name: `${object.name}Connection`,
            fields: {
                edges: {
                    type: new GraphQLList(edge),
                    resolve: (c) =>
                        c.rows.map((row, i) => ({
                            node: { object: c.object, row },
                            cursor: encodeCursor(c.offset + i)
                        }))
                },
                pageInfo: { type: new GraphQLNonNull(PageInfo), resolve: (c) => c },
                totalCount: { type: new GraphQLNonNull(GraphQLInt), resolve: (c) => c.totalCount },
                pageResultCount: { type: new GraphQLNonNull(GraphQLInt), resolve: (c) => c.rows.length }
            }
        });

        types.filter = new GraphQLInputObjectType({
            name: `${object.name}_Filter`,
            fields: () => {
                const fields: GraphQLInputFieldConfigMap = {
                    and: { type: new GraphQLList(types.filter) },
                    or: { type: new GraphQLList(types.filter) },
                    not: { type: types.filter }
                };
                for (const field of object.fields) {
                    const ops = FIELD_TYPES[field.spec.type].operators;
                    if (ops !== null) fields[field.name] = { type: ops };
                }
                for (const { name, target } of parents(object, schema))
                    fields[name] = { type: typesOf(target.name).filter };
                return fields;
            }
        });

        types.orderBy = new GraphQLInputObjectType({
            name: `${object.name}_OrderBy`,
            fields: () => {
                const fields: GraphQLInputFieldConfigMap = {};
                for (const field of object.fields)
                    if (FIELD_TYPES[field.spec.type].operators !== null)
                        fields[field.name] = { type: OrderByClause };
                for (const { name, target } of parents(object, schema))
                    fields[name] = { type: typesOf(target.name).orderBy };
                return fields;
            }
        });
    }
    return all;
}

export function buildGraphqlSchema(schema: OrgSchema): GraphQLSchema {
    const types = buildTypes(schema);
    const recordQuery = new GraphQLObjectType<unknown, GraphqlContext>({
        name: 'RecordQuery',
        fields: () =>
            Object.fromEntries(
                schema.objects.map((object) => {
                    const objectTypes = types.get(object.name.toLowerCase()) as ObjectTypes;
                    const config: GraphQLFieldConfig<unknown, GraphqlContext, ConnectionArgs> = {
                        type: objectTypes.connection,
                        args: connectionArgs(objectTypes),
                        resolve: (_source, args, context, info) =>
                            context.runner.top(object, args, orderOf(info, context))
                    };
                    return [object.name, config];
                })
            )
    });
    const uiapi = new GraphQLObjectType({
        name: 'UIAPI',
        fields: { query: { type: new GraphQLNonNull(recordQuery), resolve: () => ({}) } }
    });
    return new GraphQLSchema({
        query: new GraphQLObjectType({
            name: 'Query',
            fields: { uiapi: { type: new GraphQLNonNull(uiapi), resolve: () => ({}) } }
        })
    });
}

const built = new WeakMap<OrgSchema, GraphQLSchema>();

/** The schema of an org, built on first use. */
export function graphqlSchemaOf(schema: OrgSchema): GraphQLSchema {
    let found = built.get(schema);
    if (found === undefined) {
        found = buildGraphqlSchema(schema);
        built.set(schema, found);
    }
    return found;
}
