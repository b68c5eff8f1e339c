/**
 * One UI API GraphQL node → one engine record, field by field from the evidence field table,
 * each read by its kind. The same table drives the CSV reader, so both read a field alike.
 */
import type { EvidenceField, EvidenceKey, EvidenceObject, EvidenceRecordOf } from './evidenceFields';
import { NodeReader, type GraphqlNode } from './graphqlValues';

/** One field's value as the engine types it (see `engine/evidence.ts`). */
function readField(r: NodeReader, f: EvidenceField): unknown {
    switch (f.kind) {
        case 'id':
            return r.id;
        case 'reference': {
            const id = r.id_(f.field);
            // The owner link is a string on every engine record: rows always belong to something.
            return f.owner ? (id ?? '') : id;
        }
        case 'text':
        case 'picklist':
            return r.text(f.field);
        case 'boolean':
            return r.bool(f.field);
        case 'number':
        case 'currency':
            return r.num(f.field);
        case 'date':
            return r.day(f.field);
        case 'datetime':
            return r.instant(f.field);
    }
}

/**
 * Reads one node of `object`. Model properties (the renewal contract lookup) come back null:
 * a static query cannot select a field a model names, so the caller fills them.
 */
export function readEvidenceNode<K extends EvidenceKey>(
    object: EvidenceObject<K>,
    node: GraphqlNode
): EvidenceRecordOf<K> {
    const r = new NodeReader(object.object, node);
    const record: Record<string, unknown> = {};
    for (const f of object.fields) record[f.property] = readField(r, f);
    for (const p of object.modelProperties) record[p] = null;
    // The table is checked against the engine's record types when it compiles (evidenceFields.ts).
    return record as EvidenceRecordOf<K>;
}
