import { makeId } from '../ids';
import { ColumnStats, labelOf } from '../columnType';

const owners: Record<string, string> = { '001': 'Account', a0X: 'Product_Usage__c' };
const ownerOf = (prefix: string): string | undefined => owners[prefix];

function typeOf(name: string, values: string[]): unknown {
    const stats = new ColumnStats(name);
    for (const value of values) stats.add(value);
    const field = stats.field(ownerOf);
    return field === null ? null : { type: field.type, referenceTo: field.referenceTo, scale: field.scale };
}

describe('ColumnStats', () => {
    it.each<[string, string, string[], unknown]>([
        ['the record id', 'Id', [makeId('a0X', 1)], { type: 'Id' }],
        [
            'ids of one known object',
            'Account__c',
            [makeId('001', 1), '', makeId('001', 2).slice(0, 15)],
            { type: 'Lookup', referenceTo: 'Account' }
        ],
        ['ids of two objects', 'What__c', [makeId('001', 1), makeId('a0X', 1)], { type: 'Text' }],
        ['ids of an unknown object', 'Thing__c', [makeId('0Zz', 1)], { type: 'Text' }],
        ['whole numbers', 'Seats__c', ['12', '-3', ''], { type: 'Number', scale: 0 }],
        ['decimals keep their widest scale', 'Rate__c', ['1.5', '2.125', '3'], { type: 'Number', scale: 3 }],
        ['dates', 'Week__c', ['2026-01-05', '2026-02-29'.replace('2026', '2028')], { type: 'Date' }],
        ['an impossible date is text', 'Week__c', ['2026-02-30'], { type: 'Text' }],
        [
            'datetimes',
            'At__c',
            ['2026-01-05T10:00:00.000Z', '2026-01-06T10:00:00.000+0000'],
            { type: 'DateTime' }
        ],
        [
            'dates and datetimes mixed are text',
            'At__c',
            ['2026-01-05', '2026-01-06T10:00:00.000Z'],
            { type: 'Text' }
        ],
        ['true and false in any case', 'Trial__c', ['true', 'FALSE', ''], { type: 'Checkbox' }],
        ['0 and 1 are numbers, not checkboxes', 'Flag__c', ['0', '1'], { type: 'Number', scale: 0 }],
        ['anything else', 'Type__c', ['Seats', '12'], { type: 'Text' }],
        ['no value at all', 'Empty__c', ['', ''], null]
    ])('%s', (_what, name, values, expected) => {
        const type = typeOf(name, values);
        if (expected === null) expect(type).toBeNull();
        else expect(type).toMatchObject(expected as object);
    });

    it('makes long text a long text area', () => {
        expect(typeOf('Notes__c', ['x'.repeat(256)])).toMatchObject({ type: 'LongTextArea' });
        expect(typeOf('Notes__c', ['x'.repeat(255)])).toMatchObject({ type: 'Text' });
    });

    it('labels fields as an admin would have named them', () => {
        expect(labelOf('Active_Users__c')).toBe('Active Users');
        expect(labelOf('AccountId')).toBe('Account ID');
        expect(labelOf('Score')).toBe('Score');
    });
});
