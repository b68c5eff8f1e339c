import { parseSidecar } from '../sidecar';

const FILE = 'Survey__c.fields.json';
const error = (value: unknown): string => {
    try {
        parseSidecar(value, FILE);
    } catch (e) {
        return (e as Error).message;
    }
    throw new Error('expected a refusal');
};

describe('parseSidecar', () => {
    it('reads a label and types, alone or with details', () => {
        const sidecar = parseSidecar(
            {
                label: 'Survey',
                fields: {
                    Score__c: 'Number',
                    Channel__c: { type: 'Picklist', values: ['Email', 'Phone'], label: 'Channel' },
                    Contact__c: { type: 'Lookup', referenceTo: 'Contact' },
                    Done__c: 'Checkbox'
                }
            },
            FILE
        );
        expect(sidecar.label).toBe('Survey');
        expect(sidecar.fields.Score__c).toMatchObject({ type: 'Number', label: 'Score' });
        expect(sidecar.fields.Channel__c).toMatchObject({
            type: 'Picklist',
            label: 'Channel',
            picklistValues: ['Email', 'Phone']
        });
        expect(sidecar.fields.Contact__c).toMatchObject({ type: 'Lookup', referenceTo: 'Contact' });
        expect(sidecar.fields.Done__c).toMatchObject({ type: 'Checkbox', defaultValue: false });
        expect(parseSidecar({}, FILE)).toEqual({ label: undefined, fields: {} });
    });

    it.each<[string, unknown, string]>([
        ['not an object', [], `${FILE}: expected an object with "label" and "fields"`],
        ['an unknown key', { field: {} }, `${FILE}: unknown key "field" (expected "label", "fields")`],
        ['an empty label', { label: ' ' }, `${FILE}: "label" must be a non-empty text`],
        ['fields as a list', { fields: [] }, `${FILE}: "fields" must be an object of field name → type`],
        [
            'an unknown type',
            { fields: { Score__c: 'Integer' } },
            `${FILE}: column Score__c: "Integer" is not a field type a sidecar can declare`
        ],
        [
            'the Id',
            { fields: { Name__c: 'Id' } },
            `${FILE}: column Name__c: "Id" is not a field type a sidecar can declare`
        ],
        [
            'a lookup to nowhere',
            { fields: { Contact__c: 'Lookup' } },
            `${FILE}: column Contact__c: a Lookup needs "referenceTo": the object it points to`
        ],
        [
            'referenceTo on a number',
            { fields: { Score__c: { type: 'Number', referenceTo: 'Account' } } },
            `${FILE}: column Score__c: "referenceTo" is only for Lookup fields`
        ],
        [
            'values on text',
            { fields: { Note__c: { type: 'Text', values: ['a'] } } },
            `${FILE}: column Note__c: "values" is a list of texts, only for a Picklist`
        ],
        [
            'an unknown detail',
            { fields: { Note__c: { type: 'Text', length: 80 } } },
            `${FILE}: column Note__c: unknown key "length" (expected type, referenceTo, label, values)`
        ],
        [
            'a number as declaration',
            { fields: { Note__c: 3 } },
            `${FILE}: column Note__c: expected a type name or an object with "type"`
        ]
    ])('refuses %s, naming the file and the field', (_what, value, message) => {
        expect(error(value)).toBe(message);
    });
});
