/**
 * Checks UI API GraphQL query texts against the org schema the package describes: every
 * object, field, parent and child relationship a query selects, filters or orders by must
 * exist, and every variable it uses must be declared. The platform validates queries only
 * when a component runs in an org, so without this a misspelt field would reach users as a
 * blank panel.
 */
import {
    Kind,
    parse,
    visit,
    type DocumentNode,
    type FieldNode,
    type ObjectValueNode,
    type SelectionSetNode,
    type ValueNode
} from 'graphql';
import { findChildRelationship, findField, findFieldOrRelationship } from './schema';
import type { ObjectCatalog } from './types';

export interface GraphqlProblem {
    /** Where in the query, e.g. `Trust_Score__c.edges.node.Model__r.Version__c`. */
    path: string;
    message: string;
}

const FIELD_VALUE_KEYS = new Set(['value', 'displayValue', 'format', 'label']);
const CONNECTION_KEYS = new Set(['edges', 'pageInfo', 'totalCount', '__typename']);
const FILTER_OPERATORS = new Set([
    'eq',
    'ne',
    'lt',
    'lte',
    'gt',
    'gte',
    'in',
    'nin',
    'like',
    'includes',
    'excludes',
    'inq',
    'ninq'
]);
const ORDER_KEYS = new Set(['order', 'nulls']);

