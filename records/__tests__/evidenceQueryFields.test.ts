/**
 * The panel's evidence queries must stay static `gql` literals (the platform compiles them),
 * so they cannot be generated from the evidence field table at run time. This test holds them
 * to it instead: every object the queries read selects exactly the table's fields.
 */
import { Kind, parse, type FieldNode, type SelectionSetNode } from 'graphql';
import { EVIDENCE_OBJECTS, evidenceObject, type EvidenceObjectName } from '../evidenceFields';
import { EVIDENCE_CONNECTIONS } from '../graphqlEvidence';
import { evidenceQueries } from '../../test/support/graphqlFake';

function fieldsOf(set: SelectionSetNode | undefined): FieldNode[] {
    return (set?.selections ?? []).filter((s): s is FieldNode => s.kind === Kind.FIELD);
}

function child(node: FieldNode | undefined, name: string): FieldNode | undefined {
    return fieldsOf(node?.selectionSet).find((f) => f.name.value === name);
}

/** Fields each object's nodes select, over every evidence query. */
function selectedFields(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const text of Object.values(evidenceQueries())) {
        const document = parse(text);
        for (const definition of document.definitions) {
            if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
            // query name { uiapi { query { <Object>(…) { edges { node { … } } } } } }
            const query = child(fieldsOf(definition.selectionSet)[0], 'query');
            for (const connection of fieldsOf(query?.selectionSet)) {
                const node = child(child(connection, 'edges'), 'node');
                out.set(
                    connection.name.value,
                    fieldsOf(node?.selectionSet).map((f) => f.name.value)
                );
            }
        }
    }
    return out;
}

const selected = selectedFields();

describe('evidence queries and the evidence field table', () => {
    it('read every object of the table and nothing else', () => {
        expect([...selected.keys()].sort()).toEqual(EVIDENCE_OBJECTS.map((o) => o.object).sort());
        expect(EVIDENCE_CONNECTIONS.map((c) => c.object).sort()).toEqual(
            EVIDENCE_OBJECTS.filter((o) => o.evidence !== 'account')
                .map((o) => o.object)
                .sort()
        );
    });

    it.each(EVIDENCE_OBJECTS.map((o) => o.object))('select exactly the fields of %s in the table', (name) => {
        const table = evidenceObject(name as EvidenceObjectName).fields.map((f) => f.field);
        expect([...(selected.get(name) ?? [])].sort()).toEqual([...table].sort());
    });
});
