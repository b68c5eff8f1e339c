/**
 * Query validation with Salesforce's wording where the components meet it most: a field or
 * object the schema lacks is reported as the platform's GraphQL engine (graphql-java) does,
 * `Validation error (FieldUndefined@[uiapi/query/Account/edges/node/Foo]) : Field 'Foo' in
 * type 'Account' is undefined`, instead of graphql-js's "Cannot query field". Every other rule
 * is graphql-js's own, with its wording.
 */
import {
    FieldsOnCorrectTypeRule,
    GraphQLError,
    Kind,
    specifiedRules,
    type ASTNode,
    type FieldNode,
    type ValidationContext,
    type ValidationRule
} from 'graphql';

function isFieldNode(node: ASTNode | readonly ASTNode[]): node is FieldNode {
    return !Array.isArray(node) && (node as ASTNode).kind === Kind.FIELD;
}

const FieldUndefinedRule: ValidationRule = (context: ValidationContext) => ({
    Field(node, _key, _parent, _path, ancestors) {
        const type = context.getParentType();
        if (type === null || type === undefined || (context.getFieldDef() ?? null) !== null) return;
        const path = [...ancestors.filter(isFieldNode).map((field) => field.name.value), node.name.value];
        context.reportError(
            new GraphQLError(
                `Validation error (FieldUndefined@[${path.join('/')}]) : Field '${node.name.value}' in type '${type.name}' is undefined`,
                { nodes: node }
            )
        );
    }
});

export const VALIDATION_RULES: readonly ValidationRule[] = [
    ...specifiedRules.filter((rule) => rule !== FieldsOnCorrectTypeRule),
    FieldUndefinedRule
];
