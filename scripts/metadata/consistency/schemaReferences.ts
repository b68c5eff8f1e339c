/**
 * `@salesforce/schema` imports must name fields that exist. Only what this package owns is
 * checked: custom objects and fields, and relationship paths through them. Standard fields
 * outside the standard catalog (which lists only what Trust Ledger's scorer reads) are left to
 * the platform.
 */
import { findFieldOrRelationship } from '../schema';
import type { MetadataModel, SchemaReference } from '../model';
import type { Problem } from './problems';

const isCustom = (name: string): boolean => /__[cr]$/.test(name);

export function checkSchemaReferences(model: MetadataModel): Problem[] {
    return model.schemaReferences.flatMap((reference) => {
        const problem = (message: string): Problem => ({ file: reference.file, message });
        const name = [reference.object, ...reference.path].join('.');
        if (model.schema[reference.object] === undefined) {
            return isCustom(reference.object) ? [problem(`unknown object in schema import ${name}`)] : [];
        }
        const missing = firstMissingSegment(model, reference);
        return missing === undefined ? [] : [problem(`unknown field ${missing} in schema import ${name}`)];
    });
}

/** Walks `Model__r.Version__c` through the lookups; returns the first custom segment that does not resolve. */
function firstMissingSegment(model: MetadataModel, reference: SchemaReference): string | undefined {
    let object: string | undefined = reference.object;
    for (const segment of reference.path) {
        if (object === undefined) return undefined;
        const found = findFieldOrRelationship(model.schema, object, segment);
        if (found === undefined) return isCustom(segment) ? `${object}.${segment}` : undefined;
        object = found.spec.relationshipName === segment ? found.spec.referenceTo : undefined;
    }
    return undefined;
}
