/**
 * The key order of an `orderBy` argument as the client wrote it. GraphQL coercion rebuilds
 * input objects in schema field order, but `orderBy: { Due_On__c: …, Name: … }` sorts by
 * Due_On__c first, so the order is read from the query text (or the variable's JSON).
 */
import { Kind, type FieldNode, type ValueNode } from 'graphql';
import type { KeyOrder } from './soqlFilter';

function fromJson(value: unknown): KeyOrder | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const record = value as Record<string, unknown>;
    return { keys: Object.keys(record), child: (key) => fromJson(record[key]) };
}

function fromNode(node: ValueNode | undefined, variables: Record<string, unknown>): KeyOrder | undefined {
    if (node === undefined) return undefined;
    if (node.kind === Kind.VARIABLE) return fromJson(variables[node.name.value]);
    if (node.kind !== Kind.OBJECT) return undefined;
    return {
        keys: node.fields.map((f) => f.name.value),
        child: (key) => fromNode(node.fields.find((f) => f.name.value === key)?.value, variables)
    };
}

/** The key order of argument `name` of the field being resolved. */
export function argumentKeyOrder(
    fieldNode: FieldNode | undefined,
    name: string,
    variables: Record<string, unknown>
): KeyOrder | undefined {
    return fromNode(fieldNode?.arguments?.find((a) => a.name.value === name)?.value, variables);
}