/** The top-level `uiapi { query { … } }` selection of a document, or null. */
function recordQuerySelection(doc: DocumentNode): SelectionSetNode | null {
    for (const def of doc.definitions) {
        if (def.kind !== Kind.OPERATION_DEFINITION) continue;
        const uiapi = def.selectionSet.selections.find(
            (s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === 'uiapi'
        );
        const query = uiapi?.selectionSet?.selections.find(
            (s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === 'query'
        );
        if (query?.selectionSet) return query.selectionSet;
    }
    return null;
}

class Checker {
    readonly problems: GraphqlProblem[] = [];

    constructor(private readonly schema: ObjectCatalog) {}

    problem(path: string, message: string): void {
        this.problems.push({ path, message });
    }

    connection(object: string, field: FieldNode, path: string): void {
        for (const arg of field.arguments ?? []) {
            if (arg.name.value === 'where') this.where(object, arg.value, `${path}(where)`);
            if (arg.name.value === 'orderBy') this.orderBy(object, arg.value, `${path}(orderBy)`);
        }
        for (const sel of field.selectionSet?.selections ?? []) {
            if (sel.kind !== Kind.FIELD) continue;
            const name = sel.name.value;
            if (!CONNECTION_KEYS.has(name)) {
                this.problem(`${path}.${name}`, `is not part of a record connection`);
                continue;
            }
            if (name !== 'edges') continue;
            for (const edgeSel of sel.selectionSet?.selections ?? []) {
                if (edgeSel.kind !== Kind.FIELD) continue;
                if (edgeSel.name.value === 'node' && edgeSel.selectionSet) {
                    this.node(object, edgeSel.selectionSet, `${path}.edges.node`);
                }
            }
        }
    }

    node(object: string, set: SelectionSetNode, path: string): void {
        for (const sel of set.selections) {
            if (sel.kind !== Kind.FIELD) continue;
            const name = sel.name.value;
            const here = `${path}.${name}`;
            if (name === 'Id' || name === '__typename' || name === 'ApiName') continue;
            const subKeys = (sel.selectionSet?.selections ?? [])
                .filter((s): s is FieldNode => s.kind === Kind.FIELD)
                .map((s) => s.name.value);
            if (subKeys.includes('edges') || subKeys.includes('totalCount')) {
                const child = findChildRelationship(this.schema, object, name);
                if (!child) this.problem(here, `${object} has no child relationship ${name}`);
                else this.connection(child.object, sel, here);
                continue;
            }
            if (subKeys.length > 0 && subKeys.every((k) => FIELD_VALUE_KEYS.has(k))) {
                if (!findField(this.schema, object, name))
                    this.problem(here, `${object} has no field ${name}`);
                continue;
            }
            const ref = findFieldOrRelationship(this.schema, object, name);
            if (!ref || ref.spec.relationshipName !== name || !ref.spec.referenceTo) {
                this.problem(here, `${object} has no parent relationship ${name}`);
                continue;
            }
            if (sel.selectionSet) this.node(ref.spec.referenceTo, sel.selectionSet, here);
        }
    }

    where(object: string, value: ValueNode, path: string): void {
        if (value.kind === Kind.VARIABLE) return;
        if (value.kind === Kind.LIST) {
            for (const v of value.values) this.where(object, v, path);
            return;
        }
        if (value.kind !== Kind.OBJECT) {
            this.problem(path, 'a filter must be an object');
            return;
        }
        for (const f of value.fields) {
            const key = f.name.value;
            const here = `${path}.${key}`;
            if (key === 'and' || key === 'or' || key === 'not') {
                this.where(object, f.value, here);
                continue;
            }
            if (key === 'Id') continue;
            if (findField(this.schema, object, key)) {
                this.operators(f.value, here);
                continue;
            }
            const ref = findFieldOrRelationship(this.schema, object, key);
            if (ref && ref.spec.relationshipName === key && ref.spec.referenceTo) {
                this.where(ref.spec.referenceTo, f.value, here);
                continue;
            }
            this.problem(here, `${object} has no field or parent relationship ${key} to filter on`);
        }
    }

    operators(value: ValueNode, path: string): void {
        if (value.kind !== Kind.OBJECT) return;
        for (const f of (value as ObjectValueNode).fields) {
            if (!FILTER_OPERATORS.has(f.name.value))
                this.problem(`${path}.${f.name.value}`, 'is not a filter operator');
        }
    }

    orderBy(object: string, value: ValueNode, path: string): void {
        if (value.kind !== Kind.OBJECT) return;
        for (const f of value.fields) {
            const key = f.name.value;
            const here = `${path}.${key}`;
            if (key !== 'Id' && !findField(this.schema, object, key)) {
                this.problem(here, `${object} has no field ${key} to order by`);
                continue;
            }
            if (f.value.kind === Kind.OBJECT) {
                for (const o of f.value.fields) {
                    if (!ORDER_KEYS.has(o.name.value))
                        this.problem(`${here}.${o.name.value}`, 'is not an order option');
                }
            }
        }
    }
}

function checkVariables(doc: DocumentNode): GraphqlProblem[] {
    const declared = new Set<string>();
    const used = new Set<string>();
    visit(doc, {
        VariableDefinition(node) {
            declared.add(node.variable.name.value);
            return false;
        },
        Variable(node) {
            used.add(node.name.value);
        }
    });
    const problems: GraphqlProblem[] = [];
    // The LWC GraphQL wire adapter does not support variables in directives (Salesforce's
    // "GraphQL Wire Adapter Limitations"), though the GraphQL API itself accepts them.
    visit(doc, {
        Directive(node) {
            if ((node.arguments ?? []).some((a) => a.value.kind === Kind.VARIABLE)) {
                problems.push({
                    path: `@${node.name.value}`,
                    message: `uses a variable in @${node.name.value}; the LWC wire adapter does not support variables in directives`
                });
            }
        }
    });
    for (const name of used) {
        if (!declared.has(name)) problems.push({ path: `$${name}`, message: 'is used but not declared' });
    }
    for (const name of declared) {
        if (!used.has(name)) problems.push({ path: `$${name}`, message: 'is declared but never used' });
    }
    return problems;
}

/** Problems in one query text; empty when every name resolves. Syntax errors are problems too. */
export function checkGraphqlQuery(text: string, schema: ObjectCatalog): GraphqlProblem[] {
    let doc: DocumentNode;
    try {
        doc = parse(text);
    } catch (error) {
        return [{ path: '(syntax)', message: (error as Error).message }];
    }
    const records = recordQuerySelection(doc);
    if (!records) return [{ path: '(query)', message: 'has no uiapi { query { … } } selection' }];
    const checker = new Checker(schema);
    for (const sel of records.selections) {
        if (sel.kind !== Kind.FIELD) continue;
        const object = sel.name.value;
        const path = sel.alias ? `${sel.alias.value}:${object}` : object;
        if (!schema[object]) {
            checker.problem(path, `no object ${object} in the package metadata or the standard objects used`);
            continue;
        }
        checker.connection(object, sel, path);
    }
    return [...checker.problems, ...checkVariables(doc)];
}

/** The variables a query declares, by name, with their GraphQL type as written. */
export function declaredVariables(text: string): Record<string, string> {
    const out: Record<string, string> = {};
    visit(parse(text), {
        VariableDefinition(node) {
            const type = node.type;
            const render = (t: typeof type): string =>
                t.kind === Kind.NON_NULL_TYPE
                    ? `${render(t.type)}!`
                    : t.kind === Kind.LIST_TYPE
                      ? `[${render(t.type)}]`
                      : t.name.value;
            out[node.variable.name.value] = render(type);
            return false;
        }
    });
    return out;
}

/** `gql` template literals of a component's JavaScript: export name (or `query#n`) → text. */
export function gqlLiterals(source: string): Array<{ name: string; text: string }> {
    const out: Array<{ name: string; text: string }> = [];
    const re = /(?:(?:export\s+)?const\s+(\w+)\s*=\s*)?gql`([^`]*)`/g;
    let m: RegExpExecArray | null;
    let n = 0;
    while ((m = re.exec(source)) !== null) {
        n += 1;
        if (m[2]?.includes('${'))
            throw new Error('gql literals must not interpolate (${…}); the platform needs static queries');
        out.push({ name: m[1] ?? `query#${n}`, text: m[2] ?? '' });
    }
    return out;
}
