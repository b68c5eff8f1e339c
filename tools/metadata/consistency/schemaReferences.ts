/**
 * `@salesforce/schema` imports must name fields that exist. Only what this package owns is
 * checked: custom objects and fields, and relationship paths through them. Standard fields
 * outside the standard catalog (which lists only what Trust Ledger's scorer reads) are left to
 * the platform.
 */
import { findFieldOrRelationship } from '../schema';
import type { PackageMetadata, SchemaReference } from '../package';
import type { Problem } from './problems';

const isCustom = (name: string): boolean => /__[cr]$/.test(name);

export function checkSchemaReferences(pkg: PackageMetadata): Problem[] {
    return pkg.schemaReferences.flatMap((reference) => {
        const problem = (message: string): Problem => ({ file: reference.file, message });
        const name = [reference.object, ...reference.path].join('.');
        if (pkg.schema[reference.object] === undefined) {
            return isCustom(reference.object) ? [problem(`unknown object in schema import ${name}`)] : [];
        }
        const missing = firstMissingSegment(pkg, reference);
        return missing === undefined ? [] : [problem(`unknown field ${missing} in schema import ${name}`)];
    });
}

/** Walks `Model__r.Version__c` through the lookups; returns the first custom segment that does not resolve. */
function firstMissingSegment(pkg: PackageMetadata, reference: SchemaReference): string | undefined {
    let object: string | undefined = reference.object;
    for (const segment of reference.path) {
        if (object === undefined) return undefined;
        const found = findFieldOrRelationship(pkg.schema, object, segment);
        if (found === undefined) return isCustom(segment) ? `${object}.${segment}` : undefined;
        object = found.spec.relationshipName === segment ? found.spec.referenceTo : undefined;
    }
    return undefined;
}
