// A custom signal's filters as the part shows them, without the DOM.
import { filterOf, filterRows, unusedFilterField } from '../filters';

jest.mock('c/trustSetupLabels', () =>
    require('../../trustSetup/__tests__/utils/setupTestUtils').realLabelsModule()
);

const CHOICES = {
    filterFields: [
        { label: 'Trial (Is_Trial__c)', value: 'Is_Trial__c', dataType: 'Boolean' },
        { label: 'Notes (Notes__c)', value: 'Notes__c', dataType: 'String' },
        { label: 'Type (Type__c)', value: 'Type__c', dataType: 'Picklist' }
    ],
    filterValues: {
        Type__c: [
            { label: 'Seats', value: 'Seats' },
            { label: 'API', value: 'API' }
        ]
    }
};

describe('c-trust-custom-signals filters', () => {
    it('offers picklist values, keeping one the org no longer has, marked', () => {
        const [row] = filterRows({ filter: { Type__c: ['Seats', 'Legacy'] } }, 2, CHOICES, true);
        expect(row).toMatchObject({
            field: 'Type__c',
            valuesPath: 'customSignals[2].filter.Type__c',
            valuesLabel: 'Allowed values of Type__c',
            selected: ['Seats', 'Legacy'],
            fieldOptions: CHOICES.filterFields
        });
        expect(row.choices).toEqual([
            { label: 'Seats', value: 'Seats' },
            { label: 'API', value: 'API' },
            { label: 'Legacy (not in this org)', value: 'Legacy' }
        ]);
    });

    it('offers true and false for a checkbox, and typed values for text', () => {
        const rows = filterRows(
            { filter: { Is_Trial__c: ['false'], Notes__c: ['a', 'b'] } },
            0,
            CHOICES,
            true
        );
        expect(rows[0].choices.map((c) => c.value)).toEqual(['true', 'false']);
        expect(rows[1]).toMatchObject({ choices: null, text: 'a, b' });
    });

    it('types everything when the fields could not be read, and keeps an unseen field visible', () => {
        const [typed] = filterRows({ filter: { Type__c: ['Seats'] } }, 0, CHOICES, false);
        expect(typed).toMatchObject({ choices: null, fieldOptions: null, text: 'Seats' });
        const [unseen] = filterRows({ filter: { Gone__c: [] } }, 0, CHOICES, true);
        expect(unseen.fieldOptions[unseen.fieldOptions.length - 1]).toEqual({
            label: 'Gone__c (not on this object, or hidden from you)',
            value: 'Gone__c'
        });
    });

    it('reads a filter that is not field → values as none, and finds the next field to filter on', () => {
        expect(filterOf({ filter: ['Seats'] })).toEqual({});
        expect(filterOf({})).toEqual({});
        expect(unusedFilterField({ filter: { Is_Trial__c: [] } }, CHOICES)).toBe('Notes__c');
        expect(
            unusedFilterField({ filter: { Is_Trial__c: [], Notes__c: [], Type__c: [] } }, CHOICES)
        ).toBeUndefined();
    });
});
