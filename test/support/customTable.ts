/**
 * A custom object's row of the evidence field table, built by hand as a model with a custom
 * signal over it would add it: the record Id, the lookup to Account that owns the rows, the
 * date, the value and a filter field.
 */
import type { EvidenceField, EvidenceObject, FieldKind } from '../../records/evidenceFields';

const field = (name: string, kind: FieldKind, extra: Partial<EvidenceField> = {}): EvidenceField => ({
    field: name,
    property: name,
    kind,
    presence: 'optional',
    owner: false,
    to: null,
    ...extra
});

/** `Product_Usage__c`: `Account__c`, `Week__c`, `Active_Users__c`, `Type__c`. */
export function productUsageRow(): EvidenceObject {
    return {
        object: 'Product_Usage__c',
        evidence: 'custom',
        fields: [
            field('Id', 'id', { presence: 'key' }),
            field('Account__c', 'reference', { presence: 'required', owner: true, to: 'Account' }),
            field('Week__c', 'date', { presence: 'required' }),
            field('Active_Users__c', 'number', { presence: 'required' }),
            field('Type__c', 'picklist')
        ],
        modelProperties: []
    };
}
